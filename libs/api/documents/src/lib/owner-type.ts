import type { DocumentOwner } from '@worker-aid/shared/domain';

/** What a document is attached to, as the `owner_type` column names it. */
export const OWNER_TYPES = ['worker', 'file', 'case'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** The owner type of an API path's collection (`/api/files/:id/documents` → `file`). */
export const OWNER_TYPE_OF: Record<DocumentOwner, OwnerType> = {
  workers: 'worker',
  files: 'file',
  cases: 'case',
};
