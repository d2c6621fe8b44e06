/**
 * Test fixtures: zip archives written byte by byte, so that specs can make the hostile ones
 * (sizes that lie, broken deflate streams, thousands of entries) no zip library would write.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFixtureEntry {
  name: string;
  data: Buffer | string;
  /** Stored without compression; deflated by default. */
  stored?: boolean;
  /** The uncompressed size the headers claim, instead of the true one. */
  declaredSize?: number;
  /** The bytes written as the entry's data, instead of the compressed `data`. */
  rawData?: Buffer;
}

export function zipFixture(entries: readonly ZipFixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const packed = entry.rawData ?? (entry.stored ? data : deflateRawSync(data));
    const name = Buffer.from(entry.name, 'utf8');
    const fields = {
      method: entry.stored ? 0 : 8,
      crc: crc32(data),
      packedSize: packed.length,
      size: entry.declaredSize ?? data.length,
    };
    const local = header(0x04034b50, 30, name, fields);
    const central = header(0x02014b50, 46, name, fields, offset);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function header(
  signature: number,
  length: number,
  name: Buffer,
  fields: { method: number; crc: number; packedSize: number; size: number },
  localOffset?: number,
): Buffer {
  const bytes = Buffer.alloc(length);
  bytes.writeUInt32LE(signature, 0);
  // The central header has "version made by" before the fields it shares with the local one.
  const at = localOffset === undefined ? 4 : 6;
  if (localOffset !== undefined) bytes.writeUInt16LE(20, 4);
  bytes.writeUInt16LE(20, at); // version needed
  bytes.writeUInt16LE(0x0800, at + 2); // names in UTF-8
  bytes.writeUInt16LE(fields.method, at + 4);
  bytes.writeUInt16LE(0, at + 6); // time
  bytes.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
  bytes.writeUInt32LE(fields.crc, at + 10);
  bytes.writeUInt32LE(fields.packedSize, at + 14);
  bytes.writeUInt32LE(fields.size, at + 18);
  bytes.writeUInt16LE(name.length, at + 22);
  if (localOffset !== undefined) bytes.writeUInt32LE(localOffset, 42);
  return bytes;
}
