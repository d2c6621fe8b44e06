import { Routes } from '@angular/router';

/** The batch pages, `:id/batches/:batchId` under `/campaigns` (helper D2 fills this in). */
export const batchesRoutes: Routes = [];
