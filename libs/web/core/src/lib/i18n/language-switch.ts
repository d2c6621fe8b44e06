import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from './language.service';
import { LanguageCode } from './languages';

/** A button with the current language that opens a menu of the others. */
@Component({
  selector: 'wa-language-switch',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="language-button"
      [class.compact]="compact()"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.choose' | transloco"
      data-testid="language-switch"
    >
      <mat-icon>translate</mat-icon>
      @if (!compact()) {
        <span>{{ currentLabel() }}</span>
      }
    </button>
    <mat-menu #menu="matMenu">
      @for (language of languages.languages; track language.code) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="language.code"
          [attr.data-testid]="'language-' + language.code"
          [attr.aria-current]="language.code === languages.active()"
          (click)="choose(language.code)"
        >
          <mat-icon>{{ language.code === languages.active() ? 'check' : '' }}</mat-icon>
          <span>{{ language.label }}</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    /* Takes the colour of where it sits: white on the red toolbar and login backdrop. */
    .language-button {
      --mat-button-text-label-text-color: currentColor;
    }
    .language-button.compact {
      min-width: 0;
    }
  `,
})
export class LanguageSwitch {
  protected readonly languages = inject(LanguageService);
  /** Icon only, for narrow toolbars. */
  readonly compact = input(false);

  protected readonly currentLabel = computed(
    () => this.languages.languages.find((language) => language.code === this.languages.active())?.label ?? '',
  );

  protected choose(code: LanguageCode): void {
    void this.languages.use(code);
  }
}
