import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TYPES,
  DISPUTE_KINDS,
  DOCUMENT_KINDS,
  EDUCATION_LEVELS,
  ERROR_CODE_LIST,
  FIELD_CODE_LIST,
  isErrorCode,
  HARDSHIP_CAUSES,
  LEGAL_OUTCOMES,
  ROLES,
  UNIT_LEVELS,
  type IdentityNumberError,
} from '@worker-aid/shared/domain';
import { errorCodeKey, fieldCodeKey, LANGUAGES, NAV_SECTIONS } from '@worker-aid/web/core';

const root = join(__dirname, '../../..');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

const translations = Object.fromEntries(
  LANGUAGES.map(({ code }) => [
    code,
    flatten(JSON.parse(readFileSync(join(root, 'web/public/i18n', `${code}.json`), 'utf8')) as Tree),
  ]),
) as Record<(typeof LANGUAGES)[number]['code'], Map<string, string>>;
const zh = translations['zh-CN'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every quoted `a.b.c` literal in the web sources whose first part is a top-level translation key. */
function literalKeys(): Map<string, string> {
  const topLevel = new Set([...zh.keys()].map((key) => key.split('.')[0]));
  const found = new Map<string, string>();
  const files = [...sources(join(root, 'web/src')), ...sources(join(root, 'libs/web'))];
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'([a-zA-Z]+(?:\.[a-zA-Z_]+)+)'/g)) {
      // An API error code (`'auth.throttled'`) is compared with, not translated as it stands.
      if (isErrorCode(match[1])) continue;
      if (topLevel.has(match[1].split('.')[0])) found.set(match[1], file.slice(root.length + 1));
    }
  }
  return found;
}

function params(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
}

describe('translations', () => {
  it.each(LANGUAGES.filter(({ code }) => code !== 'zh-CN').map(({ code }) => [code]))(
    '%s has exactly the keys of zh-CN, with the same placeholders',
    (code) => {
      const other = translations[code as keyof typeof translations];
      expect([...other.keys()].sort()).toEqual([...zh.keys()].sort());
      for (const [key, text] of zh) expect([key, params(other.get(key) ?? '')]).toEqual([key, params(text)]);
    },
  );

  it('has no empty text', () => {
    for (const flat of Object.values(translations)) {
      for (const [key, text] of flat) expect([key, text.trim().length > 0]).toEqual([key, true]);
    }
  });

  it('has every key the templates and code name literally', () => {
    const keys = literalKeys();
    expect(keys.size).toBeGreaterThan(50);
    const missing = [...keys].filter(([key]) => !zh.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has the keys built from domain values: roles, unit levels, navigation', () => {
    const built = [
      ...ROLES.flatMap((role) => [`roles.${role}`, `roleDescriptions.${role}`]),
      ...UNIT_LEVELS.flatMap((level) => [`unitLevels.${level}`, `units.form.nameHint.${level}`]),
      ...NAV_SECTIONS.flatMap((section) => [
        ...(section.heading ? [section.heading] : []),
        ...section.items.map((item) => item.label),
        ...section.items.filter((item) => item.id !== 'home').map((item) => `home.shortcutText.${item.id}`),
      ]),
    ];
    expect(built.filter((key) => !zh.has(key))).toEqual([]);
  });

  it('has the keys built from the case domain: types, statuses, actions, detail options, id-number errors', () => {
    const idErrors: IdentityNumberError[] = ['length', 'format', 'region', 'birthDate', 'checkCharacter'];
    const built = [
      ...CASE_TYPES.map((type) => `caseTypes.${type}`),
      ...CASE_STATUSES.map((status) => `caseStatuses.${status}`),
      ...CASE_ACTIONS.flatMap((action) => [
        `caseActions.${action}`,
        `historyActions.${action}`,
        `cases.actions.explain.${action}`,
        `cases.actions.done.${action}`,
      ]),
      'historyActions.create',
      'historyActions.update',
      ...HARDSHIP_CAUSES.map((cause) => `hardshipCauses.${cause}`),
      ...EDUCATION_LEVELS.map((level) => `educationLevels.${level}`),
      ...DISPUTE_KINDS.map((kind) => `disputeKinds.${kind}`),
      ...LEGAL_OUTCOMES.map((outcome) => `legalOutcomes.${outcome}`),
      ...DOCUMENT_KINDS.map((kind) => `documents.kinds.${kind}`),
      ...idErrors.map((error) => `idNumberErrors.${error}`),
      'genders.male',
      'genders.female',
    ];
    expect(built.filter((key) => !zh.has(key))).toEqual([]);
  });

  it('has a text for every error code and field code of the API', () => {
    const built = [...ERROR_CODE_LIST.map(errorCodeKey), ...FIELD_CODE_LIST.map(fieldCodeKey)];
    expect(built.length).toBeGreaterThan(60);
    expect(built.filter((key) => !zh.has(key))).toEqual([]);
  });

  it('uses the glossary words of DOMAIN.md for case statuses and kinds of aid', () => {
    expect(CASE_STATUSES.map((status) => zh.get(`caseStatuses.${status}`))).toEqual([
      '草稿',
      '待审核',
      '已批准',
      '已发放',
      '已结案',
      '已退回',
      '未通过',
      '已撤回',
    ]);
    expect(zh.get('caseTypes.medical')).toBe('医疗救助');
    expect(zh.get('workers.flags.migrant')).toBe('农民工');
  });

  it('uses the glossary words of DOMAIN.md for the roles', () => {
    expect(ROLES.map((role) => zh.get(`roles.${role}`))).toEqual([
      '系统管理员',
      '分管领导',
      '审核人',
      '财务人员',
      '帮扶专干',
      '审计人员',
    ]);
    expect(zh.get('nav.audit')).toBe('操作日志');
  });
});
