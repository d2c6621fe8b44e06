import type { ScopedRecord } from '@worker-aid/api/core';
import { AidCase } from './aid-case.entity';

/** A case is scoped by its unit (the worker's when it was logged); outside the subtree, 404 `case not found`. */
export const CASE: ScopedRecord<AidCase> = { entity: AidCase, what: 'case' };
