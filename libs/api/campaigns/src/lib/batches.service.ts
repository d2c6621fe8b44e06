import { Injectable } from '@nestjs/common';

/** Batches of a campaign's lines: bank payroll files, results, receipts. */
@Injectable()
export class BatchesService {}
