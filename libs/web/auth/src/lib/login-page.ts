import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService, LanguageSwitch, problemMessageKey, toApiProblem } from '@worker-aid/web/core';
import { ErrorBox } from '@worker-aid/web/ui';

/** 登录: a centred card with the product's name, username and password. */
@Component({
  selector: 'wa-login-page',
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    TranslocoPipe,
    LanguageSwitch,
    ErrorBox,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required, Validators.maxLength(64)]],
    password: ['', [Validators.required, Validators.maxLength(256)]],
  });
  protected readonly busy = signal(false);
  protected readonly showPassword = signal(false);
  /** Translation key of what went wrong with the last attempt (other than throttling). */
  protected readonly errorKey = signal<string | null>(null);
  /** Seconds left before the API accepts another attempt (after a 429). */
  protected readonly waitSeconds = signal(0);
  protected readonly blocked = computed(() => this.waitSeconds() > 0);
  private countdown: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopCountdown());
  }

  protected async submit(): Promise<void> {
    if (this.busy() || this.blocked()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await this.auth.signIn(this.form.getRawValue());
      await this.router.navigateByUrl(this.returnUrl());
    } catch (error: unknown) {
      this.handleFailure(error);
    } finally {
      this.busy.set(false);
    }
  }

  private handleFailure(error: unknown): void {
    const problem = toApiProblem(error);
    if (problem.code === 'auth.bad_credentials') {
      this.errorKey.set('login.badCredentials');
      this.form.controls.password.reset();
    } else if (problem.code === 'auth.throttled') {
      this.startCountdown(problem.retryAfterSeconds ?? 60);
    } else {
      this.errorKey.set(problemMessageKey(problem));
    }
  }

  /** Only a path inside the app, never another site (`//evil.example`). */
  private returnUrl(): string {
    const url: unknown = this.route.snapshot.queryParamMap.get('returnUrl');
    return typeof url === 'string' &&
      url.startsWith('/') &&
      !url.startsWith('//') &&
      !url.startsWith('/login')
      ? url
      : '/';
  }

  private startCountdown(seconds: number): void {
    this.stopCountdown();
    this.waitSeconds.set(Math.max(1, Math.ceil(seconds)));
    this.countdown = setInterval(() => {
      const left = this.waitSeconds() - 1;
      this.waitSeconds.set(Math.max(0, left));
      if (left <= 0) {
        this.stopCountdown();
      }
    }, 1000);
  }

  private stopCountdown(): void {
    if (this.countdown !== null) clearInterval(this.countdown);
    this.countdown = null;
  }
}
