import {
  FormControl,
  FormGroup,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import {
  CAMPAIGN_NAME_MAX_LENGTH,
  CAMPAIGN_TIERS,
  CAMPAIGN_YEAR_MAX,
  CAMPAIGN_YEAR_MIN,
  parseYuan,
  requiredAmountKeys,
  SCHOOL_AID_LEVELS,
  type CampaignAmount,
  type CampaignKind,
  type CampaignTier,
  type CreateCampaignRequest,
  type SchoolAidLevel,
} from '@worker-aid/shared/domain';
import { yuanValidator } from '@worker-aid/web/ui';

/**
 * The rules of a new campaign (step 1 of the wizard) as a form, and the request they make. An
 * amount is asked for each chosen tier, and for school aid for each tier and school level: the
 * other amount fields are disabled, so they neither block the form nor reach the request.
 */

/** One amount the rules may name: a tier, and for school aid a level. */
export interface AmountSlot {
  tier: CampaignTier;
  level?: SchoolAidLevel;
}

/** The form control of a slot: `deep`, `deep_senior_high`. */
export function amountKey(slot: AmountSlot): string {
  return slot.level ? `${slot.tier}_${slot.level}` : slot.tier;
}

/** Every slot a campaign of any kind may use, in the order the form shows them. */
export const ALL_AMOUNT_SLOTS: readonly AmountSlot[] = [
  ...CAMPAIGN_TIERS.map((tier) => ({ tier })),
  ...CAMPAIGN_TIERS.flatMap((tier) => SCHOOL_AID_LEVELS.map((level) => ({ tier, level }))),
];

/** The slots a campaign of `kind` paying `tiers` needs an amount for (`requiredAmountKeys`), in tier order. */
export function amountSlots(kind: CampaignKind, tiers: readonly CampaignTier[]): AmountSlot[] {
  return requiredAmountKeys(
    kind,
    CAMPAIGN_TIERS.filter((tier) => tiers.includes(tier)),
  );
}

/** An amount above zero (`{ positive: true }` otherwise); leaves the format to `yuanValidator`. */
export function positiveYuan(control: AbstractControl<string | null>): ValidationErrors | null {
  const amount = parseYuan(control.value ?? '');
  return amount !== null && amount <= 0 ? { positive: true } : null;
}

/** At least one tier ticked (`{ noTier: true }` on the group otherwise). */
export function atLeastOneTier(group: AbstractControl): ValidationErrors | null {
  return Object.values(group.value as Record<string, boolean>).some(Boolean) ? null : { noTier: true };
}

export type TierControls = Record<CampaignTier, FormControl<boolean>>;

export function createRulesForm(year: number) {
  const tiers = Object.fromEntries(
    CAMPAIGN_TIERS.map((tier) => [tier, new FormControl(true, { nonNullable: true })]),
  ) as TierControls;
  const amounts = Object.fromEntries(
    ALL_AMOUNT_SLOTS.map((slot) => [
      amountKey(slot),
      new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, yuanValidator(), positiveYuan],
      }),
    ]),
  ) as Record<string, FormControl<string>>;
  const form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(CAMPAIGN_NAME_MAX_LENGTH)],
    }),
    kind: new FormControl<CampaignKind>('festival', { nonNullable: true }),
    year: new FormControl(year, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(CAMPAIGN_YEAR_MIN), Validators.max(CAMPAIGN_YEAR_MAX)],
    }),
    fundId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    tiers: new FormGroup(tiers, { validators: atLeastOneTier }),
    migrantOnly: new FormControl(false, { nonNullable: true }),
    amounts: new FormGroup(amounts),
  });
  syncAmountControls(form);
  return form;
}

export type RulesForm = ReturnType<typeof createRulesForm>;

export function chosenTiers(form: RulesForm): CampaignTier[] {
  const ticked = form.controls.tiers.getRawValue();
  return CAMPAIGN_TIERS.filter((tier) => ticked[tier]);
}

/** Enables the amount fields the kind and the tiers need, and only those. */
export function syncAmountControls(form: RulesForm): void {
  const needed = new Set(amountSlots(form.controls.kind.value, chosenTiers(form)).map(amountKey));
  for (const [key, control] of Object.entries(form.controls.amounts.controls)) {
    if (needed.has(key)) {
      if (control.disabled) control.enable({ emitEvent: false });
    } else if (control.enabled) {
      control.disable({ emitEvent: false });
    }
  }
  form.controls.amounts.updateValueAndValidity();
}

/** The request the rules make; null while the form is invalid. */
export function rulesRequest(form: RulesForm): CreateCampaignRequest | null {
  if (form.invalid) return null;
  const { name, kind, year, fundId, migrantOnly, amounts: texts } = form.getRawValue();
  const tiers = chosenTiers(form);
  const amounts: CampaignAmount[] = [];
  for (const slot of amountSlots(kind, tiers)) {
    const amount = parseYuan(texts[amountKey(slot)] ?? '');
    if (amount === null) return null;
    amounts.push({ ...slot, amount });
  }
  return {
    name: name.trim(),
    kind,
    year: Number(year),
    fundId,
    eligibility: { tiers, ...(migrantOnly ? { migrantOnly: true } : {}) },
    amounts,
  };
}

/** The request's fields that `PATCH` may change (a draft's kind is fixed). */
export function rulesUpdate(request: CreateCampaignRequest): Omit<CreateCampaignRequest, 'kind'> {
  const { name, fundId, year, eligibility, amounts } = request;
  return { name, fundId, year, eligibility, amounts };
}
