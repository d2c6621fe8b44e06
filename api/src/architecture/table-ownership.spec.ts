import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One owner per table: each API feature library (`libs/api/<feature>`) is the only code that
 * names its tables — in SQL, in a query builder, or by querying another feature's entity class.
 * Other features ask the owner through its named readers (`WorkersService.namesOf`, …) or join
 * a relation it publishes (`WORKER_NAMES`, …); the owner's columns stay its own business.
 *
 * A feature owns the tables of the `@Entity('name')` classes in its sources. Scanned: every
 * non-spec `.ts` file under `libs/api`. Not scanned, because they are not features: the app
 * under `api/` (its composition root, migrations, first-run set-up, key rotation and the demo
 * seeders, which write every table in bulk) and `scripts/` (bench, load test and backup seeders).
 */

const REPO = join(__dirname, '..', '..', '..');
const FEATURES_DIR = join(REPO, 'libs', 'api');
const MIGRATIONS_DIR = join(REPO, 'api', 'src', 'migrations');

interface SourceFile {
  path: string;
  text: string;
}

interface Feature {
  name: string;
  files: SourceFile[];
  /** Table name → entity class name. */
  tables: Map<string, string>;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Comments out of the way: prose may well say "paid from the fund" without naming a table. */
export function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function entitiesDeclaredIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/@Entity\(\s*['"]([a-z_][a-z0-9_]*)['"][\s\S]*?export class (\w+)/g)) {
    found.set(match[1], match[2]);
  }
  return found;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `text` names the table as an SQL identifier or as a query builder's table. */
export function tableMentions(text: string, table: string): string[] {
  const name = escape(table);
  const patterns = [
    // SQL: FROM worker w, JOIN "unit" u, UPDATE fund, INSERT INTO aid_case, TRUNCATE audit_entry
    new RegExp(
      `\\b(?:FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE)\\s+(?:ONLY\\s+)?(?:"?public"?\\.)?"?${name}"?(?![\\w"$-])`,
      'gi',
    ),
    // TypeORM by table name: .leftJoin('app_user', 'u', …), .from('unit', 'u'), getRepository('worker')
    new RegExp(
      `\\.(?:from|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|into|update|delete|getRepository)\\(\\s*['"\`]${name}['"\`]`,
      'g',
    ),
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

/** Where `text` queries an entity class: manager.findOneBy(Unit, …), getRepository(User), forFeature([Worker]). */
export function entityQueries(text: string, entity: string): string[] {
  const name = escape(entity);
  const patterns = [
    new RegExp(
      `\\b(?:getRepository|findOne|findOneBy|findOneOrFail|findOneByOrFail|find|findBy|findAndCount|count|countBy|exists|existsBy|update|insert|upsert|delete|increment|decrement|save|remove|create|createQueryBuilder|from|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect|InjectRepository)\\(\\s*${name}\\b`,
      'g',
    ),
    new RegExp(`\\bforFeature\\(\\s*\\[[^\\]]*\\b${name}\\b`, 'g'),
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

function features(): Feature[] {
  return readdirSync(FEATURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const files = typeScriptFiles(join(FEATURES_DIR, entry.name, 'src')).map((path) => ({
        path: relative(REPO, path),
        text: withoutComments(readFileSync(path, 'utf8')),
      }));
      const tables = new Map<string, string>();
      for (const file of files)
        for (const [table, entity] of entitiesDeclaredIn(file.text)) tables.set(table, entity);
      return { name: entry.name, files, tables };
    });
}

/** What each feature names of the others' tables: `<file>: <table> of <owner> ("<where>")`. */
export function trespasses(all: Feature[]): string[] {
  return all.flatMap((feature) =>
    all
      .filter((owner) => owner !== feature)
      .flatMap((owner) =>
        [...owner.tables].flatMap(([table, entity]) =>
          feature.files.flatMap((file) =>
            [...tableMentions(file.text, table), ...entityQueries(file.text, entity)].map(
              (where) => `${file.path}: ${table} of ${owner.name} ("${where.replace(/\s+/g, ' ')}")`,
            ),
          ),
        ),
      ),
  );
}

describe('one owner per table', () => {
  const all = features();

  it('finds the features and the tables each owns', () => {
    const owners = Object.fromEntries(all.map((f) => [f.name, [...f.tables.keys()].sort()]));
    expect(owners).toMatchObject({
      audit: ['audit_entry'],
      auth: ['refresh_session'],
      cases: ['aid_case', 'case_event', 'case_number_counter'],
      core: ['idempotency_record'],
      documents: ['document', 'document_chunk'],
      imports: ['worker_import', 'worker_import_row'],
      approvals: ['approval_policy'],
      campaigns: ['bank_layout', 'campaign', 'campaign_batch', 'campaign_batch_line', 'campaign_line'],
      funds: ['disbursement', 'disbursement_rollup', 'fund', 'fund_allocation'],
      reports: [],
      standards: ['local_standard'],
      files: ['file_event', 'file_follow_up', 'file_number_counter', 'hardship_file'],
      units: ['unit'],
      users: ['app_user'],
      workers: ['worker'],
    });
  });

  it('gives every table the migrations create exactly one owner', () => {
    const created = readdirSync(MIGRATIONS_DIR)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => [
        ...readFileSync(join(MIGRATIONS_DIR, name), 'utf8').matchAll(/CREATE TABLE "?([a-z_][a-z0-9_]*)"?/g),
      ])
      .map((match) => match[1]);
    const ownersOf = (table: string) => all.filter((f) => f.tables.has(table)).map((f) => f.name);
    expect(created.filter((table) => ownersOf(table).length !== 1)).toEqual([]);
  });

  it("leaves each feature's tables to that feature alone", () => {
    expect(trespasses(all)).toEqual([]);
  });
});

describe('what counts as naming a table', () => {
  it('finds SQL, query builders and entity queries', () => {
    expect(tableMentions('SELECT name FROM worker WHERE id = $1', 'worker')).toEqual(['FROM worker']);
    expect(tableMentions('FROM aid_case c JOIN "unit" u ON u.id = c.unit_id', 'unit')).toEqual([
      'JOIN "unit"',
    ]);
    expect(tableMentions('INSERT INTO fund (code) VALUES ($1)', 'fund')).toEqual(['INTO fund']);
    expect(tableMentions(".leftJoin('app_user', 'u', 'u.id = e.actor_id')", 'app_user')).toHaveLength(1);
    expect(tableMentions('`SELECT id, code, name FROM ${table}`', 'unit')).toEqual([]);
    expect(entityQueries('manager.findOneByOrFail(Unit, { id })', 'Unit')).toHaveLength(1);
    expect(entityQueries('TypeOrmModule.forFeature([Fund, Worker])', 'Worker')).toHaveLength(1);
    expect(entityQueries('this.dataSource.getRepository(User).findOneBy({ username })', 'User')).toHaveLength(
      1,
    );
  });

  it('ignores words in messages, longer names and comments', () => {
    expect(tableMentions("throw new NotFoundException('worker not found')", 'worker')).toEqual([]);
    expect(tableMentions('"fundId: the fund\'s unit does not cover the case\'s unit"', 'unit')).toEqual([]);
    expect(tableMentions('DELETE FROM disbursement_rollup', 'disbursement')).toEqual([]);
    expect(tableMentions(withoutComments('// money paid from fund to worker\nconst x = 1;'), 'fund')).toEqual(
      [],
    );
    expect(
      entityQueries('import { Unit } from "@worker-aid/api/units"; let u: Promise<Unit>;', 'Unit'),
    ).toEqual([]);
  });

  it('reports a feature that names another one’s table', () => {
    const feature = (name: string, tables: [string, string][], text: string): Feature => ({
      name,
      files: [{ path: `libs/api/${name}/src/lib/${name}.service.ts`, text }],
      tables: new Map(tables),
    });
    const workers = feature('workers', [['worker', 'Worker']], 'SELECT name FROM worker');
    const cases = feature(
      'cases',
      [['aid_case', 'AidCase']],
      "query('SELECT name FROM worker WHERE id = $1')",
    );
    expect(trespasses([workers, cases])).toEqual([
      'libs/api/cases/src/lib/cases.service.ts: worker of workers ("FROM worker")',
    ]);
  });
});
