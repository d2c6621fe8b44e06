import type { FilesReport } from '@worker-aid/shared/domain';
import { causeLines, tierLines, yearStart } from './files-figures';

const report: FilesReport = {
  active: 4,
  members: 9,
  byTier: [
    { tier: 'deep', files: 2, members: 5 },
    { tier: 'relative', files: 1, members: 3 },
    { tier: 'sudden', files: 0, members: 0 },
  ],
  byCause: [
    { cause: 'illness', files: 3 },
    { cause: 'disability', files: 0 },
    { cause: 'other', files: 1 },
  ],
  closedThisYear: 1,
  relapsedThisYear: 0,
};

describe('files figures', () => {
  it('keeps the tiers in order, zeros included, with bars against the largest', () => {
    expect(tierLines(report)).toEqual([
      { key: 'deep', files: 2, members: 5, bar: 1 },
      { key: 'relative', files: 1, members: 3, bar: 0.5 },
      { key: 'sudden', files: 0, members: 0, bar: 0 },
    ]);
  });

  it('keeps the causes in order with bars, and no bar at all without files', () => {
    expect(causeLines(report).map((line) => [line.key, line.bar])).toEqual([
      ['illness', 1],
      ['disability', 0],
      ['other', 1 / 3],
    ]);
    const none = causeLines({ ...report, byCause: [{ cause: 'illness', files: 0 }] });
    expect(none).toEqual([{ key: 'illness', files: 0, bar: 0 }]);
  });

  it("starts the year's count on the first of January of the report day", () => {
    expect(yearStart('2025-06-14')).toBe('2025-01-01');
  });
});
