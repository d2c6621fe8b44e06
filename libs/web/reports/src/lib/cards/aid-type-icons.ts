import type { AidType } from '@worker-aid/shared/domain';
import { CASE_TYPE_ICONS } from '@worker-aid/web/ui';

/** The cases' icons, and the campaigns': a gift for the festival visits, the sun for summer cooling. */
export const AID_TYPE_ICONS: Readonly<Record<AidType, string>> = {
  ...CASE_TYPE_ICONS,
  festival: 'redeem',
  summer: 'wb_sunny',
  other_campaign: 'campaign',
};
