import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportSummary } from '@worker-aid/shared/domain';

interface Tile {
  count: 'total' | 'valid' | 'invalid' | 'duplicates' | 'imported';
  value: number;
}

/** The rows of an import as tiles: all, valid, invalid, duplicates, and once done the workers registered. */
@Component({
  selector: 'wa-import-counts',
  imports: [DecimalPipe, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (tile of tiles(); track tile.count) {
      <div class="tile" [class]="'tile-' + tile.count">
        <span class="label">{{ 'imports.counts.' + tile.count | transloco }}</span>
        <span class="value" [attr.data-testid]="'import-count-' + tile.count">{{
          tile.value | number: '1.0-0' : 'en'
        }}</span>
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .tile {
      display: flex;
      flex: 1 1 120px;
      flex-direction: column;
      gap: 4px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .label {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      font: var(--mat-sys-headline-small);
      font-variant-numeric: tabular-nums;
    }
    .tile-valid .value {
      color: #1b5e20;
    }
    .tile-invalid .value {
      color: var(--mat-sys-error);
    }
    .tile-duplicates .value {
      color: #8a5300;
    }
    .tile-imported {
      color: #0d47a1;
      background: #e1ecfa;
    }
  `,
})
export class ImportCounts {
  readonly summary = input.required<ImportSummary>();

  protected readonly tiles = computed<Tile[]>(() => {
    const s = this.summary();
    const tiles: Tile[] = [
      { count: 'total', value: s.total },
      { count: 'valid', value: s.valid },
      { count: 'invalid', value: s.invalid },
      { count: 'duplicates', value: s.duplicates },
    ];
    if (s.status === 'done') tiles.push({ count: 'imported', value: s.imported });
    return tiles;
  });
}
