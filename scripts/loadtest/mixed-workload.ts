import { randomUUID } from 'node:crypto';
import { IdentityNumbers } from './identity-numbers';
import type { RequestKind } from './request-kind';
import { Rotation } from './rotation';
import type { CaseworkerFixture, WorkloadFixtures } from './workload-fixtures';

/** A payment small enough (¥1) that each approved case, left ≥ ¥100 open by the seed, takes many. */
const PAYMENT_FEN = 100;

/**
 * The mixed workload: who does what, and on how many of the 50 connections (closed loop: each
 * connection sends its next request when the previous one is answered).
 */
export function mixedWorkload(f: WorkloadFixtures): RequestKind[] {
  const caseworker = new Rotation(f.caseworkers, 'caseworkers');
  const pick = <T>(choose: (c: CaseworkerFixture) => T[], what: string) =>
    new Rotation(
      f.caseworkers.flatMap((c) => choose(c).map((item) => ({ token: c.token, unitId: c.unitId, item }))),
      what,
    );
  const nextPages = pick((c) => c.cursors, 'next-page cursors');
  const cases = pick((c) => c.caseIds, 'cases');
  const workers = pick((c) => c.idNumbers, 'identity numbers');
  const managers = new Rotation(f.managerTokens, 'managers');
  const approved = new Rotation(f.approvedCaseIds, 'approved cases');
  const fresh = new IdentityNumbers();
  const year = { from: `${f.reportYear}-01-01`, to: `${f.reportYear}-12-31` };
  // Never in the future, wherever the server's clock says the day ends.
  const paidOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  return [
    {
      name: 'case list, page 1',
      connections: 10,
      next: () => ({ method: 'GET', path: '/api/cases', token: caseworker.next().token }),
    },
    {
      name: 'case list, next page',
      connections: 7,
      next: () => {
        const { token, item } = nextPages.next();
        return { method: 'GET', path: `/api/cases?cursor=${encodeURIComponent(item)}`, token };
      },
    },
    {
      name: 'case detail',
      connections: 6,
      next: () => {
        const { token, item } = cases.next();
        return { method: 'GET', path: `/api/cases/${item}`, token };
      },
    },
    {
      name: 'case history',
      connections: 4,
      next: () => {
        const { token, item } = cases.next();
        return { method: 'GET', path: `/api/cases/${item}/history`, token };
      },
    },
    {
      name: 'worker lookup',
      connections: 5,
      next: () => {
        const { token, item } = workers.next();
        return { method: 'POST', path: '/api/workers/lookup', token, body: { idNumber: item } };
      },
    },
    {
      name: 'worker register',
      connections: 3,
      next: () => {
        const { token, unitId } = caseworker.next();
        return {
          method: 'POST',
          path: '/api/workers',
          token,
          body: { name: '压测职工', idNumber: fresh.take(), unitId, employer: '滁州市压测企业' },
        };
      },
    },
    {
      name: 'disbursement report',
      connections: 5,
      next: () => ({
        method: 'GET',
        path: `/api/reports/disbursements?from=${year.from}&to=${year.to}&groupBy=type,month`,
        token: managers.next(),
      }),
    },
    {
      name: 'legal report',
      connections: 4,
      next: () => ({
        method: 'GET',
        path: `/api/reports/legal?from=${year.from}&to=${year.to}`,
        token: managers.next(),
      }),
    },
    {
      name: 'payment',
      connections: 6,
      next: () => ({
        method: 'POST',
        path: `/api/cases/${approved.next()}/disbursements`,
        token: f.financeToken,
        headers: { 'idempotency-key': randomUUID() },
        body: { amount: PAYMENT_FEN, fundId: f.fundId, method: 'bank', paidOn, reference: 'LOADTEST' },
      }),
    },
  ];
}

/** Only the first page of one caseworker's cases: the request the baseline answers, for a like-for-like ratio. */
export function caseListOnly(f: WorkloadFixtures, connections: number): RequestKind[] {
  const token = f.caseworkers[0].token;
  return [
    {
      name: 'case list, page 1 (only)',
      connections,
      next: () => ({ method: 'GET', path: '/api/cases', token }),
    },
  ];
}
