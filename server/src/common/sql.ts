import type { EntityManager } from 'typeorm';

export function isMysql(manager: EntityManager): boolean {
  const t = manager.connection.options.type;
  return t === 'mysql' || t === 'mariadb';
}

/** String concatenation in the current dialect. */
export function sqlConcat(manager: EntityManager, ...parts: string[]): string {
  return isMysql(manager) ? `CONCAT(${parts.join(', ')})` : `(${parts.join(' || ')})`;
}

/**
 * `column` is the agency `:param` or one of its sub-agencies: one sub-select on the
 * materialized path, so "agency including sub-agencies" costs no extra statement.
 */
export function inAgencySubtree(manager: EntityManager, column: string, param: string): string {
  return `${column} IN (SELECT sub.id FROM agency sub INNER JOIN agency root ON sub.path LIKE ${sqlConcat(manager, 'root.path', "'%'")} WHERE root.id = :${param})`;
}
