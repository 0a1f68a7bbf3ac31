import { type EntityManager, In } from 'typeorm';
import { listConnection, parseId, parseIds } from '../../common/pagination/list-query';
import { inAgencySubtree } from '../../common/sql';
import { Assignment, AssignmentRole, AssignmentSubjectType, leadKeyOf, subjectKeyOf } from './assignment.entity';
import { type AccountabilityInput, ASSIGNMENT_ORDER, type AssignmentListArgs } from './assignment.inputs';
import { BadInputError } from '../../common/errors';
import { Agency } from '../agency/agency.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Plan } from '../plan/plan.entity';
import { Target } from '../target/target.entity';
import { Task } from '../task/task.entity';
import { updateRecord, type CrudHooks } from '../../common/crud/crud.service';
import type { Actor } from '../../context';
import { AuditAction } from '../audit/audit-event.entity';
import { recordAudit } from '../audit/audit.service';

export function listAssignments(manager: EntityManager, args: AssignmentListArgs) {
  const qb = manager.createQueryBuilder(Assignment, 'assignment');
  const f = args.filter;
  if (f?.agencyId != null) qb.andWhere(inAgencySubtree(manager, 'assignment.agencyId', 'agency'), { agency: parseId(f.agencyId, ['filter', 'agencyId']) });
  if (f?.roles?.length) qb.andWhere('assignment.role IN (:...roles)', { roles: f.roles });
  if (f?.subjectTypes?.length) qb.andWhere('assignment.subjectType IN (:...subjectTypes)', { subjectTypes: f.subjectTypes });
  if (f?.taskId != null) qb.andWhere('assignment.taskId = :task', { task: parseId(f.taskId, ['filter', 'taskId']) });
  if (f?.indicatorId != null) qb.andWhere('assignment.indicatorId = :indicator', { indicator: parseId(f.indicatorId, ['filter', 'indicatorId']) });
  if (f?.targetId != null) qb.andWhere('assignment.targetId = :target', { target: parseId(f.targetId, ['filter', 'targetId']) });
  if (f?.planId != null) {
    qb.andWhere(
      `(assignment.planId = :plan
        OR assignment.taskId IN (SELECT t.id FROM task t WHERE t.plan_id = :plan)
        OR assignment.targetId IN (SELECT tg.id FROM target tg WHERE tg.plan_id = :plan)
        OR assignment.indicatorId IN (SELECT m.indicator_id FROM indicator_group_member m INNER JOIN indicator_group g ON g.id = m.group_id WHERE g.plan_id = :plan))`,
      { plan: parseId(f.planId, ['filter', 'planId']) },
    );
  }
  return listConnection(qb, args, ASSIGNMENT_ORDER);
}

const SUBJECT_COLUMNS = { PLAN: 'planId', TASK: 'taskId', INDICATOR: 'indicatorId', TARGET: 'targetId' } as const;
const SUBJECT_ENTITIES = { PLAN: Plan, TASK: Task, INDICATOR: Indicator, TARGET: Target } as const;

/** Derive subject type and keys from the one subject id that is set. */
export const assignmentHooks: CrudHooks<Assignment> = {
  prepare(_manager, next, current) {
    const set = (Object.keys(SUBJECT_COLUMNS) as AssignmentSubjectType[]).filter((t) => next[SUBJECT_COLUMNS[t]] != null);
    if (set.length !== 1) {
      throw new BadInputError('An assignment has exactly one subject: a plan, a task, an indicator or a target.', [
        { path: [current ? 'patch' : 'input', 'taskId'], message: 'Give exactly one of planId, taskId, indicatorId, targetId.', reason: 'ONE_SUBJECT' },
      ]);
    }
    const type = set[0];
    next.subjectType = type;
    next.subjectKey = subjectKeyOf(type, next[SUBJECT_COLUMNS[type]] as number);
    next.leadKey = leadKeyOf(next.role, next.subjectKey);
  },
};

/**
 * Set who answers for one subject: exactly one lead plus cooperating, supervising and informed
 * agencies. Existing rows for the same agency and role are kept (with their notes and named
 * persons); rows no longer listed are removed; all in one transaction.
 */
export async function setAccountability(manager: EntityManager, actor: Actor, input: AccountabilityInput): Promise<Assignment[]> {
  const subjectId = parseIds([input.subjectId], ['input', 'subjectId'])[0];
  const column = SUBJECT_COLUMNS[input.subjectType];
  if (!(await manager.exists(SUBJECT_ENTITIES[input.subjectType] as never, { where: { id: subjectId } }))) {
    throw new BadInputError(`${input.subjectType} ${subjectId} does not exist.`, [{ path: ['input', 'subjectId'], message: 'No such subject.', reason: 'REFERENCE_NOT_FOUND' }]);
  }
  const wanted: Array<{ agencyId: number; role: AssignmentRole }> = [];
  const seen = new Map<number, string>();
  const add = (ids: string[], role: AssignmentRole, field: string) => {
    parseIds(ids, ['input', field]).forEach((agencyId, i) => {
      if (seen.has(agencyId)) {
        throw new BadInputError('An agency has one role on a subject.', [{ path: ['input', field, i], message: `Agency ${agencyId} is already listed as ${seen.get(agencyId)}.`, reason: 'DUPLICATE' }]);
      }
      seen.set(agencyId, role);
      wanted.push({ agencyId, role });
    });
  };
  add([input.leadAgencyId], AssignmentRole.LEAD, 'leadAgencyId');
  add(input.cooperatingAgencyIds, AssignmentRole.COOPERATING, 'cooperatingAgencyIds');
  add(input.supervisingAgencyIds, AssignmentRole.SUPERVISING, 'supervisingAgencyIds');
  add(input.informedAgencyIds, AssignmentRole.INFORMED, 'informedAgencyIds');
  const agencies = await manager.find(Agency, { where: { id: In([...seen.keys()]) }, select: { id: true } });
  const known = new Set(agencies.map((a) => a.id));
  const missing = [...seen.keys()].filter((id) => !known.has(id));
  if (missing.length) {
    throw new BadInputError(`Agency ${missing.join(', ')} does not exist.`, missing.map((id) => ({ path: ['input', seen.get(id) === 'LEAD' ? 'leadAgencyId' : `${seen.get(id)!.toLowerCase()}AgencyIds`], message: `Agency ${id} does not exist.`, reason: 'REFERENCE_NOT_FOUND' })));
  }
  const subjectKey = subjectKeyOf(input.subjectType, subjectId);
  const existing = await manager.find(Assignment, { where: { subjectKey } });
  const keep = new Set(wanted.map((w) => `${w.agencyId}:${w.role}`));
  const stale = existing.filter((a) => !keep.has(`${a.agencyId}:${a.role}`));
  for (const a of stale) {
    await manager.delete(Assignment, a.id);
    await recordAudit(manager, actor, { action: AuditAction.DELETE, entity: Assignment, recordId: a.id, before: a });
  }
  const have = new Set(existing.map((a) => `${a.agencyId}:${a.role}`));
  const now = new Date();
  for (const w of wanted) {
    if (have.has(`${w.agencyId}:${w.role}`)) {
      const row = existing.find((a) => a.agencyId === w.agencyId && a.role === w.role)!;
      if (input.dueDate !== undefined && input.dueDate !== row.dueDate) await updateRecord(manager, actor, Assignment, row.id, row.version, { dueDate: input.dueDate }, assignmentHooks);
      continue;
    }
    const created = await manager.save(
      manager.create(Assignment, {
        subjectType: input.subjectType,
        [column]: subjectId,
        subjectKey,
        leadKey: leadKeyOf(w.role, subjectKey),
        agencyId: w.agencyId,
        role: w.role,
        dueDate: input.dueDate ?? null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    await recordAudit(manager, actor, { action: AuditAction.CREATE, entity: Assignment, recordId: created.id, after: created });
  }
  return manager.find(Assignment, { where: { subjectKey }, order: { role: 'ASC', id: 'ASC' } });
}
