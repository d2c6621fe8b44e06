import { DOCUMENT_MAX_BYTES } from '@worker-aid/shared/domain';
import { apiError, type UploadRules } from '@worker-aid/api/core';
import { tooLarge } from './stored-content';

/** A document upload: one file of at most 20 MB and its `kind`. */
export const DOCUMENT_UPLOAD: UploadRules = {
  maxBytes: DOCUMENT_MAX_BYTES,
  tooLarge,
  notMultipart: () =>
    apiError('document.multipart', 'body: send multipart/form-data with the fields file and kind'),
};
