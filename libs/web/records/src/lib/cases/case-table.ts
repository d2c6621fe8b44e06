import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { inNotice, todayInCenter, type CaseListItem, type CaseType } from '@worker-aid/shared/domain';
import { CASE_TYPE_ICONS, CaseStatusChip, DateTimePipe, FenPipe } from '@worker-aid/web/ui';
import { LanguageService, UnitDirectory } from '@worker-aid/web/core';

const ALL_COLUMNS = [
  'caseNo',
  'type',
  'worker',
  'unit',
  'status',
  'requested',
  'approved',
  'summary',
  'createdAt',
];

/**
 * The rows of a case list; each row opens the case. Rows are `<rowTestId>-<caseNo>`. Under the
 * status: the level a submitted case awaits, or the end of an approved case's public notice.
 * Shared by the case list, the review queue and a worker's aid history.
 */
@Component({
  selector: 'wa-case-table',
  imports: [MatIconModule, MatTableModule, RouterLink, TranslocoPipe, CaseStatusChip, DateTimePipe, FenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table mat-table [dataSource]="cases()" [attr.data-testid]="tableTestId()">
        <ng-container matColumnDef="caseNo">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.caseNo' | transloco }}</th>
          <td mat-cell *matCellDef="let c">
            <a class="link mono" [routerLink]="['/cases', c.id]">{{ c.caseNo }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="type">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.type' | transloco }}</th>
          <td mat-cell *matCellDef="let c">
            <span class="type">
              <mat-icon aria-hidden="true">{{ icon(c.type) }}</mat-icon
              >{{ 'caseTypes.' + c.type | transloco }}
            </span>
          </td>
        </ng-container>
        <ng-container matColumnDef="worker">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.worker' | transloco }}</th>
          <td mat-cell *matCellDef="let c">{{ c.workerName }}</td>
        </ng-container>
        <ng-container matColumnDef="unit">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.unit' | transloco }}</th>
          <td mat-cell *matCellDef="let c" class="muted">{{ unitName(c.unitId) }}</td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.status' | transloco }}</th>
          <td mat-cell *matCellDef="let c">
            <span class="status">
              <wa-case-status-chip [status]="c.status" />
              @if (c.status === 'submitted' && c.awaitingLevel) {
                <span class="stage" [attr.data-testid]="'case-awaiting-' + c.caseNo">{{
                  'approval.awaitingLevel'
                    | transloco: { level: ('unitLevels.' + c.awaitingLevel | transloco) }
                }}</span>
              } @else if (inNotice(c)) {
                <span class="stage in-notice" [attr.data-testid]="'case-in-notice-' + c.caseNo">{{
                  'approval.inNoticeUntil' | transloco: { end: c.noticeEndsOn }
                }}</span>
              }
            </span>
          </td>
        </ng-container>
        <ng-container matColumnDef="requested">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'cases.columns.requested' | transloco }}</th>
          <td mat-cell *matCellDef="let c" class="num">{{ c.requestedAmount | fen }}</td>
        </ng-container>
        <ng-container matColumnDef="approved">
          <th mat-header-cell *matHeaderCellDef class="num">{{ 'cases.columns.approved' | transloco }}</th>
          <td mat-cell *matCellDef="let c" class="num">
            {{ c.approvedAmount === null ? '—' : (c.approvedAmount | fen) }}
          </td>
        </ng-container>
        <ng-container matColumnDef="summary">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.summary' | transloco }}</th>
          <td mat-cell *matCellDef="let c" class="summary" [title]="c.summary">{{ c.summary }}</td>
        </ng-container>
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef>{{ 'cases.columns.createdAt' | transloco }}</th>
          <td mat-cell *matCellDef="let c">{{ c.createdAt | waDateTime: lang() : 'date' }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns(); sticky: true"></tr>
        <tr
          mat-row
          *matRowDef="let c; columns: columns()"
          class="clickable"
          [routerLink]="['/cases', c.id]"
          [attr.data-testid]="rowTestId() + '-' + c.caseNo"
        ></tr>
        <tr class="mat-mdc-row no-data" *matNoDataRow>
          <td class="mat-mdc-cell" [attr.colspan]="columns().length"><ng-content /></td>
        </tr>
      </table>
    </div>
  `,
  styles: `
    .table-scroll {
      overflow-x: auto;
    }
    table {
      width: 100%;
      min-width: 980px;
      background: transparent;
    }
    th,
    td {
      white-space: nowrap;
    }
    .num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .summary {
      max-width: 180px;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .link {
      color: var(--mat-sys-primary);
      font-weight: 500;
      text-decoration: none;
    }
    .mono {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 13px;
    }
    .type {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .type mat-icon {
      width: 18px;
      height: 18px;
      font-size: 18px;
      color: var(--mat-sys-primary);
    }
    tr.clickable {
      cursor: pointer;
    }
    tr.clickable:hover td {
      background: var(--mat-sys-surface-container-low);
    }
    .no-data td {
      border-bottom: none;
    }
    .status {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 2px;
    }
    .stage {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .stage.in-notice {
      color: #7a4a00;
    }
  `,
})
export class CaseTable {
  private readonly units = inject(UnitDirectory);
  protected readonly lang = inject(LanguageService).active;
  private readonly today = todayInCenter();
  /** The unit column only helps a user who sees more than one unit. */
  protected readonly columns = computed(() =>
    ALL_COLUMNS.filter(
      (column) =>
        !this.hideColumns().includes(column) && (column !== 'unit' || this.units.units().length > 1),
    ),
  );

  readonly cases = input.required<readonly CaseListItem[]>();
  readonly rowTestId = input('case-row');
  readonly tableTestId = input('case-table');
  /** Columns a page leaves out, e.g. `worker` on the worker's own page. */
  readonly hideColumns = input<readonly string[]>([]);

  /** Approved and still in public notice: not to be paid yet. */
  protected inNotice(item: CaseListItem): boolean {
    return item.status === 'approved' && inNotice(item, this.today);
  }

  protected icon(type: CaseType): string {
    return CASE_TYPE_ICONS[type];
  }

  protected unitName(unitId: string): string {
    return this.units.unit(unitId)?.name ?? '—';
  }
}
