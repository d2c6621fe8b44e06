import { readHistoryDetail } from './history-detail';

describe('readHistoryDetail', () => {
  it('reads an approval step and an objection', () => {
    expect(readHistoryDetail({ level: 'industry', amount: 800000, final: false })).toEqual({
      level: 'industry',
      amount: 800000,
      final: false,
      receivedVia: null,
    });
    expect(readHistoryDetail({ receivedVia: 'letter' })).toEqual({
      level: null,
      amount: null,
      final: null,
      receivedVia: 'letter',
    });
  });

  it('ignores what it does not know, and answers null when nothing is left', () => {
    expect(readHistoryDetail(null)).toBeNull();
    expect(readHistoryDetail('final')).toBeNull();
    expect(
      readHistoryDetail({ level: 'province', amount: 1.5, final: 'yes', receivedVia: 'fax' }),
    ).toBeNull();
  });
});
