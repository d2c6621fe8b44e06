import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import {
  yuanForBank,
  type BankFileField,
  type BankFileFormat,
  type BankLayoutRequest,
} from '@worker-aid/shared/domain';
import { neutraliseCell } from '@worker-aid/api/core';

/** One payee of a bank's payroll file (代发), every number in full. */
export interface PayrollLine {
  lineNo: number;
  name: string;
  account: string;
  idNumber: string;
  /** Fen. */
  amount: number;
}

/**
 * The payroll file a bank's 代发 service takes: the layout's columns in its order, one row per
 * line. Everything is text (accounts and identity numbers keep their digits, amounts are
 * `800.00`), and text the API did not make — names, the purpose — is neutralised against
 * formula injection. CSV is UTF-8 with a byte-order mark, as Chinese banks' portals expect.
 */
export async function payrollFile(
  layout: BankLayoutRequest,
  purpose: string,
  lines: readonly PayrollLine[],
  format: BankFileFormat,
): Promise<Buffer> {
  const headings = layout.columns.map((column) => column.heading);
  const rows = lines.map((line) => layout.columns.map((column) => cellOf(column.field, line, purpose)));
  if (format === 'csv') {
    return Buffer.from(`\uFEFF${stringify([headings, ...rows], { record_delimiter: 'windows' })}`, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Worker Aid';
  const sheet = workbook.addWorksheet('代发');
  sheet.addRow(headings).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    column.numFmt = '@';
    column.width =
      layout.columns[index]?.field === 'account' || layout.columns[index]?.field === 'idNumber' ? 24 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellOf(field: BankFileField, line: PayrollLine, purpose: string): string {
  switch (field) {
    case 'lineNo':
      return String(line.lineNo);
    case 'name':
      return String(neutraliseCell(line.name));
    case 'account':
      return line.account;
    case 'amount':
      return yuanForBank(line.amount);
    case 'purpose':
      return String(neutraliseCell(purpose));
    case 'idNumber':
      return line.idNumber;
  }
}
