import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageSwitch } from '../i18n/language-switch';
import { Notifier } from '../notify/notifier';
import { UnitDirectory } from '../units/unit-directory';
import { NAV_SECTIONS, visibleNav } from './nav-items';

/** Below this width the navigation becomes an overlay opened from the toolbar. */
const NARROW = '(max-width: 959.98px)';

/** The signed-in frame: toolbar (product, user, unit, language, logout) and the role's navigation. */
@Component({
  selector: 'wa-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatTooltipModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly units = inject(UnitDirectory);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly user = this.auth.currentUser;
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly unit = computed(() => this.units.unit(this.user()?.unitId));
  protected readonly sections = computed(() => {
    this.user();
    return visibleNav(NAV_SECTIONS, (permission) => this.auth.can(permission));
  });

  ngOnInit(): void {
    this.units.ensureLoaded().catch((error: unknown) => this.notifier.failure(error));
  }

  protected async logout(): Promise<void> {
    await this.auth.logout();
    this.notifier.info('auth.signedOut');
    await this.router.navigate(['/login']);
  }
}
