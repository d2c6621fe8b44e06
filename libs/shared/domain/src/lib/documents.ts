/**
 * Proof documents (证明材料, DOMAIN.md part two; API.md "Documents"): scans and photos attached
 * to a worker, a hardship file or a case.
 */

export const DOCUMENT_KINDS = [
  'id_card',
  'income_proof',
  'medical_record',
  'invoice',
  'school_proof',
  'legal_document',
  'visit_photo',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The records a document may be attached to, as their API paths name them. */
export const DOCUMENT_OWNERS = ['workers', 'files', 'cases'] as const;
export type DocumentOwner = (typeof DOCUMENT_OWNERS)[number];

/** The types read from a document's content; anything else is 415 `document.type`. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** Over this many bytes a document is 413. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** A thumbnail fits in a square this many pixels wide. */
export const DOCUMENT_THUMBNAIL_PX = 320;

/** Its uploader may hide a document for this long after the upload; an admin always. */
export const DOCUMENT_UPLOADER_MAY_HIDE_HOURS = 24;

export function isImageContentType(contentType: string): boolean {
  return contentType.startsWith('image/');
}

/** Whether this user may hide the document now (API.md: its uploader within 24 hours, or an admin). */
export function mayHideDocument(
  document: { uploadedBy: string; uploadedAt: string },
  user: { id: string; isAdmin: boolean },
  now: Date,
): boolean {
  if (user.isAdmin) return true;
  const ageMs = now.getTime() - new Date(document.uploadedAt).getTime();
  return document.uploadedBy === user.id && ageMs <= DOCUMENT_UPLOADER_MAY_HIDE_HOURS * 3600_000;
}

/** A document as the API answers it. */
export interface DocumentView {
  id: string;
  kind: DocumentKind;
  fileName: string;
  contentType: DocumentContentType;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedByName?: string | null;
  uploadedAt: string;
  /** Whether `GET /api/documents/:id/thumbnail` has a picture. */
  hasThumbnail: boolean;
}
