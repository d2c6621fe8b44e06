import {
  canTransitionCampaign,
  inNotice,
  type CampaignAction,
  type CampaignView,
  type Permission,
} from '@worker-aid/shared/domain';

/** What the campaign page offers a user, by the campaign's status, the role and four eyes. */
export interface CampaignOffer {
  /** The transitions to show, in this order. */
  actions: CampaignAction[];
  /** Rebuild the roster, change lines: a draft, for campaigns:manage. */
  editRoster: boolean;
  /** The user could approve but created the campaign (四眼原则): the page says why there is no button. */
  ownCampaign: boolean;
  /** New batches: money:write, approved, out of notice. */
  newBatch: boolean;
  /** Approved, but still in public notice: no batch yet. */
  inNotice: boolean;
  /** 登记异议 on the roster's lines: in notice, for records:write or cases:decide. */
  objections: boolean;
  /** 恢复发放 of a line an objection held: approved, cases:decide, not the creator (四眼原则). */
  reinstate: boolean;
}

/** The permission each transition needs. */
const ACTION_PERMISSION: Record<CampaignAction, Permission> = {
  submit: 'campaigns:manage',
  approve: 'cases:decide',
  return: 'cases:decide',
  close: 'campaigns:manage',
};

export function campaignOffer(
  campaign: CampaignView,
  userId: string | null,
  can: (permission: Permission) => boolean,
  today: string,
): CampaignOffer {
  const own = userId !== null && campaign.createdBy === userId;
  const allowed = (action: CampaignAction) =>
    canTransitionCampaign(action, campaign.status) && can(ACTION_PERMISSION[action]);
  const actions = (['submit', 'approve', 'return', 'close'] as const).filter(
    (action) => allowed(action) && !(action === 'approve' && own),
  );
  const noticeRunning = campaign.status === 'approved' && inNotice(campaign, today);
  return {
    actions,
    editRoster: campaign.status === 'draft' && can('campaigns:manage'),
    ownCampaign: own && allowed('approve'),
    newBatch: campaign.status === 'approved' && !noticeRunning && can('money:write'),
    inNotice: noticeRunning,
    objections: noticeRunning && (can('records:write') || can('cases:decide')),
    reinstate: campaign.status === 'approved' && can('cases:decide') && !own,
  };
}
