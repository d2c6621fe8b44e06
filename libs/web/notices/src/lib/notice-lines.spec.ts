import { aNotice } from '../testing/notice-fixtures';
import { aidKey, longDay, recordLink, spansUnits } from './notice-lines';

describe('notice lines', () => {
  it('names the aid, a hardship file as 建档', () => {
    expect(aidKey('medical')).toBe('caseTypes.medical');
    expect(aidKey('file')).toBe('notices.fileAid');
  });

  it('links a line to its case or file', () => {
    expect(recordLink(aNotice())).toEqual(['/cases', 'c-1']);
    expect(recordLink(aNotice({ entityType: 'file', entityId: 'f-1' }))).toEqual(['/files', 'f-1']);
  });

  it('tells when lines come from more than one unit', () => {
    expect(spansUnits([aNotice(), aNotice({ entityId: 'c-2' })])).toBe(false);
    expect(spansUnits([aNotice(), aNotice({ entityId: 'c-2', unitId: 'i' })])).toBe(true);
  });

  it('writes a day out in full for the printed page', () => {
    expect(longDay('2026-11-30', 'zh-CN')).toBe('2026年11月30日');
    expect(longDay('2026-11-30', 'en')).toBe('November 30, 2026');
    expect(longDay('soon', 'en')).toBe('soon');
  });
});
