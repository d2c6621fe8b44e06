import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatRippleModule } from '@angular/material/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitLevelChip } from '@worker-aid/web/ui';
import { AuthService } from '../auth/auth.service';
import { UnitDirectory } from '../units/unit-directory';
import { NAV_SECTIONS, visibleNav } from './nav-items';

/** 首页: greets the user with their unit and role; a dashboard comes with the case features. */
@Component({
  selector: 'wa-home-page',
  imports: [MatCardModule, MatIconModule, MatRippleModule, RouterLink, TranslocoPipe, UnitLevelChip],
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
}

export function greetingKey(hour: number): string {
  if (hour < 5) return 'home.greeting.evening';
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}
