import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { SourceDocument } from '../modules/source/source-document.entity';
import { readOne } from './loaders/rows';
import { parseId } from './pagination/list-query';

/** Load a row by id through the request's loader, or null. */
export function loadOne<E extends ObjectLiteral>(ctx: Context, entity: EntityTarget<E>, id: number | null | undefined): Promise<E | null> | null {
  return id == null ? null : ctx.loaders.one(entity).load(id);
}

/** Rows by id through the request's loader, in the order given, leaving out ids that match nothing. */
export async function loadAll<E extends ObjectLiteral>(ctx: Context, entity: EntityTarget<E>, ids: number[]): Promise<E[]> {
  const rows = await ctx.loaders.one(entity).loadMany(ids);
  return rows.filter((r): r is E => r != null && !(r instanceof Error));
}

/** One record by id or by its natural key: `entity(id:)` / `entity(code:)` queries. */
export async function findByIdOrKey<E extends ObjectLiteral>(
  ctx: Context,
  entity: EntityTarget<E>,
  id: string | null | undefined,
  key: { property: keyof E & string; value: string | null | undefined },
): Promise<E | null> {
  if (id != null) return ctx.loaders.one(entity).load(parseId(id));
  if (key.value != null) return ctx.loaders.prime(entity, await readOne(ctx.manager, entity, key.property, key.value));
  return null;
}

/** Adds `sourceDocument` (provenance) to an object type whose entity has `sourceDocumentId`. */
export function provenanceResolver<E extends { sourceDocumentId: number | null }>(type: ClassType<E>): ClassType {
  @Resolver(() => type)
  class ProvenanceResolver {
    @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document this record was taken from.' })
    sourceDocument(@Root() row: E, @Ctx() ctx: Context) {
      return loadOne(ctx, SourceDocument, row.sourceDocumentId);
    }
  }
  Object.defineProperty(ProvenanceResolver, 'name', { value: `${type.name}ProvenanceResolver` });
  return ProvenanceResolver;
}
