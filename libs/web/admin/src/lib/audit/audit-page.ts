import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AuditEntryView } from '@worker-aid/shared/domain';
import { keysetList, LanguageService, UnitDirectory } from '@worker-aid/web/core';
import { DateTimePipe, EmptyState, PageHeader } from '@worker-aid/web/ui';
import { AuditApi } from '@worker-aid/web/data-access';

const PAGE_SIZE = 50;

/** 操作日志: the audit trail, newest first, fifty lines at a time ("load more"). */
@Component({
  selector: 'wa-audit-page',
  imports: [
    MatTableModule,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    TranslocoPipe,
    PageHeader,
    EmptyState,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
})
export class AuditPage {
  private readonly api = inject(AuditApi);
  private readonly transloco = inject(TranslocoService);
  private readonly units = inject(UnitDirectory);
  protected readonly lang = inject(LanguageService).active;

  protected readonly columns = ['at', 'action', 'entity', 'actor', 'detail'];
  /** The trail, newest first, fifty lines at a time. */
  protected readonly trail = keysetList<Record<string, never>, AuditEntryView>({
    fetch: (_query, cursor) => this.api.list(cursor, PAGE_SIZE),
  });
  /** An answer came (before it, "no entries" would be a lie). */
  protected readonly loadedOnce = computed(() => this.trail.query() !== null);
  private readonly unitNames = computed(
    () => new Map(this.units.units().map((unit) => [unit.id, unit.name])),
  );

  constructor() {
    this.trail.load({});
    this.units.ensureLoaded().catch(() => undefined);
  }

  /** A known action in the active language (`auth.login` → 登录), otherwise its code. */
  protected actionLabel(action: string, lang: string): string {
    return this.known(`auditActions.${action}`, lang) ?? action;
  }

  protected entityLabel(entityType: string, lang: string): string {
    return this.known(`entityTypes.${entityType}`, lang) ?? entityType;
  }

  /** The detail object as `key: value` pairs. */
  protected detailText(detail: Record<string, unknown>): string {
    return Object.entries(detail ?? {})
      .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' · ');
  }

  /** The actor's name and login, as the API names them. */
  protected actorName(entry: AuditEntryView): string | null {
    return entry.actorUsername ? `${entry.actorDisplayName ?? ''} (${entry.actorUsername})`.trim() : null;
  }

  /** The name of a unit the entry is about, or of the user when they acted on themselves (logins). */
  protected entityName(entry: AuditEntryView): string | null {
    if (!entry.entityId) return null;
    if (entry.entityType === 'unit') return this.unitNames().get(entry.entityId) ?? null;
    if (entry.entityType === 'user' && entry.entityId === entry.actorId) return this.actorName(entry);
    return null;
  }

  protected shortId(id: string | null): string {
    return id ? id.slice(0, 8) : '—';
  }

  /** Failed logins and other refusals stand out. */
  protected isFailure(action: string): boolean {
    return /fail|denied|reject/i.test(action);
  }

  private known(key: string, lang: string): string | null {
    const translation = this.transloco.getTranslation(lang);
    return typeof translation[key] === 'string' ? this.transloco.translate(key, {}, lang) : null;
  }
}
