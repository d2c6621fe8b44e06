import { DOCUMENT_CONTENT_TYPES, type DocumentContentType } from '@worker-aid/shared/domain';

type FileTypeModule = typeof import('file-type');

let loaded: FileTypeModule | null = null;

/**
 * `file-type` is an ES module only. Node (≥ 20.19) `require`s an ES module natively, but Jest's
 * own module loader cannot (nor, without --experimental-vm-modules, a dynamic `import()`), so it
 * is loaded through Node's loader, which the built server and the test suites both have.
 */
function fileType(): FileTypeModule {
  if (!loaded) {
    const { createRequire } = process.getBuiltinModule('node:module');
    loaded = createRequire(__filename)('file-type') as FileTypeModule;
  }
  return loaded;
}

/** Bytes enough for `file-type` to tell every type it knows by their start. */
export const TYPE_SAMPLE_BYTES = 4100;

/** The document type its first bytes show, or null for anything but PDF, JPEG, PNG and WebP. */
export async function detectContentType(sample: Uint8Array): Promise<DocumentContentType | null> {
  const detected = await fileType().fileTypeFromBuffer(sample);
  const mime = detected?.mime as string | undefined;
  return mime && (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(mime)
    ? (mime as DocumentContentType)
    : null;
}
