/**
 * Zip archives from uploads, read through yauzl's central directory (the same parser for the
 * inspection and the reading, so no entry can hide from one and reach the other). Defends
 * against zip bombs: too many entries, a declared unpacked size or ratio out of all proportion,
 * and entries that lie about their size (yauzl's `validateEntrySizes`), while a running count of
 * the bytes actually inflated stops at the limit. Inflated data is streamed, never held here.
 */
import { Readable, Transform, type TransformCallback } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { apiError, ApiError } from '../errors/api-error';

export const ZIP_LIMITS = {
  /** More entries than this and the archive is refused before anything is inflated. */
  maxEntries: 2_000,
  /** The most all entries together may unpack to, declared or actually inflated. */
  maxUnpackedBytes: 256 * 1024 * 1024,
  /** An entry unpacking to more than `ratioCheckedAbove` may be at most this many times its packed size. */
  maxRatio: 200,
  ratioCheckedAbove: 10 * 1024 * 1024,
} as const;

const STORED = 0;
const DEFLATED = 8;

export function unpackedTooLarge(): ApiError {
  return apiError(
    'import.unpacked_too_large',
    'The workbook unpacks to far more than its size (a zip bomb, or a sheet with huge styles): refused.',
  );
}

export function corruptSheet(): ApiError {
  return apiError(
    'import.corrupt',
    'The file cannot be read as a workbook: it is damaged or not really xlsx.',
  );
}

/** An opened archive: its entries by name (the first of a repeated name) and a way to inflate them. */
export interface ZipArchive {
  readonly entries: readonly Entry[];
  entry(fileName: string): Entry | undefined;
  /** The entry's content as a stream that fails with an ApiError when damaged or over the limit. */
  open(entry: Entry): Promise<Readable>;
  /** Inflates every entry, counting and discarding the bytes. */
  inflateAll(): Promise<void>;
  /** The bytes inflated so far, from all entries. */
  inflatedBytes(): number;
  close(): void;
}

/** Opens a zip held in memory and checks its directory; refuses it with `import.corrupt` or `import.unpacked_too_large`. */
export async function openZipArchive(content: Buffer): Promise<ZipArchive> {
  const zipfile = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      content,
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true },
      (error, zip) => (error || !zip ? reject(corruptSheet()) : resolve(zip)),
    ),
  );
  try {
    if (zipfile.entryCount > ZIP_LIMITS.maxEntries) throw unpackedTooLarge();
    const entries = await readDirectory(zipfile);
    return archive(zipfile, entries);
  } catch (error) {
    zipfile.close();
    throw error;
  }
}

function readDirectory(zipfile: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let declared = 0;
    zipfile.on('error', () => reject(corruptSheet()));
    zipfile.on('end', () => resolve(entries));
    zipfile.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (
        entries.length >= ZIP_LIMITS.maxEntries ||
        declared > ZIP_LIMITS.maxUnpackedBytes ||
        tooDense(entry)
      ) {
        reject(unpackedTooLarge());
        return;
      }
      if (entry.isEncrypted() || ![STORED, DEFLATED].includes(entry.compressionMethod)) {
        reject(corruptSheet());
        return;
      }
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.readEntry();
  });
}

function tooDense(entry: Entry): boolean {
  return (
    entry.uncompressedSize > ZIP_LIMITS.ratioCheckedAbove &&
    entry.uncompressedSize > entry.compressedSize * ZIP_LIMITS.maxRatio
  );
}

function archive(zipfile: ZipFile, entries: Entry[]): ZipArchive {
  const byName = new Map<string, Entry>();
  for (const entry of entries) if (!byName.has(entry.fileName)) byName.set(entry.fileName, entry);
  const budget = { inflated: 0 };
  const open = async (entry: Entry): Promise<Readable> => {
    const source = await new Promise<Readable>((resolve, reject) =>
      zipfile.openReadStream(entry, (error, stream) =>
        error || !stream ? reject(corruptSheet()) : resolve(stream),
      ),
    );
    return counted(source, budget);
  };
  return {
    entries,
    entry: (fileName) => byName.get(fileName),
    open,
    async inflateAll() {
      for (const entry of entries) {
        if (entry.fileName.endsWith('/')) continue; // a folder
        const stream = await open(entry);
        for await (const chunk of stream) void chunk; // counted by the stream, then dropped
      }
    },
    inflatedBytes: () => budget.inflated,
    close: () => zipfile.close(),
  };
}

/** The entry's bytes, counted against the archive's budget; errors become ApiErrors. */
function counted(source: Readable, budget: { inflated: number }): Readable {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      budget.inflated += chunk.length;
      if (budget.inflated > ZIP_LIMITS.maxUnpackedBytes) done(unpackedTooLarge());
      else done(null, chunk);
    },
  });
  source.on('error', (error: Error) => counter.destroy(readError(error)));
  // Whether read to the end, failed or dropped by its reader, the entry stops inflating.
  counter.on('close', () => {
    source.unpipe(counter);
    source.destroy();
  });
  source.pipe(counter);
  return counter;
}

/** yauzl's `validateEntrySizes` says "too many bytes" when an entry inflates past its declared size. */
function readError(error: Error): ApiError {
  return /too many bytes/i.test(error.message) ? unpackedTooLarge() : corruptSheet();
}
