import type { ImportLanguage } from '@worker-aid/shared/domain';

export interface WorkerTemplateLabels {
  workersSheet: string;
  unitsSheet: string;
  unitCode: string;
  unitName: string;
  requiredNote: string;
  exampleNote: string;
  choose: string;
  chooseUnit: string;
}

/** The template's own words, besides the shared headings and dropdown words. */
export const WORKER_TEMPLATE_LABELS: Readonly<Record<ImportLanguage, WorkerTemplateLabels>> = {
  'zh-CN': {
    workersSheet: '职工',
    unitsSheet: '单位代码',
    unitCode: '单位代码',
    unitName: '单位名称',
    requiredNote: '必填',
    exampleNote: '这是示例行：请改写成真实职工的信息，或者删除这一行。原样保留的示例行不会导入。',
    choose: '请从下拉列表中选择。',
    chooseUnit: '请从下拉列表中选择单位代码（见“单位代码”工作表）。',
  },
  en: {
    workersSheet: 'Workers',
    unitsSheet: 'Unit codes',
    unitCode: 'Unit code',
    unitName: 'Unit name',
    requiredNote: 'Required',
    exampleNote:
      'This is an example row: overwrite it with a real worker or delete it. An example row left as it is will not be imported.',
    choose: 'Choose a value from the list.',
    chooseUnit: 'Choose a unit code from the list (see the "Unit codes" sheet).',
  },
};
