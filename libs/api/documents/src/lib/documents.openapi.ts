import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiPayloadTooLargeResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { DOCUMENT_KINDS } from '@worker-aid/shared/domain';

/** How the OpenAPI document describes an upload: a form with the file and its kind. */
export const ApiDocumentUpload = (): MethodDecorator =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file', 'kind'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'PDF, JPEG, PNG or WebP, at most 20 MB' },
          kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
        },
      },
    }),
    ApiConflictResponse({ description: '`document.duplicate`: the same bytes are on the record (`id`)' }),
    ApiPayloadTooLargeResponse({ description: '`document.too_large`' }),
    ApiUnsupportedMediaTypeResponse({
      description: '`document.type` (read from the content), `document.multipart`',
    }),
  );
