import {
  campaignRulesProblems,
  type CampaignAmount,
  type CampaignEligibility,
  type CampaignKind,
} from '@worker-aid/shared/domain';
import { apiError, invalid } from '@worker-aid/api/core';
import type { Campaign } from './entities/campaign.entity';

/** 409 `campaign.not_draft` unless the campaign is a draft: only then are its rules and roster open. */
export function assertDraft(campaign: Pick<Campaign, 'status'>): void {
  if (campaign.status !== 'draft') {
    throw apiError(
      'campaign.not_draft',
      `status: a ${campaign.status} campaign's rules and roster are fixed`,
    );
  }
}

/** The rules as stored: 400 `validation` naming every problem, else eligibility and amounts cleaned. */
export function checkedRules(rules: {
  kind: CampaignKind;
  eligibility: CampaignEligibility;
  amounts: readonly CampaignAmount[];
}): { eligibility: CampaignEligibility; amounts: CampaignAmount[] } {
  const problems = campaignRulesProblems(rules);
  if (problems.length > 0) throw invalid(problems);
  return {
    eligibility: {
      tiers: [...rules.eligibility.tiers],
      ...(rules.eligibility.migrantOnly ? { migrantOnly: true } : {}),
    },
    amounts: rules.amounts.map(({ tier, level, amount }) =>
      level ? { tier, level, amount } : { tier, amount },
    ),
  };
}
