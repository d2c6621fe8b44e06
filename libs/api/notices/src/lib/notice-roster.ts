import ExcelJS from 'exceljs';
import {
  formatYuan,
  NOTICE_ITEMS_MAX,
  noticeCut,
  noticePeriod,
  type NoticeItem,
} from '@worker-aid/shared/domain';
import { generatedAt, neutraliseCell } from '@worker-aid/api/core';
import { ROSTER_LABELS } from './notice-labels';
import type { NoticeLanguage } from './notices.dto';

export interface Roster {
  unitName: string;
  items: readonly NoticeItem[];
  /** The policy's words on where to object, or null: then the unit is named. */
  objectionContact: string | null;
  lang: NoticeLanguage;
  now: Date;
}

/**
 * The roster to post (公示名单) as an Excel workbook on A4: the unit's title, the notice period,
 * one masked line per case, file or campaign line, and where to object. Every text is neutralised, so a
 * unit or a contact written `=…` is never a formula; amounts are yuan with two decimals.
 */
export async function noticeRosterXlsx(roster: Roster): Promise<Buffer> {
  const labels = ROSTER_LABELS[roster.lang];
  const width = labels.headers.length;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Worker Aid';
  const sheet = workbook.addWorksheet(roster.lang === 'en' ? 'Notice' : '公示', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const line = (text: string) => {
    const row = sheet.addRow([neutraliseCell(text)]);
    sheet.mergeCells(row.number, 1, row.number, width);
    return row;
  };
  line(labels.title(roster.unitName)).font = { bold: true, size: 16 };
  line(`${labels.period}${labels.colon}${periodOf(roster.items, labels.through) ?? labels.none}`);
  line(`${labels.generatedAt}${labels.colon}${generatedAt(roster.now)}`);
  sheet.addRow([]);
  const header = sheet.addRow(labels.headers.map(neutraliseCell));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  roster.items.forEach((item, index) => {
    const row = sheet.addRow([
      index + 1,
      neutraliseCell(item.name),
      neutraliseCell(item.idNumber),
      labels.aid[item.aid],
      item.amount === null ? '' : formatYuan(item.amount),
      item.noticeEndsOn,
      neutraliseCell(item.reference),
    ]);
    row.getCell(5).alignment = { horizontal: 'right' };
  });
  if (noticeCut(roster.items)) {
    line(labels.cut(NOTICE_ITEMS_MAX.toLocaleString('en-US'))).font = {
      bold: true,
      color: { argb: 'FFB3261E' },
    };
  }
  sheet.addRow([]);
  const contact = roster.objectionContact?.trim();
  line(contact ? labels.objections(contact) : labels.objectionsToUnit(roster.unitName)).alignment = {
    wrapText: true,
  };
  // The last column is wide enough for a campaign line's reference (`2026年"两节"送温暖 #275`).
  [6, 12, 22, 14, 14, 12, 26].forEach(
    (columnWidth, index) => (sheet.getColumn(index + 1).width = columnWidth),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function periodOf(items: readonly NoticeItem[], through: string): string | null {
  const period = noticePeriod(items);
  return period && `${period.start} ${through} ${period.end}`;
}
