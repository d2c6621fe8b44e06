import type { ImportLanguage, ImportRowResult } from '@worker-aid/shared/domain';

/** What a report row says became of it; `example` is the template's untouched example row. */
export type ImportReportResult = ImportRowResult | 'example';

export interface ImportReportLabels {
  sheet: string;
  row: string;
  result: string;
  problems: string;
  /** Between a column's heading and a problem's text, and between two problems. */
  fieldSeparator: string;
  problemSeparator: string;
  results: Record<ImportReportResult, string>;
  summarySheet: string;
  fileName: string;
  generatedAt: string;
  total: string;
}

export const IMPORT_REPORT_LABELS: Readonly<Record<ImportLanguage, ImportReportLabels>> = {
  'zh-CN': {
    sheet: '导入结果',
    row: '原行号',
    result: '结果',
    problems: '问题',
    fieldSeparator: '：',
    problemSeparator: '；',
    results: {
      valid: '有效',
      invalid: '无效',
      duplicate: '重复',
      imported: '已导入',
      example: '示例行（未导入）',
    },
    summarySheet: '概要',
    fileName: '文件',
    generatedAt: '生成时间',
    total: '行数',
  },
  en: {
    sheet: 'Import result',
    row: 'row',
    result: 'result',
    problems: 'problems',
    fieldSeparator: ': ',
    problemSeparator: '; ',
    results: {
      valid: 'valid',
      invalid: 'invalid',
      duplicate: 'duplicate',
      imported: 'imported',
      example: 'example (not imported)',
    },
    summarySheet: 'Summary',
    fileName: 'file',
    generatedAt: 'generated',
    total: 'rows',
  },
};

/**
 * The texts of the field codes an import can produce, copied from the web's translations
 * (`web/public/i18n/zh-CN.json` and `en.json`, `fieldErrors`; `id_number.*` from its nested
 * `id_number` object). Keep them in step when those change.
 */
export const IMPORT_FIELD_CODE_TEXTS: Readonly<Record<ImportLanguage, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    required: '必填项',
    max_length: '内容过长',
    min_length: '内容过短',
    string: '应为文字',
    one_of: '不是可选的值',
    phone: '电话号码格式不正确',
    bank_account: '银行账号应为 10–30 位数字',
    'id_number.length': '身份证号码应为 18 位',
    'id_number.format': '身份证号码应为 17 位数字加 1 位数字或 X',
    'id_number.region': '身份证号码的地区码无效',
    'id_number.birth_date': '身份证号码中的出生日期无效',
    'id_number.check_character': '身份证号码校验位不正确',
    'id_number.gender_mismatch': '性别与身份证号码不符',
    unit_code: '您的权限范围内没有这个单位代码',
    duplicate_in_sheet: '身份证号与表中前面的行重复',
    already_registered: '该身份证号的职工已经登记',
    number_cell: '长数字被存成了数值而丢失位数，请把该列设为文本格式',
    yes_no: '应填“是”或“否”',
    invalid: '不符合规则',
  },
  en: {
    required: 'Required',
    max_length: 'Too long',
    min_length: 'Too short',
    string: 'Must be text',
    one_of: 'Not one of the allowed values',
    phone: 'Not a valid phone number',
    bank_account: 'A bank account has 10–30 digits',
    'id_number.length': 'An identity number has 18 characters',
    'id_number.format': 'An identity number is 17 digits followed by a digit or X',
    'id_number.region': 'The region code of the identity number is not valid',
    'id_number.birth_date': 'The birth date in the identity number is not valid',
    'id_number.check_character': 'The check character of the identity number does not match',
    'id_number.gender_mismatch': 'The gender does not match the identity number',
    unit_code: 'No unit with this code in your scope',
    duplicate_in_sheet: 'Same identity number as an earlier row',
    already_registered: 'A worker with this identity number is already registered',
    number_cell: 'The long number was stored as a number and lost digits: format the column as text',
    yes_no: 'Must be yes or no',
    invalid: 'Breaks a rule',
  },
};

/** A field code's text in `lang`; a code without one shows as the code itself. */
export function importFieldCodeText(lang: ImportLanguage, code: string): string {
  const texts = IMPORT_FIELD_CODE_TEXTS[lang];
  return Object.hasOwn(texts, code) ? texts[code] : code;
}
