import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatRippleModule } from '@angular/material/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ErrorBox, UnitLevelChip } from '@worker-aid/web/ui';
import { AuthService, InboxService, NAV_SECTIONS, UnitDirectory, visibleNav } from '@worker-aid/web/core';
import { InboxPanel } from './inbox-panel';

/**
 * 首页 = 待办: greets the user, then what waits for them (`InboxPanel`), then their unit, role and
 * shortcuts. A role with nothing to act on (the auditor) gets a note and the shortcuts.
 */
@Component({
  selector: 'wa-home-page',
  imports: [
    MatCardModule,
    MatIconModule,
    MatRippleModule,
    RouterLink,
    TranslocoPipe,
    ErrorBox,
    InboxPanel,
    UnitLevelChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
})
export class HomePage {
  private readonly auth = inject(AuthService);
  private readonly units = inject(UnitDirectory);

  protected readonly user = this.auth.currentUser;
  protected readonly unit = computed(() => this.units.unit(this.user()?.unitId));
  protected readonly shortcuts = computed(() => {
    this.user();
    return visibleNav(NAV_SECTIONS, (permission) => this.auth.can(permission))
      .flatMap((section) => section.items)
      .filter((item) => item.id !== 'home');
  });
  /** The greeting follows the time of day. */
  protected readonly greeting = greetingKey(new Date().getHours());
  protected readonly kinds = inject(InboxService).kinds;
}

export function greetingKey(hour: number): string {
  if (hour < 5) return 'home.greeting.evening';
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}
