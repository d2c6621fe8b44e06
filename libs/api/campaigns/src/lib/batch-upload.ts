import { ValidationPipe } from '@nestjs/common';
import { IMPORT_MAX_BYTES, isCalendarDay } from '@worker-aid/shared/domain';
import {
  apiError,
  invalidField,
  validationException,
  type FormPart,
  type UploadRules,
} from '@worker-aid/api/core';
import { BatchResultsDto } from './batch.dto';

/** A bank's result file: one file of at most 10 MB in the field `file`, and `paidOn` beside it. */
export const RESULT_FILE_UPLOAD: UploadRules = {
  maxBytes: IMPORT_MAX_BYTES,
  tooLarge: () => apiError('import.too_large', `file: larger than ${IMPORT_MAX_BYTES / (1024 * 1024)} MB`),
  notMultipart: () => apiError('import.multipart', 'body: send multipart/form-data with the field file'),
};

/** The upload's file (whole: at most 10 MB) and its optional `paidOn`. */
export async function readResultUpload(
  form: AsyncIterable<FormPart>,
): Promise<{ content: Buffer; paidOn?: string }> {
  let content: Buffer | null = null;
  let paidOn: string | undefined;
  for await (const part of form) {
    if (part.type === 'field' && part.name === 'paidOn') {
      if (!isCalendarDay(part.value)) throw invalidField('paidOn', 'date', 'must be a day, YYYY-MM-DD');
      paidOn = part.value;
    } else if (part.type === 'file' && part.name === 'file') {
      const pieces: Buffer[] = [];
      for await (const piece of part.content) pieces.push(piece);
      content = Buffer.concat(pieces);
    } else throw invalidField(part.name, 'unknown_field', 'is not a field of this form');
  }
  if (!content) throw invalidField('file', 'required', 'send the result file in the field file');
  if (content.length === 0) throw apiError('import.empty', 'file: the file is empty');
  return { content, ...(paidOn ? { paidOn } : {}) };
}

const RESULTS_PIPE = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: validationException,
});

/** A JSON body of results, validated as the global pipe validates every other body. */
export async function validResults(body: unknown): Promise<BatchResultsDto> {
  return (await RESULTS_PIPE.transform(body ?? {}, {
    type: 'body',
    metatype: BatchResultsDto,
  })) as BatchResultsDto;
}
