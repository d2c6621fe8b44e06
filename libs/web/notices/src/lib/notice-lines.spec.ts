import { aNotice } from '../testing/notice-fixtures';
import { aidKey, lineKey, longDay, recordLink, spansUnits } from './notice-lines';

describe('notice lines', () => {
  it('names the aid, a hardship file as 建档, a campaign line as its campaign', () => {
    expect(aidKey('medical')).toBe('caseTypes.medical');
    expect(aidKey('file')).toBe('notices.fileAid');
    expect(aidKey('campaign')).toBe('notices.campaignAid');
  });

  it('links a line to its case, file or campaign', () => {
    expect(recordLink(aNotice())).toEqual(['/cases', 'c-1']);
    expect(recordLink(aNotice({ entityType: 'file', entityId: 'f-1' }))).toEqual(['/files', 'f-1']);
    expect(recordLink(aNotice({ entityType: 'campaign', entityId: 'k-1', lineId: 'l-2' }))).toEqual([
      '/campaigns',
      'k-1',
    ]);
  });

  it('links no campaign held above the caller’s unit', () => {
    expect(recordLink(aNotice({ entityType: 'campaign', entityId: 'k-1', linked: false }))).toBeNull();
  });

  it('tells apart the lines of one campaign', () => {
    const line = (lineId: string) => aNotice({ entityType: 'campaign', entityId: 'k-1', lineId });
    expect(lineKey(line('l-1'))).not.toBe(lineKey(line('l-2')));
    expect(lineKey(aNotice())).not.toBe(lineKey(aNotice({ entityType: 'file' })));
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
