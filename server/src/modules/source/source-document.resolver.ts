import { Allow, SIGNED_IN } from '../../common/auth/rules';
import { Arg, Args, ArgsType, Ctx, Field, ID, InputType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Connection, OrderInput, PageArgs } from '../../common/pagination/connection';
import { CommonFilter, listConnection, parseId } from '../../common/pagination/list-query';
import type { Context } from '../../context';
import { SourceDocument } from './source-document.entity';

export enum SourceDocumentOrderField { ID = 'ID', CODE = 'CODE', PUBLISHED_ON = 'PUBLISHED_ON', UPDATED_AT = 'UPDATED_AT' }
registerEnumType(SourceDocumentOrderField, { name: 'SourceDocumentOrderField', description: 'Sortable fields of source documents.' });
const ORDER = { ID: 'id', CODE: 'code', PUBLISHED_ON: 'publishedOn', UPDATED_AT: 'updatedAt' };

@InputType('SourceDocumentFilter', { description: 'Filter source documents.' })
export class SourceDocumentFilter extends CommonFilter {}
const SourceDocumentOrder = OrderInput(SourceDocumentOrderField, 'SourceDocument');

@ArgsType()
export class SourceDocumentListArgs extends PageArgs {
  @Field(() => SourceDocumentFilter, { nullable: true, description: 'Filter.' })
  filter?: SourceDocumentFilter | null;

  @Field(() => [SourceDocumentOrder], { nullable: true, description: 'Sort order (default: code).' })
  orderBy?: InstanceType<typeof SourceDocumentOrder>[] | null;
}

export const SourceDocumentConnection = Connection(SourceDocument, 'SourceDocument');

@Resolver(() => SourceDocument)
export class SourceDocumentResolver {
  @Allow(SIGNED_IN)
  @Query(() => SourceDocumentConnection, { description: 'The documents the programme data was taken from.' })
  sourceDocuments(@Args(() => SourceDocumentListArgs) args: SourceDocumentListArgs, @Ctx() ctx: Context) {
    const qb = ctx.manager.createQueryBuilder(SourceDocument, 'sd');
    return listConnection(qb, args, ORDER, { defaultOrder: [{ field: 'CODE', direction: 'ASC' as never }] });
  }

  @Allow(SIGNED_IN)
  @Query(() => SourceDocument, { nullable: true, description: 'One source document by id or code.' })
  sourceDocument(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Id.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'Code.' }) code?: string,
  ) {
    if (id != null) return ctx.loaders.one(SourceDocument).load(parseId(id));
    if (code != null) return ctx.manager.findOne(SourceDocument, { where: { code } });
    return null;
  }
}
