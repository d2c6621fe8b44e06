import { CASE_TYPE_WORDS, type NoticeSubject } from '@worker-aid/shared/domain';
import type { NoticeLanguage } from './notices.dto';

interface RosterLabels {
  title: (unitName: string) => string;
  period: string;
  /** After a heading on the same line. */
  colon: string;
  through: string;
  none: string;
  /** Under the lines of a list cut at `NOTICE_ITEMS_MAX`. */
  cut: (max: string) => string;
  generatedAt: string;
  headers: readonly string[];
  aid: Record<NoticeSubject, string>;
  /** Where to object: the policy's words, or the unit when the policy names no place. */
  objections: (contact: string) => string;
  objectionsToUnit: (unitName: string) => string;
  fileName: (unitName: string) => string;
}

/** The words of a posted roster (公示名单), in the terms of DOMAIN.md. */
export const ROSTER_LABELS: Readonly<Record<NoticeLanguage, RosterLabels>> = {
  'zh-CN': {
    title: (unitName) => `${unitName} 帮扶公示`,
    period: '公示期',
    colon: '：',
    through: '至',
    none: '暂无公示',
    cut: (max) => `公示项目较多，此处只列出前 ${max} 项：请按下级单位分别生成公示名单。`,
    generatedAt: '生成时间',
    headers: ['序号', '姓名', '身份证号码', '帮扶类型', '金额(元)', '公示期至', '编号'],
    aid: { ...CASE_TYPE_WORDS['zh-CN'], file: '困难职工建档', campaign: '专项帮扶活动' },
    objections: (contact) => `如有异议，请于公示期内反映：${contact}`,
    objectionsToUnit: (unitName) => `如有异议，请于公示期内向${unitName}反映。`,
    fileName: (unitName) => `${unitName}帮扶公示`,
  },
  en: {
    title: (unitName) => `Public notice — ${unitName}`,
    period: 'Notice period',
    colon: ': ',
    through: 'to',
    none: 'nothing in notice',
    cut: (max) => `Only the first ${max} lines are listed: make a roster for each unit below instead.`,
    generatedAt: 'Generated',
    headers: ['No.', 'Name', 'Identity number', 'Aid', 'Amount (yuan)', 'Notice until', 'Reference'],
    aid: { ...CASE_TYPE_WORDS.en, file: 'Hardship file', campaign: 'Campaign' },
    objections: (contact) => `Objections during the notice period: ${contact}`,
    objectionsToUnit: (unitName) => `Objections during the notice period: to ${unitName}.`,
    fileName: (unitName) => `Public notice - ${unitName}`,
  },
};
