import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError, invalidField } from '../errors/api-error';
import type { FormPart } from './form-parts';

/** What an upload route accepts, and its own answers for a file too large and a body that is not a form. */
export interface UploadRules {
  maxBytes: number;
  tooLarge: () => ApiError;
  notMultipart: () => ApiError;
}

/** One file and a few fields; a little room for a client's extra fields, which are refused by name. */
const UPLOAD_LIMITS = {
  files: 1,
  fields: 4,
  parts: 6,
  fieldNameSize: 100,
  fieldSize: 1024,
  headerPairs: 100,
};

/**
 * Runs `read` over the parts of a `multipart/form-data` upload as they arrive (400, 413 and 415
 * in the API's shape for a malformed or oversized form). When `read` fails, whatever the client
 * is still sending is read and dropped before the error is answered, so the client gets the
 * answer rather than a broken connection.
 */
export async function readMultipartForm<T>(
  request: FastifyRequest,
  rules: UploadRules,
  read: (parts: AsyncIterable<FormPart>) => Promise<T>,
): Promise<T> {
  if (!request.isMultipart()) throw rules.notMultipart();
  // One byte more than allowed: the stream stops there and the reader sees it is too large.
  const parts = request.parts({ limits: { ...UPLOAD_LIMITS, fileSize: rules.maxBytes + 1 } });
  try {
    return await read(formParts(parts, rules));
  } catch (error) {
    await drain(request);
    throw error;
  }
}

/** The plugin's parts as FormParts, with its errors made the API's; never closes the plugin's iterator. */
function formParts(parts: AsyncIterableIterator<Multipart>, rules: UploadRules): AsyncIterable<FormPart> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: async (): Promise<IteratorResult<FormPart>> => {
        let result: IteratorResult<Multipart>;
        try {
          result = await parts.next();
        } catch (error) {
          throw formError(error, rules);
        }
        if (result.done) return { done: true, value: undefined };
        const part = result.value;
        if (part.type === 'field')
          return { done: false, value: { type: 'field', name: part.fieldname, value: String(part.value) } };
        return {
          done: false,
          value: {
            type: 'file',
            name: part.fieldname,
            fileName: part.filename,
            content: fileContent(part, rules),
          },
        };
      },
    }),
  };
}

async function* fileContent(part: MultipartFile, rules: UploadRules): AsyncGenerator<Buffer> {
  try {
    for await (const piece of part.file) yield piece as Buffer;
  } catch (error) {
    throw formError(error, rules);
  }
  if (part.file.truncated) throw rules.tooLarge();
}

/** The plugin's and the multipart parser's errors as the API's (only they arrive here). */
function formError(error: unknown, rules: UploadRules): unknown {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return rules.tooLarge();
    case 'FST_FILES_LIMIT':
      return invalidField('file', 'max_items', 'one file per upload');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return invalidField('body', 'max_items', 'too many parts in the form');
    case 'FST_PROTO_VIOLATION':
      return invalidField('body', 'forbidden_name', 'is not an allowed field name');
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return invalidField('body', 'format', 'a form field is not valid JSON');
  }
  // The parser's own complaints (a missing boundary, a part cut short, the client gone).
  return invalidField('body', 'format', 'not a well-formed multipart/form-data body');
}

/** Reads the rest of the request body and drops it. */
async function drain(request: FastifyRequest): Promise<void> {
  const raw = request.raw;
  if (raw.readableEnded || raw.destroyed) return;
  raw.unpipe();
  await new Promise<void>((done) => {
    raw
      .once('end', done)
      .once('close', done)
      .once('error', () => done());
    raw.resume();
  });
}
