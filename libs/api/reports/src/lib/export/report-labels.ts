import { AID_TYPE_WORDS, type AidType, type ReportGroup } from '@worker-aid/shared/domain';
import type { ReportLanguage } from '../reports.dto';

interface Labels {
  title: string;
  period: string;
  allTime: string;
  through: string;
  unit: string;
  generatedAt: string;
  total: string;
  groups: Record<ReportGroup, string>;
  persons: string;
  personTimes: string;
  amount: string;
  types: Record<AidType, string>;
  /** The campaign column of the cases' payments (no campaign). */
  noCampaign: string;
}

/** Headings of report files, in the words of DOMAIN.md. */
export const REPORT_LABELS: Readonly<Record<ReportLanguage, Labels>> = {
  'zh-CN': {
    title: '资金发放统计表',
    period: '统计期间',
    allTime: '全部',
    through: '至',
    unit: '统计单位',
    generatedAt: '生成时间',
    total: '合计',
    groups: { type: '帮扶类型', unit: '单位', month: '月份', fund: '资金来源', campaign: '专项活动' },
    persons: '人数',
    personTimes: '人次',
    amount: '金额（元）',
    types: AID_TYPE_WORDS['zh-CN'],
    noCampaign: '个案救助',
  },
  en: {
    title: 'Disbursement report',
    period: 'Period',
    allTime: 'all',
    through: 'to',
    unit: 'Unit',
    generatedAt: 'Generated',
    total: 'Total',
    groups: { type: 'Aid type', unit: 'Unit', month: 'Month', fund: 'Fund', campaign: 'Campaign' },
    persons: 'Persons',
    personTimes: 'Person-times',
    amount: 'Amount (yuan)',
    types: AID_TYPE_WORDS.en,
    noCampaign: 'Case aid',
  },
};

/** The file's language: `lang`, else the first supported language of `Accept-Language`, else Chinese. */
export function reportLanguage(
  lang: ReportLanguage | undefined,
  acceptLanguage: string | undefined,
): ReportLanguage {
  if (lang) return lang;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
