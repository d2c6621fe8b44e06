import type { ScopedRecord } from '@worker-aid/api/core';
import { Document } from './document.entity';

/** A document is scoped by its owner's unit, kept on its row; outside the subtree, 404 `document.not_found`. */
export const DOCUMENT: ScopedRecord<Document> = { entity: Document, what: 'document' };
