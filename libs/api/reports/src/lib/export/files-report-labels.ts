import type { FileHardshipCause, FileTier } from '@worker-aid/shared/domain';
import type { ReportLanguage } from '../reports.dto';

interface FilesReportLabels {
  title: string;
  unit: string;
  on: string;
  yearToDate: string;
  through: string;
  generatedAt: string;
  figure: string;
  count: string;
  active: string;
  members: string;
  closedThisYear: string;
  relapsedThisYear: string;
  tier: string;
  cause: string;
  files: string;
  people: string;
  tiers: Record<FileTier, string>;
  causes: Record<FileHardshipCause, string>;
}

/** Headings of the files report's files, in the words of DOMAIN.md part two. */
export const FILES_REPORT_LABELS: Readonly<Record<ReportLanguage, FilesReportLabels>> = {
  'zh-CN': {
    title: '困难职工档案统计表',
    unit: '统计单位',
    on: '统计日期',
    yearToDate: '本年累计期间',
    through: '至',
    generatedAt: '生成时间',
    figure: '项目',
    count: '数量',
    active: '在档户数',
    members: '覆盖家庭人口',
    closedThisYear: '本年退出档案(户)',
    relapsedThisYear: '本年回访返困(户)',
    tier: '困难类别',
    cause: '主要致困原因',
    files: '户数',
    people: '人数',
    tiers: { deep: '深度困难', relative: '相对困难', sudden: '意外致困', none: '不符合建档条件' },
    causes: {
      illness: '因病',
      disability: '因残',
      schooling: '因学',
      disaster: '因灾',
      accident: '因意外',
      unemployment: '失业',
      low_income: '收入低',
      enterprise_difficulty: '企业困难',
      single_parent: '单亲',
      other: '其他',
    },
  },
  en: {
    title: 'Hardship files report',
    unit: 'Unit',
    on: 'On',
    yearToDate: 'Year to date',
    through: 'to',
    generatedAt: 'Generated',
    figure: 'Figure',
    count: 'Count',
    active: 'Active files',
    members: 'People covered',
    closedThisYear: 'Files closed this year',
    relapsedThisYear: 'Relapses found this year',
    tier: 'Tier',
    cause: 'Main cause of hardship',
    files: 'Files',
    people: 'People',
    tiers: {
      deep: 'Deep hardship',
      relative: 'Relative hardship',
      sudden: 'Sudden hardship',
      none: 'In no tier',
    },
    causes: {
      illness: 'Illness',
      disability: 'Disability',
      schooling: "Children's schooling",
      disaster: 'Disaster',
      accident: 'Accident',
      unemployment: 'Unemployment',
      low_income: 'Low income',
      enterprise_difficulty: 'Enterprise difficulty',
      single_parent: 'Single parent',
      other: 'Other',
    },
  },
};
