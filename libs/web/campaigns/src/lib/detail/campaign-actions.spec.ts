import { can, type CampaignView, type Role } from '@worker-aid/shared/domain';
import { campaignOffer } from './campaign-actions';

const campaign = { id: 'c-1', status: 'draft', createdBy: 'u-m', noticeEndsOn: null } as CampaignView;
const as = (role: Role) => (permission: Parameters<typeof can>[1]) => can(role, permission);

describe('campaignOffer', () => {
  it('lets the manager build the roster and submit a draft, nobody else', () => {
    expect(campaignOffer(campaign, 'u-m', as('manager'), '2026-12-01')).toMatchObject({
      actions: ['submit'],
      editRoster: true,
      newBatch: false,
    });
    expect(campaignOffer(campaign, 'u-f', as('finance'), '2026-12-01')).toMatchObject({
      actions: [],
      editRoster: false,
    });
  });

  it('hides approve from the creator and says why; another reviewer approves or returns', () => {
    const submitted = { ...campaign, status: 'submitted' } as CampaignView;
    expect(campaignOffer(submitted, 'u-m', as('manager'), '2026-12-01')).toMatchObject({
      actions: ['return'],
      ownCampaign: true,
      editRoster: false,
    });
    expect(campaignOffer(submitted, 'u-r', as('reviewer'), '2026-12-01')).toMatchObject({
      actions: ['approve', 'return'],
      ownCampaign: false,
    });
  });

  it('offers finance a batch only once the notice is over', () => {
    const approved = { ...campaign, status: 'approved', noticeEndsOn: '2026-12-05' } as CampaignView;
    expect(campaignOffer(approved, 'u-f', as('finance'), '2026-12-05')).toMatchObject({
      newBatch: false,
      inNotice: true,
    });
    expect(campaignOffer(approved, 'u-f', as('finance'), '2026-12-06')).toMatchObject({
      newBatch: true,
      inNotice: false,
      actions: [],
    });
    expect(campaignOffer(approved, 'u-m', as('manager'), '2026-12-06').actions).toEqual(['close']);
  });

  it('takes objections during the notice from caseworkers and reviewers, never from finance', () => {
    const approved = { ...campaign, status: 'approved', noticeEndsOn: '2026-12-05' } as CampaignView;
    expect(campaignOffer(approved, 'u-c', as('caseworker'), '2026-12-05').objections).toBe(true);
    expect(campaignOffer(approved, 'u-r', as('reviewer'), '2026-12-05').objections).toBe(true);
    expect(campaignOffer(approved, 'u-f', as('finance'), '2026-12-05').objections).toBe(false);
    expect(campaignOffer(approved, 'u-c', as('caseworker'), '2026-12-06').objections).toBe(false);
  });

  it('lets a reviewer other than the creator put a held line back, while the campaign is approved', () => {
    const approved = { ...campaign, status: 'approved', noticeEndsOn: '2026-12-05' } as CampaignView;
    expect(campaignOffer(approved, 'u-r', as('reviewer'), '2026-12-06').reinstate).toBe(true);
    expect(campaignOffer(approved, 'u-m', as('manager'), '2026-12-06').reinstate).toBe(false);
    expect(campaignOffer(approved, 'u-c', as('caseworker'), '2026-12-06').reinstate).toBe(false);
    const closed = { ...approved, status: 'closed' } as CampaignView;
    expect(campaignOffer(closed, 'u-r', as('reviewer'), '2026-12-06').reinstate).toBe(false);
  });
});
