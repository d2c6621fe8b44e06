import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, startWith, switchMap } from 'rxjs';

/** A translation key, with its parameters when it has any. */
export type FieldErrorMessage = string | { key: string; params: Record<string, unknown> };

interface ShownMessage {
  key: string;
  params: Record<string, unknown>;
}

/**
 * The message of what is wrong with a field, on the `<mat-error>` of its form field:
 *
 *     <mat-error [waFieldError]="form.controls.phone" [messages]="{ pattern: 'workers.form.phonePattern' }" />
 *
 * The field's own messages (error name → translation key) come first, in their order; then
 * required, too long, and the rule the API said the field breaks (`server`: a translation key, put there by
 * `showServerErrors`).
 */
@Component({
  // On the <mat-error> itself: the form field projects and shows it as its own.
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'mat-error[waFieldError]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as message) {
      {{ message.key | transloco: message.params }}
    }
  `,
})
export class FieldError {
  readonly control = input.required<AbstractControl>({ alias: 'waFieldError' });
  readonly messages = input<Record<string, FieldErrorMessage>>({});

  private readonly errors = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          map(() => control.errors),
          startWith(control.errors),
        ),
      ),
    ),
    { initialValue: null },
  );
  protected readonly shown = computed(() => fieldErrorMessage(this.errors(), this.messages()));
}

/** The one message for a field's errors; null when it has none. */
export function fieldErrorMessage(
  errors: ValidationErrors | null,
  own: Record<string, FieldErrorMessage> = {},
): ShownMessage | null {
  if (!errors) return null;
  for (const [name, message] of Object.entries(own)) {
    if (name in errors) return typeof message === 'string' ? { key: message, params: {} } : message;
  }
  if ('required' in errors) return { key: 'validation.required', params: {} };
  const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxLength) return { key: 'validation.maxLength', params: { max: maxLength.requiredLength } };
  // The translation key of the rule the API said the field breaks (see `showServerErrors`).
  const server: unknown = errors['server'];
  if (typeof server === 'string') return { key: server, params: {} };
  return null;
}

/** The messages of a field that may be neither too short nor too long: one, naming both limits. */
export function lengthBetween(min: number, max: number): Record<string, FieldErrorMessage> {
  const message: FieldErrorMessage = { key: 'validation.lengthBetween', params: { min, max } };
  return { minlength: message, maxlength: message };
}
