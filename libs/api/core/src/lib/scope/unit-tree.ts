import type { EntityManager } from 'typeorm';

/** Turns a value into a placeholder of the statement being built (`:name` or `$n`). */
export type Bind = (value: string) => string;

/**
 * What the access funnel needs to know about the unit tree. The units feature owns the `unit`
 * table and provides this (`UnitsModule`); core declares it so that every feature, audit
 * included, can be scoped without naming that table.
 */
export abstract class UnitTree {
  /** SQL: the unit in `unitColumn` lies in the subtree of the unit whose path is `rootPath`. */
  abstract subtreeCondition(rootPath: string, unitColumn: string, bind: Bind): string;

  /** The materialised path of a unit, or null when there is no such unit. */
  abstract pathOf(unitId: string, manager?: EntityManager): Promise<string | null>;
}
