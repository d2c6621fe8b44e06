import {
  IMPORT_GENDERS,
  IMPORT_LANGUAGES,
  IMPORT_YES_NO,
  WORKER_IMPORT_COLUMNS,
  type ImportLanguage,
  type WorkerImportColumn,
} from '@worker-aid/shared/domain';

/** The example's texts that differ by language (the rest are numbers). */
const EXAMPLE_TEXTS: Readonly<Record<ImportLanguage, Record<'name' | 'employer' | 'address', string>>> = {
  'zh-CN': {
    name: '张三',
    employer: '北京市朝阳区建安建筑有限公司',
    address: '北京市朝阳区建国路 88 号 3 号楼 201 室',
  },
  en: {
    name: 'Zhang San',
    employer: 'Jian An Construction Co., Ltd., Chaoyang, Beijing',
    address: 'Room 201, Building 3, 88 Jianguo Road, Chaoyang District, Beijing',
  },
};

/**
 * Row 2 of the template, in `lang`'s words. The identity number is the national standard's
 * sample (GB 11643), a valid number of a woman born 1949-12-31; `unitCode` is the first unit of
 * whoever downloaded the template, so it is the only value that varies between downloads.
 */
export const WORKER_TEMPLATE_EXAMPLE = (
  lang: ImportLanguage,
  unitCode = '',
): Record<WorkerImportColumn, string> => ({
  name: EXAMPLE_TEXTS[lang].name,
  idNumber: '11010519491231002X',
  unitCode,
  gender: IMPORT_GENDERS[lang].female,
  phone: '13800138000',
  employer: EXAMPLE_TEXTS[lang].employer,
  address: EXAMPLE_TEXTS[lang].address,
  migrantWorker: IMPORT_YES_NO[lang].yes,
  bankAccount: '6222020200112233445',
});

/**
 * Whether a row is the template's example left as it was (in either language): every column
 * but the unit code, trimmed, equals the example's. The importer skips such a row.
 */
export function isWorkerTemplateExample(cells: Partial<Record<WorkerImportColumn, string | null>>): boolean {
  return IMPORT_LANGUAGES.some((lang) => {
    const example = WORKER_TEMPLATE_EXAMPLE(lang);
    return WORKER_IMPORT_COLUMNS.every(
      (column) => column === 'unitCode' || (cells[column] ?? '').trim() === example[column],
    );
  });
}
