import { Controller } from '@nestjs/common';

/** `/api/campaigns/:id/batches` and `/api/batches/:id`: files, results, receipts. */
@Controller()
export class BatchesController {}
