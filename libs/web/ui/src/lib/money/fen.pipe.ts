import { Pipe, PipeTransform } from '@angular/core';
import { formatFen } from '@worker-aid/shared/domain';

/** Whole fen as money, `¥1,234.50`: `{{ case.requestedAmount | fen }}`; empty for null. */
@Pipe({ name: 'fen' })
export class FenPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatFen(value);
  }
}
