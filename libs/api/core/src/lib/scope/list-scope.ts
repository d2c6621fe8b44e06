import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Bind, UnitTree } from './unit-tree';

let parameterCount = 0;

/**
 * The rows a list may show: those whose unit lies in the subtree of `rootPath` — the caller's
 * unit, or the unit a list is filtered by once the funnel has checked it lies in the caller's
 * subtree. Made by `Access.list`.
 */
export class ListScope {
  constructor(
    private readonly tree: UnitTree,
    readonly rootPath: string,
  ) {}

  /** The SQL condition on `unitColumn` (e.g. `c.unit_id`) for a statement written out. */
  condition(unitColumn: string, bind: Bind): string {
    return this.tree.subtreeCondition(this.rootPath, unitColumn, bind);
  }

  /** Limits a query builder; `includeUnscoped` also keeps rows without a unit (the root's users only). */
  applyTo<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    unitColumn: string,
    options: { includeUnscoped?: boolean } = {},
  ): SelectQueryBuilder<T> {
    // Each call its own parameter name: one statement may hold more than one scope.
    const parameter = `scope${++parameterCount % 1_000_000}`;
    const inSubtree = this.condition(unitColumn, (value) => {
      qb.setParameter(parameter, value);
      return `:${parameter}`;
    });
    return qb.andWhere(options.includeUnscoped ? `(${unitColumn} IS NULL OR ${inSubtree})` : inSubtree);
  }
}
