// payments (资金发放): the case page shows the panel, the funds feature the ledger
export * from './lib/payments/payment-rules';
export * from './lib/payments/record-payment-dialog';
export * from './lib/payments/reversal-dialog';
export * from './lib/payments/case-payments-panel';
// the case table of the case list, the review queue and a worker's file
export * from './lib/cases/case-table';
// the worker picker of the case form and the hardship file form
export * from './lib/workers/worker-picker';
// public notice (公示): the banner of a case or file in notice, and the objection dialog of both
export * from './lib/notice/notice-banner';
export * from './lib/notice/objection-dialog';
export * from './lib/notice/history-detail';
