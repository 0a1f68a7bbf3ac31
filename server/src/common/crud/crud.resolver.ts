import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { Context } from '../../context';
import { createRecord, deleteRecords, inTransaction, updateRecord, type CrudHooks, type Versioned } from './crud.service';

@ObjectType({ description: 'What a delete removed.' })
export class DeleteResult {
  @Field(() => [ID], { description: 'Ids of the deleted records (all of them, or none: deletes are all-or-nothing).' })
  deletedIds: string[];
}

export interface CrudOptions<E extends object> {
  entity: ClassType<E>;
  /** GraphQL name of the entity, e.g. `Plan` → createPlan / updatePlan / deletePlan. */
  name: string;
  createInput: ClassType;
  patchInput: ClassType;
  hooks?: CrudHooks<E>;
}

/** createX(input), updateX(id, version, patch), deleteX(ids) for one entity: written once. */
export function crudResolver<E extends ObjectLiteral & Versioned>(opts: CrudOptions<E>): ClassType {
  const { entity, name, createInput, patchInput, hooks } = opts;

  @Resolver(() => entity)
  class CrudResolver {
    @Mutation(() => entity, { name: `create${name}`, description: `Create a ${name}. Invalid input is refused with BAD_USER_INPUT and the path of each bad field; nothing is written.` })
    create(@Arg('input', () => createInput, { description: 'The new record.' }) input: object, @Ctx() ctx: Context) {
      return inTransaction(ctx.dataSource, (m) => createRecord(m, entity, { ...input }, hooks), 'input');
    }

    @Mutation(() => entity, { name: `update${name}`, description: `Change a ${name}. Send the version you read: a stale version is refused with CONFLICT and nothing changes.` })
    update(
      @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
      @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
      @Arg('patch', () => patchInput, { description: 'Fields to change; omitted fields stay as they are, null clears a nullable field.' }) patch: object,
      @Ctx() ctx: Context,
    ) {
      return inTransaction(ctx.dataSource, (m) => updateRecord(m, entity, id, version, { ...patch }, hooks), 'patch');
    }

    @Mutation(() => DeleteResult, { name: `delete${name}`, description: `Delete ${name} records and what they own, all in one transaction; refused with CONFLICT while other records still refer to them.` })
    async delete(@Arg('ids', () => [ID], { description: 'Ids to delete.' }) ids: string[], @Ctx() ctx: Context) {
      const deleted = await inTransaction(ctx.dataSource, (m) => deleteRecords(m, entity, ids, hooks), 'ids');
      return { deletedIds: deleted.map(String) };
    }
  }
  Object.defineProperty(CrudResolver, 'name', { value: `${name}CrudResolver` });
  return CrudResolver;
}
