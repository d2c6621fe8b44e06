import { Routes } from '@angular/router';

/** The banks' payroll layouts under `/campaigns` (helper D2 fills this in). */
export const bankLayoutsRoutes: Routes = [];
