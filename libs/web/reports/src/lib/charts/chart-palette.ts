import type { AidType, FileTier } from '@worker-aid/shared/domain';

/**
 * One calm colour per kind of aid, shared by the cards and the charts so they read together:
 * the case types, then the campaigns' (festival visits in a festive plum, summer cooling in teal).
 */
export const CASE_TYPE_COLORS: Readonly<Record<AidType, string>> = {
  hardship: '#c0392b',
  medical: '#2f6ea5',
  education: '#d08a1c',
  legal: '#3b8a5f',
  festival: '#9c3d6e',
  summer: '#1f8a96',
  other_campaign: '#6b5b95',
};

/** Text and grid colours of the charts (Material's on-surface tones, as plain colours for SVG). */
export const CHART_TEXT = '#534341';
export const CHART_MUTED = '#857371';
export const CHART_GRID = '#e7dcda';
export const CHART_FONT =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

/** One colour per hardship tier: deep in the hardship red, relative in amber, sudden in blue. */
export const FILE_TIER_COLORS: Readonly<Record<FileTier, string>> = {
  deep: '#c0392b',
  relative: '#d08a1c',
  sudden: '#2f6ea5',
  none: '#857371',
};
