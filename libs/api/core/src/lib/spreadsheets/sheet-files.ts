import { CENTER_TIME_ZONE } from '@worker-aid/shared/domain';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** When a sheet the API writes was made, on the center's clock: `2026-11-30 14:05`. */
export function generatedAt(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: CENTER_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(now);
}
