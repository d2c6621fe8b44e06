import type { DocumentView } from '@worker-aid/shared/domain';
import type { Document } from './document.entity';

export function toDocumentView(document: Document, uploadedByName: string | null): DocumentView {
  return {
    id: document.id,
    kind: document.kind,
    fileName: document.fileName,
    contentType: document.contentType,
    size: document.size,
    sha256: document.sha256,
    uploadedBy: document.uploadedBy,
    uploadedByName,
    uploadedAt: document.uploadedAt.toISOString(),
    hasThumbnail: document.hasThumbnail,
  };
}
