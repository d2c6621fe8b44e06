import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { problemMessageKey, toApiProblem } from '../http/api-error';

/** Values interpolated into a translation, e.g. `{ name: 'CZ-EDU' }`. */
export type Params = Record<string, unknown>;

/** Short messages at the bottom of the screen, in the active language. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  success(key: string, params?: Params): void {
    this.show(key, params, 'wa-snack-success', 4000);
  }

  info(key: string, params?: Params): void {
    this.show(key, params, 'wa-snack-info', 5000);
  }

  error(key: string, params?: Params): void {
    this.show(key, params, 'wa-snack-error', 8000);
  }

  /** A general message for a failed request, by its status (with the correlation id of a 5xx). */
  failure(error: unknown): void {
    const problem = toApiProblem(error);
    const key = problemMessageKey(problem);
    this.error(problem.correlationId ? 'errors.withReference' : key, {
      message: this.transloco.translate(key),
      reference: problem.correlationId,
      seconds: problem.retryAfterSeconds ?? '',
    });
  }

  private show(key: string, params: Params | undefined, panelClass: string, duration: number): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('common.close'), {
      duration,
      panelClass,
      horizontalPosition: 'center',
      verticalPosition: 'bottom',
    });
  }
}
