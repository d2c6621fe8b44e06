import { openZipArchive, ZIP_LIMITS } from './zip-archive';
import { expectApiError } from './testing/expect-api-error';
import { zipFixture } from './testing/zip-builder';

const MB = 1024 * 1024;

describe('openZipArchive', () => {
  it('lists the entries and finds them by name, the first of a repeated name', async () => {
    const archive = await openZipArchive(
      zipFixture([
        { name: 'a.txt', data: 'first' },
        { name: 'b.txt', data: 'b', stored: true },
        { name: 'a.txt', data: 'second' },
      ]),
    );
    expect(archive.entries.map((entry) => entry.fileName)).toEqual(['a.txt', 'b.txt', 'a.txt']);
    const chunks: Buffer[] = [];
    const first = archive.entry('a.txt');
    if (!first) throw new Error('a.txt not found');
    for await (const chunk of await archive.open(first)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('first');
    archive.close();
  });

  it('stops inflating an entry its reader drops', async () => {
    const archive = await openZipArchive(zipFixture([{ name: 'zeros.bin', data: Buffer.alloc(9.9 * MB) }]));
    const [zeros] = archive.entries;
    if (!zeros) throw new Error('no entry');
    for await (const chunk of await archive.open(zeros)) {
      expect((chunk as Buffer).length).toBeGreaterThan(0);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(archive.inflatedBytes()).toBeLessThan(MB);
    archive.close();
  });

  it('refuses entries it cannot inflate: encrypted, or by an unknown method', async () => {
    const zip = zipFixture([{ name: 'a.txt', data: 'a', stored: true }]);
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(0x0801, 6); // local header flags
    encrypted.writeUInt16LE(0x0801, encrypted.indexOf('PK\x01\x02') + 8); // central header flags
    await expectApiError(openZipArchive(encrypted), 'import.corrupt', 400);
    const lzma = Buffer.from(zip);
    lzma.writeUInt16LE(14, lzma.indexOf('PK\x01\x02') + 10);
    await expectApiError(openZipArchive(lzma), 'import.corrupt', 400);
  });

  it('keeps its limits: 2,000 entries, 256 MB, 200 times above 10 MB', () => {
    expect(ZIP_LIMITS).toEqual({
      maxEntries: 2000,
      maxUnpackedBytes: 256 * MB,
      maxRatio: 200,
      ratioCheckedAbove: 10 * MB,
    });
  });
});
