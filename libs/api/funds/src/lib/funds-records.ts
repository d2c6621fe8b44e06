import type { ScopedRecord } from '@worker-aid/api/core';
import { Disbursement } from './disbursement.entity';
import { Fund } from './fund.entity';

/** A fund is seen by the unit that holds it and the units above it. */
export const FUND: ScopedRecord<Fund> = { entity: Fund, what: 'fund' };

/** A ledger row is scoped by its case's unit, copied in. */
export const DISBURSEMENT: ScopedRecord<Disbursement> = { entity: Disbursement, what: 'disbursement' };
