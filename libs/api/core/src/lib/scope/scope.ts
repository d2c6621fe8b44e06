import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { UNIT_LEVELS } from '@worker-aid/shared/domain';
import type { Principal } from '../auth/principal';
import { notFound } from '../errors/api-error';

/**
 * Unit-subtree scope, in one place. Every unit stores its materialised path
 * (`/<center id>/<industry id>/<grassroots id>/`); a record is in a user's scope when its
 * unit's path starts with the path of the user's unit. Everything outside is answered 404.
 */
export function unitPathOf(parentPath: string | null, unitId: string): string {
  return `${parentPath ?? '/'}${unitId}/`;
}

/** The ids of the units on a path, from the center down to the unit itself. */
export function unitIdsOnPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function isRootPath(path: string): boolean {
  return unitIdsOnPath(path).length === 1;
}

export function pathInScope(principal: Pick<Principal, 'unitPath'>, unitPath: string): boolean {
  return unitPath.startsWith(principal.unitPath);
}

let scopeParameters = 0;

/**
 * The SQL condition "the unit in `unitColumn` lies in the subtree of `root`"; `bind` turns its one
 * value into a placeholder of the statement (`:name` for a query builder, `$n` for plain SQL).
 */
export function subtreeCondition(
  root: Pick<Principal, 'unitPath'>,
  unitColumn: string,
  bind: (value: string) => string,
): string {
  const ids = unitIdsOnPath(root.unitPath);
  // A grassroots unit has nothing below it: comparing the unit id lets an index on
  // (unit_id, …) find its rows directly instead of filtering the whole table by path.
  if (ids.length === UNIT_LEVELS.length) return `${unitColumn} = ${bind(ids[ids.length - 1])}`;
  const alias = `scope_unit_${++scopeParameters % 1_000_000}`;
  return `EXISTS (SELECT 1 FROM unit ${alias} WHERE ${alias}.id = ${unitColumn} AND ${alias}.path LIKE ${bind(`${root.unitPath}%`)})`;
}

/**
 * Limits a query to rows whose unit (the column `unitColumn`, e.g. `w.unit_id`) lies in the
 * subtree of `root` — the caller (`Principal`) for scope, or a unit a list is filtered by.
 * `includeUnscoped` also keeps rows without a unit (only for the root's users).
 */
export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  root: Pick<Principal, 'unitPath'>,
  unitColumn: string,
  options: { includeUnscoped?: boolean } = {},
): SelectQueryBuilder<T> {
  // Each call gets its own parameter: a query may be limited to the scope and to a unit filter.
  const parameter = `scopePrefix${++scopeParameters % 1_000_000}`;
  const inSubtree = subtreeCondition(root, unitColumn, (value) => {
    qb.setParameter(parameter, value);
    return `:${parameter}`;
  });
  return qb.andWhere(options.includeUnscoped ? `(${unitColumn} IS NULL OR ${inSubtree})` : inSubtree);
}

/**
 * The row of `entity` with this id whose `unit_id` lies in the caller's subtree, or a 404 that
 * says `<what> not found` — outside the subtree a record does not exist. `lock` takes a row lock
 * for the rest of the transaction.
 */
export async function findInScopeOr404<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  principal: Pick<Principal, 'unitPath'>,
  id: string,
  what: string,
  options: { lock?: boolean } = {},
): Promise<T> {
  const qb = manager.getRepository(entity).createQueryBuilder('r').where('r.id = :id', { id });
  applyScope(qb, principal, 'r.unit_id');
  if (options.lock) qb.setLock('pessimistic_write');
  const row = await qb.getOne();
  if (!row) throw notFound(what);
  return row;
}
