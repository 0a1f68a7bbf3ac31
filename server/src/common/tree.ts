import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { BadInputError } from './errors';

/** Refuse a parent that is the record itself or one of its descendants (walks up; trees are shallow). */
export async function assertNoCycle<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: number | undefined,
  parentId: number | null | undefined,
  path: Array<string | number>,
): Promise<void> {
  let cursor = parentId ?? null;
  for (let depth = 0; cursor != null && depth < 64; depth++) {
    if (cursor === id) throw new BadInputError('A record cannot be its own ancestor.', [{ path, message: 'Choose a parent outside this record\'s subtree.', reason: 'CYCLE' }]);
    const parent = (await manager.findOne(entity, { where: { id: cursor } as never, select: { id: true, parentId: true } as never })) as { parentId: number | null } | null;
    cursor = parent?.parentId ?? null;
  }
}
