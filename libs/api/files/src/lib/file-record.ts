import type { ScopedRecord } from '@worker-aid/api/core';
import { HardshipFile } from './hardship-file.entity';

/** A file is scoped by its unit; outside the subtree, 404 `file.not_found`. */
export const FILE: ScopedRecord<HardshipFile> = { entity: HardshipFile, what: 'file' };
