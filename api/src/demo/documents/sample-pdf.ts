/**
 * A small, valid one-page PDF written by hand: A4, the lines of text top-down in the
 * STSong-Light font that PDF readers bring for Chinese (GB1), so no font is embedded. `extra`
 * goes in as a comment, byte for byte (a tag the tests look for in a database dump).
 */
export function samplePdf(lines: readonly string[], extra = ''): Buffer {
  const text = lines
    .map((line, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 72 ${770 - i * 28} Td <${utf16Hex(line)}> Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /W [1 95 500] >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let pdf = `%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n${extra ? `% ${extra}\n` : ''}`;
  const offsets = objects.map((body, i) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Text as the UniGB-UCS2-H encoding takes it: UTF-16BE, in hex (characters beyond the BMP become `?`). */
function utf16Hex(text: string): string {
  return Array.from(text, (c) =>
    (c.codePointAt(0) ?? 0x3f) > 0xffff
      ? '003F'
      : c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase(),
  ).join('');
}
