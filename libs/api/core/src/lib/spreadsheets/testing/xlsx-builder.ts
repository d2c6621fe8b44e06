/**
 * Test fixtures: xlsx workbooks written part by part, for the shapes exceljs would not write
 * (a hidden first tab, cells without addresses, a million empty rows, parts in any order).
 */
import { zipFixture, type ZipFixtureEntry } from './zip-builder';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface XlsxFixtureSheet {
  name: string;
  /** The content of `<sheetData>`. */
  rows: string;
  state?: 'hidden' | 'veryHidden';
}

export interface XlsxFixture {
  sheets: XlsxFixtureSheet[];
  sharedStrings?: string[];
  /** Replace or add parts (by name), e.g. a sheet whose deflate stream is broken. */
  parts?: ZipFixtureEntry[];
}

/** A workbook whose parts come sheet first, shared strings last, as Excel orders them. */
export function xlsxFixture({ sheets, sharedStrings, parts = [] }: XlsxFixture): Buffer {
  const entries: ZipFixtureEntry[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
        sheets
          .map(
            (sheet, index) =>
              `<sheet name="${sheet.name}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, index) =>
              `<Relationship Id="rId${index + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rIdS" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    ...sheets.map((sheet, index) => ({
      name: `xl/worksheets/sheet${index + 1}.xml`,
      data: worksheetXml(sheet.rows),
    })),
  ];
  if (sharedStrings) {
    entries.push({
      name: 'xl/sharedStrings.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${sharedStrings.length}">` +
        sharedStrings.map((text) => `<si>${text}</si>`).join('') +
        '</sst>',
    });
  }
  for (const part of parts) {
    const at = entries.findIndex((entry) => entry.name === part.name);
    if (at >= 0) entries[at] = part;
    else entries.push(part);
  }
  return zipFixture(entries);
}

export function worksheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}
