import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/** Route `title`s are translation keys; the window title is "<page> · <product>" in the active language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private pageKey: string | undefined;

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.apply());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const product = this.transloco.translate('app.name');
    this.title.setTitle(this.pageKey ? `${this.transloco.translate(this.pageKey)} · ${product}` : product);
  }
}
