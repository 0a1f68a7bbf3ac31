import type { EntityManager } from 'typeorm';
import { listConnection, parseId } from '../../common/pagination/list-query';
import { SortDirection } from '../../common/pagination/connection';
import { inAgencySubtree, sqlConcat } from '../../common/sql';
import { Agency } from './agency.entity';
import { AGENCY_ORDER, type AgencyListArgs } from './agency.inputs';
import type { CrudHooks } from '../../common/crud/crud.service';
import { assertNoCycle } from '../../common/tree';

export function listAgencies(manager: EntityManager, args: AgencyListArgs) {
  const qb = manager.createQueryBuilder(Agency, 'agency');
  const f = args.filter;
  if (f?.kinds?.length) qb.andWhere('agency.kind IN (:...kinds)', { kinds: f.kinds });
  if (f?.parentId != null) qb.andWhere('agency.parentId = :parentId', { parentId: parseId(f.parentId, ['filter', 'parentId']) });
  if (f?.withinAgencyId != null) {
    qb.andWhere(inAgencySubtree(manager, 'agency.id', 'within'), { within: parseId(f.withinAgencyId, ['filter', 'withinAgencyId']) });
  }
  if (f?.rootsOnly) qb.andWhere('agency.parentId IS NULL');
  if (f?.active != null) qb.andWhere('agency.active = :active', { active: f.active });
  return listConnection(qb, args, AGENCY_ORDER, { searchable: true, defaultOrder: [{ field: 'CODE', direction: SortDirection.ASC }] });
}

/** Keeps the materialized path of an agency and of its whole subtree in step with parent changes. */
export const agencyHooks: CrudHooks<Agency> = {
  async prepare(manager, next, current) {
    if (current && next.parentId !== current.parentId) await assertNoCycle(manager, Agency, current.id, next.parentId, ['patch', 'parentId']);
  },
  async afterWrite(manager, row, current) {
    const parent = row.parentId != null ? await manager.findOne(Agency, { where: { id: row.parentId } }) : null;
    const path = `${parent?.path ?? '/'}${row.id}/`;
    const oldPath = current?.path ?? row.path;
    if (path === row.path && current) return;
    await manager.update(Agency, { id: row.id }, { path });
    if (current && oldPath && oldPath !== '/') {
      await manager
        .createQueryBuilder()
        .update(Agency)
        .set({ path: () => sqlConcat(manager, ':newPath', `SUBSTR(path, ${oldPath.length + 1})`) })
        .where('path LIKE :prefix AND id <> :id', { prefix: `${oldPath}%`, id: row.id, newPath: path })
        .setParameter('newPath', path)
        .execute();
    }
  },
};
