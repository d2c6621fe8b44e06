import { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { type CreateUnitRequest, type UnitView } from '@worker-aid/shared/domain';
import { UNITS_URL } from '@worker-aid/web/data-access';
import { aUser, renderComponent, settle } from '@worker-aid/web/core/testing';
import { UnitsPage } from './units-page';

const admin = aUser('admin');
const units: UnitView[] = [
  { id: 'c', code: 'CZ', name: '滁州市困难职工帮扶中心', level: 'center', parentId: null },
  { id: 'e', code: 'CZ-EDU', name: '市教育局工会', level: 'industry', parentId: 'c' },
  { id: 's', code: 'CZ-EDU-01', name: '滁州中学工会', level: 'grassroots', parentId: 'e' },
];

describe('UnitsPage', () => {
  let fixture: ComponentFixture<UnitsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    ({
      fixture,
      http,
      element: page,
    } = await renderComponent(UnitsPage, {
      texts: {
        units: {
          addChild: '添加下级单位',
          form: { code: '单位代码', name: '单位名称', codeTaken: '该单位代码已被使用' },
        },
        unitLevels: {
          center: '帮扶中心',
          industry: '产业(系统)工会',
          grassroots: '基层工会·帮扶工作站',
        },
      },
      user: admin,
    }));
    await fixture.whenStable();
    http.expectOne(UNITS_URL).flush(units);
    await settle(fixture);
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
  });

  it('shows the whole tree, opened, with each unit’s level', () => {
    const names = [...page.querySelectorAll('.unit-node .name')].map((element) =>
      element.textContent?.trim(),
    );
    expect(names).toEqual(['滁州市困难职工帮扶中心', '市教育局工会', '滁州中学工会']);
    expect(page.querySelector('[data-testid="unit-node-CZ-EDU-01"]')?.textContent).toContain(
      '基层工会·帮扶工作站',
    );
  });

  it('offers "add child unit" on the center and the industry union, not on the grassroots union', () => {
    expect(page.querySelector('[data-testid="add-child-CZ"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="add-child-CZ-EDU"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="add-child-CZ-EDU-01"]')).toBeNull();
  });

  it('adds a grassroots union below an industry union and shows it in the tree', async () => {
    page.querySelector<HTMLButtonElement>('[data-testid="add-child-CZ-EDU"]')?.click();
    await settle(fixture);
    const type = (id: string, value: string) => {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!input) throw new Error(`no ${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('unit-code', 'CZ-EDU-02');
    type('unit-name', '滁州实验小学工会');
    document.querySelector<HTMLButtonElement>('[data-testid="unit-save"]')?.click();
    await settle(fixture);

    const create = http.expectOne({ method: 'POST', url: UNITS_URL });
    expect(create.request.body).toEqual({
      code: 'CZ-EDU-02',
      name: '滁州实验小学工会',
      level: 'grassroots',
      parentId: 'e',
    } satisfies CreateUnitRequest);
    const created: UnitView = {
      id: 'n',
      code: 'CZ-EDU-02',
      name: '滁州实验小学工会',
      level: 'grassroots',
      parentId: 'e',
    };
    create.flush(created, { status: 201, statusText: 'Created' });
    await settle(fixture);
    http.expectOne({ method: 'GET', url: UNITS_URL }).flush([...units, created]);
    await settle(fixture);
    expect(page.querySelector('[data-testid="unit-node-CZ-EDU-02"]')).not.toBeNull();
  });

  it('says so on the code field when the code is taken (409)', async () => {
    page.querySelector<HTMLButtonElement>('[data-testid="add-child-CZ"]')?.click();
    await settle(fixture);
    const code = document.querySelector<HTMLInputElement>('[data-testid="unit-code"]');
    const name = document.querySelector<HTMLInputElement>('[data-testid="unit-name"]');
    if (!code || !name) throw new Error('no unit form');
    code.value = 'CZ-EDU';
    code.dispatchEvent(new Event('input'));
    name.value = '重复的工会';
    name.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('[data-testid="unit-save"]')?.click();
    await settle(fixture);
    http
      .expectOne({ method: 'POST', url: UNITS_URL })
      .flush(
        { statusCode: 409, error: 'Conflict', code: 'unit.duplicate_code', message: 'the code is taken' },
        { status: 409, statusText: 'Conflict' },
      );
    await settle(fixture);
    expect(document.querySelector('[data-testid="unit-code-error"]')?.textContent?.trim()).toBe(
      '该单位代码已被使用',
    );
  });
});
