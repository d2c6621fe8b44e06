import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_TIERS,
  SCHOOL_AID_LEVELS,
  todayInCenter,
  type CampaignView,
  type FundView,
} from '@worker-aid/shared/domain';
import { loadLatest, Notifier } from '@worker-aid/web/core';
import { FundsApi } from '@worker-aid/web/data-access';
import {
  ErrorBox,
  FenPipe,
  FieldError,
  type FieldErrorMessage,
  PageHeader,
  TierBadge,
} from '@worker-aid/web/ui';
import { combineLatest, firstValueFrom, map, merge, of, startWith, switchMap } from 'rxjs';
import { CampaignsApi } from '../data-access/campaigns-api';
import { formProblem, type ShownProblem } from '../ui/problem';
import { amountKey, createRulesForm, rulesRequest, rulesUpdate, syncAmountControls } from './campaign-rules';

/** Below this width the steps stack (their labels do not fit side by side). */
const PHONE = '(max-width: 599.98px)';

const RULE_FIELDS = ['name', 'kind', 'year', 'fundId', 'tiers', 'migrantOnly', 'amounts'];

/**
 * 新建活动 in three steps: the rules (name, kind, year, fund, tiers, migrant workers only, the
 * amounts); then the campaign is created (or its draft updated) and its roster built, and the
 * preview shows the lines and the totals by tier; then it goes for approval, or stays a draft.
 */
@Component({
  selector: 'wa-campaign-wizard-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatStepperModule,
    TranslocoPipe,
    ErrorBox,
    FenPipe,
    FieldError,
    PageHeader,
    TierBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaign-wizard-page.html',
  styleUrl: './campaign-wizard-page.scss',
})
export class CampaignWizardPage {
  private readonly api = inject(CampaignsApi);
  private readonly fundsApi = inject(FundsApi);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);
  private readonly stepper = viewChild.required(MatStepper);

  protected readonly phone = toSignal(
    inject(BreakpointObserver)
      .observe(PHONE)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly kinds = CAMPAIGN_KINDS;
  protected readonly tiers = CAMPAIGN_TIERS;
  protected readonly levels = SCHOOL_AID_LEVELS;
  protected readonly amountKey = amountKey;
  protected readonly form = createRulesForm(Number(todayInCenter().slice(0, 4)));
  protected readonly amountMessages: Record<string, FieldErrorMessage> = {
    yuan: 'money.invalid',
    positive: 'campaigns.wizard.amountPositive',
  };
  protected readonly yearMessages: Record<string, FieldErrorMessage> = {
    min: 'campaigns.wizard.yearRange',
    max: 'campaigns.wizard.yearRange',
  };
  protected readonly funds = signal<FundView[]>([]);
  /** The draft once step 1 created it, with its roster's totals. */
  protected readonly campaign = signal<CampaignView | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<ShownProblem | null>(null);

  constructor() {
    loadLatest(of(null), () => this.fundsApi.list(), { next: (funds) => this.funds.set(funds) });
    const { kind, year, tiers, name } = this.form.controls;
    merge(kind.valueChanges, tiers.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe(() => syncAmountControls(this.form));
    // The name follows the kind and the year until the user writes one.
    combineLatest([
      kind.valueChanges.pipe(startWith(kind.value)),
      year.valueChanges.pipe(startWith(year.value)),
    ])
      .pipe(
        switchMap(([k, y]) => this.transloco.selectTranslate(`campaigns.defaultNames.${k}`, { year: y })),
        takeUntilDestroyed(),
      )
      .subscribe((text: string) => {
        if (!name.dirty) name.setValue(text);
      });
  }

  /** Step 1 → 2: creates the draft (or updates it when the user came back), builds its roster. */
  protected async buildRoster(): Promise<void> {
    if (this.busy()) return;
    const request = rulesRequest(this.form);
    if (!request) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      const existing = this.campaign();
      const draft = existing
        ? await firstValueFrom(this.api.update(existing.id, rulesUpdate(request)))
        : await firstValueFrom(this.api.create(request));
      // The kind is fixed once the draft exists.
      this.form.controls.kind.disable({ emitEvent: false });
      await firstValueFrom(this.api.buildRoster(draft.id));
      this.campaign.set(await firstValueFrom(this.api.get(draft.id)));
      // The step's [completed] binding catches up at the next rendering; the stepper moves now.
      const stepper = this.stepper();
      const rules = stepper.steps.get(0);
      if (rules) rules.completed = true;
      stepper.next();
    } catch (error: unknown) {
      this.problem.set(formProblem(error, this.form, RULE_FIELDS));
    } finally {
      this.busy.set(false);
    }
  }

  /** Step 3: the draft goes for approval; its page opens. */
  protected async submit(): Promise<void> {
    const campaign = this.campaign();
    if (!campaign || this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.api.transition(campaign.id, 'submit'));
      this.notifier.success('campaigns.actions.done.submit');
      await this.router.navigate(['/campaigns', campaign.id]);
    } catch (error: unknown) {
      this.problem.set(formProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async keepDraft(): Promise<void> {
    const campaign = this.campaign();
    if (campaign) await this.router.navigate(['/campaigns', campaign.id]);
  }
}
