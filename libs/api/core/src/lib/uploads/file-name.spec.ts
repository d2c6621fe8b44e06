import { UPLOAD_NAME_MAX_CHARS, safeFileName } from './file-name';

const DEFAULT_DOCUMENT_NAME = 'document';
const safeDocumentName = (raw: string | null | undefined) => safeFileName(raw, DEFAULT_DOCUMENT_NAME);

describe('safeFileName', () => {
  it('keeps an ordinary name as it is, Chinese included', () => {
    expect(safeDocumentName('收入证明-王秀英.pdf')).toBe('收入证明-王秀英.pdf');
    expect(safeDocumentName('scan 2026-11-29.JPG')).toBe('scan 2026-11-29.JPG');
  });

  it('keeps the last path segment only, whichever the separator', () => {
    expect(safeDocumentName('../../etc/passwd')).toBe('passwd');
    expect(safeDocumentName('..\\..\\windows\\system32\\x.pdf')).toBe('x.pdf');
    expect(safeDocumentName('C:\\Users\\王\\身份证.png')).toBe('身份证.png');
    expect(safeDocumentName('/abs/dir/')).toBe(DEFAULT_DOCUMENT_NAME);
  });

  it('drops control and text-reordering characters, leading dots and surrounding space', () => {
    expect(safeDocumentName('a\u0000b\r\nc\u007f.pdf')).toBe('abc.pdf');
    expect(safeDocumentName('invoice\u202egpj.exe')).toBe('invoicegpj.exe');
    expect(safeDocumentName('  ..hidden.pdf  ')).toBe('hidden.pdf');
    expect(safeDocumentName('\ud800x.pdf')).toBe('\ufffdx.pdf');
  });

  it('names an upload that has no usable name by its fallback', () => {
    for (const raw of [undefined, null, '', '   ', '..', '.', '\u0000\u0001', '../'])
      expect(safeDocumentName(raw)).toBe(DEFAULT_DOCUMENT_NAME);
  });

  it('cuts an absurdly long name and keeps its extension, without splitting a character', () => {
    const long = safeDocumentName(`${'证'.repeat(5000)}.pdf`);
    expect(Array.from(long)).toHaveLength(UPLOAD_NAME_MAX_CHARS);
    expect(long.endsWith('证.pdf')).toBe(true);
    const emoji = safeDocumentName('😀'.repeat(500));
    expect(Array.from(emoji)).toHaveLength(UPLOAD_NAME_MAX_CHARS);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(safeDocumentName(`a.${'x'.repeat(500)}`)).toHaveLength(UPLOAD_NAME_MAX_CHARS);
  });
});
