import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Money has one owner: every movement of money and every change of a fund's or a case's paid
 * totals goes through the funds feature's ledger (`LedgerService`, and `BulkPayments` for a batch's
 * lines, both moving a fund's totals through `moveFundTotals`). These are the only calls
 * that write them; each may be made from the one file named here and nowhere else in the API
 * (its libraries and the app, demo seeders included).
 */
const REPO = join(__dirname, '..', '..', '..');
const LEDGER = 'libs/api/funds/src/lib/ledger/ledger.service.ts';
const WRITERS: Record<string, string> = {
  /** A fund's totals: one conditional UPDATE, behind `moveFundTotals`. */
  moveTotals: 'libs/api/funds/src/lib/ledger/fund-totals.ts',
  /** A case's paid total, status and history (cases' `CasePayments`). */
  recordPaidChange: LEDGER,
  lockForPayment: LEDGER,
  /** Ledger rows. */
  insertAllocation: LEDGER,
  /** A case's paid total in its table, written for `CasePayments` only. */
  setPaidTotal: 'libs/api/cases/src/lib/case-payments.ts',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('money has one owner', () => {
  const files = [...sources(join(REPO, 'libs', 'api')), ...sources(join(REPO, 'api', 'src'))].map((path) => ({
    path: relative(REPO, path),
    text: readFileSync(path, 'utf8'),
  }));

  it.each(Object.entries(WRITERS))('calls %s from %s only', (method, allowed) => {
    const callers = files
      .filter((file) => new RegExp(`\\.${method}\\(`).test(file.text))
      .map((file) => file.path);
    expect(callers).toEqual([allowed]);
  });

  it('writes ledger rows from the ledger only', () => {
    const writers = files
      .filter((file) =>
        /\bdisbursements\.insert\(|\bmanager\.(save|insert)\(\s*(Disbursement|FundAllocation)\b/.test(
          file.text,
        ),
      )
      .map((file) => file.path);
    expect(writers).toEqual([LEDGER]);
  });

  it("writes a batch's ledger rows in bulk from the ledger's BulkPayments only", () => {
    const writers = files
      .filter((file) => /INSERT INTO disbursement\b/.test(file.text))
      .map((file) => file.path);
    expect(writers).toEqual(['libs/api/funds/src/lib/ledger/bulk-payments.service.ts']);
  });
});
