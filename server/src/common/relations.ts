import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from '../context';
import { SourceDocument } from '../modules/source/source-document.entity';
import { readOne } from './loaders/rows';
import { parseId } from './pagination/list-query';

/** A row by id through the request's loader (without a promise when the request has read it already), or null. */
export function loadOne<E extends ObjectLiteral>(ctx: Context, entity: EntityTarget<E>, id: number | null | undefined): Promise<E | null> | E | null {
  return id == null ? null : (ctx.loaders.peek(entity, id) ?? ctx.loaders.one(entity).load(id));
}

/** Rows by id, in the order given, leaving out ids that match nothing (rows this request has read are not read again). */
export async function loadAll<E extends ObjectLiteral>(ctx: Context, entity: EntityTarget<E>, ids: number[]): Promise<E[]> {
  const seen = ids.map((id) => ctx.loaders.peek(entity, id));
  if (seen.every((r) => r !== undefined)) return seen as E[];
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
