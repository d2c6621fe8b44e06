import type { CaseType } from '@worker-aid/shared/domain';

/** The icon of each kind of aid, shown next to its name (`caseTypes.<type>`). */
export const CASE_TYPE_ICONS: Readonly<Record<CaseType, string>> = {
  hardship: 'volunteer_activism',
  medical: 'medical_services',
  education: 'school',
  legal: 'gavel',
};
