import type { EntityManager } from 'typeorm';
import { AssignmentRole } from '../../modules/assignment/assignment.entity';
import { ReportStatus } from '../../modules/measurement/measurement.entity';
import { Role } from '../../modules/user/user.entity';
import { ForbiddenError } from '../errors';
import { sqlConcat } from '../sql';
import { isOffice, type Principal } from './principal';

interface Report {
  status: ReportStatus;
  agencyId: number | null;
}

/** An agency and all its sub-agencies, by the materialized path (one query). */
export async function subtreeOf(manager: EntityManager, agencyId: number): Promise<Set<number>> {
  const rows: Array<{ id: number }> = await manager.query(
    `SELECT sub.id AS id FROM agency sub INNER JOIN agency root ON sub.path LIKE ${sqlConcat(manager, 'root.path', "'%'")} WHERE root.id = ?`,
    [agencyId],
  );
  return new Set(rows.map((r) => Number(r.id)));
}

/**
 * The row rules, in one place. Published data (approved values) is readable by every signed-in
 * role; drafts, submitted and returned reports only by the office and the reporting agency (and
 * its parent agencies). An agency editor reports only for their agency or its sub-agencies, and
 * only on what those agencies lead or cooperate on.
 */
export class Policy {
  private subtree?: Promise<Set<number>>;

  constructor(
    private readonly manager: EntityManager,
    readonly principal: Principal | null,
  ) {}

  get isOffice(): boolean {
    return isOffice(this.principal);
  }

  /** The caller's agency and all its sub-agencies (one query, once per request). */
  agencySubtree(): Promise<Set<number>> {
    const agencyId = this.principal?.agencyId;
    if (agencyId == null) return Promise.resolve(new Set());
    this.subtree ??= subtreeOf(this.manager, agencyId);
    return this.subtree;
  }

  /** Reports (measurements, task updates) the caller may see. */
  async visible<R extends Report>(reports: R[]): Promise<R[]> {
    if (this.isOffice) return reports;
    if (reports.every((r) => r.status === ReportStatus.APPROVED)) return reports;
    const mine = await this.agencySubtree();
    return reports.filter((r) => r.status === ReportStatus.APPROVED || (r.agencyId != null && mine.has(r.agencyId)));
  }

  /** The same rule as SQL, for list queries: `{ sql, params }` to AND into the WHERE clause. */
  async visibleSql(alias: string): Promise<{ sql: string; params: Record<string, unknown> } | null> {
    if (this.isOffice) return null;
    const mine = [...(await this.agencySubtree())];
    if (mine.length === 0) return { sql: `${alias}.status = :__approved`, params: { __approved: ReportStatus.APPROVED } };
    return { sql: `(${alias}.status = :__approved OR ${alias}.agencyId IN (:...__mine))`, params: { __approved: ReportStatus.APPROVED, __mine: mine } };
  }

  /**
   * The same rule as plain SQL on alias `m` with positional parameters, for hand-written
   * statements (the progress SQL); null when the caller sees every report.
   */
  async visibleRawSql(): Promise<{ text: string; params: unknown[] } | null> {
    if (this.isOffice) return null;
    const mine = [...(await this.agencySubtree())];
    if (mine.length === 0) return { text: `m.status = '${ReportStatus.APPROVED}'`, params: [] };
    return { text: `(m.status = '${ReportStatus.APPROVED}' OR m.agency_id IN (${mine.map(() => '?').join(', ')}))`, params: mine };
  }

  /** An agency editor may report for `agencyId` on `indicatorId` only within their agency's subtree and assignments. */
  async assertCanReportMeasurement(indicatorId: number, agencyId: number | null): Promise<void> {
    if (this.isOffice) return;
    this.assertAgencyEditor();
    const mine = await this.agencySubtree();
    if (agencyId == null || !mine.has(agencyId)) throw new ForbiddenError('You can report only for your own agency or its sub-agencies.');
    const ids = [...mine];
    const marks = ids.map(() => '?').join(', ');
    const roles = [AssignmentRole.LEAD, AssignmentRole.COOPERATING];
    const rows = await this.manager.query(
      `SELECT 1 AS ok FROM assignment a
        WHERE a.agency_id IN (${marks}) AND a.role IN (?, ?)
          AND (a.indicator_id = ?
            OR a.target_id IN (SELECT t.id FROM target t WHERE t.indicator_id = ?)
            OR a.task_id IN (SELECT ti.task_id FROM task_indicator ti WHERE ti.indicator_id = ?))
        LIMIT 1`,
      [...ids, ...roles, indicatorId, indicatorId, indicatorId],
    );
    if (rows.length === 0) throw new ForbiddenError('Your agency is not assigned to this indicator (as lead or cooperating agency).');
  }

  /** An agency editor may report on a task only for an agency of their subtree that is assigned to it. */
  async assertCanReportTask(taskId: number, agencyId: number): Promise<void> {
    if (this.isOffice) return;
    this.assertAgencyEditor();
    const mine = await this.agencySubtree();
    if (!mine.has(agencyId)) throw new ForbiddenError('You can report only for your own agency or its sub-agencies.');
    const rows = await this.manager.query(`SELECT 1 AS ok FROM assignment a WHERE a.task_id = ? AND a.agency_id = ? AND a.role IN (?, ?) LIMIT 1`, [
      taskId,
      agencyId,
      AssignmentRole.LEAD,
      AssignmentRole.COOPERATING,
    ]);
    if (rows.length === 0) throw new ForbiddenError('This agency is not assigned to the task (as lead or cooperating agency).');
  }

  /** Editing a report: the office any time it is not approved; the reporting agency while it is a draft or returned. */
  async assertCanEditReport(report: Report): Promise<void> {
    if (report.status === ReportStatus.APPROVED) {
      throw new ForbiddenError('Approved values are locked; the office must reopen the report (with a reason) before it can change.');
    }
    if (this.isOffice) return;
    this.assertAgencyEditor();
    const mine = await this.agencySubtree();
    if (report.agencyId == null || !mine.has(report.agencyId)) throw new ForbiddenError('This report belongs to another agency.');
    if (report.status === ReportStatus.SUBMITTED) throw new ForbiddenError('The report is with the office for review; it can change again if it is returned.');
  }

  private assertAgencyEditor(): void {
    if (this.principal?.role !== Role.AGENCY_EDITOR || this.principal.agencyId == null) throw new ForbiddenError();
  }
}
