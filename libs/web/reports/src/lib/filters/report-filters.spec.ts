import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { aUser, byTestId, renderComponent, settle, typeInto } from '@worker-aid/web/core/testing';
import type { ReportQuery } from '../data/report-query';
import { ReportFilters } from './report-filters';

describe('ReportFilters', () => {
  let fixture: ComponentFixture<ReportFilters>;
  let host: HTMLElement;
  let applied: ReportQuery[];

  const input = (testId: string) => byTestId<HTMLInputElement>(host, testId);
  const typeDate = (testId: string, text: string) => typeInto(fixture, testId, text);

  function apply(): HTMLButtonElement {
    return host.querySelector<HTMLButtonElement>('[data-testid="report-apply"]') as HTMLButtonElement;
  }

  beforeEach(async () => {
    let http: HttpTestingController;
    ({ fixture, http } = await renderComponent(ReportFilters, {
      texts: { dates: { fromAfterTo: '起始日期不能晚于截止日期' } },
      user: aUser('manager'),
    }));
    fixture.componentRef.setInput('query', { from: '2017-01-01', to: '2017-12-31', unitId: 'c' });
    fixture.componentRef.setInput('today', '2026-11-29');
    host = fixture.nativeElement as HTMLElement;
    applied = [];
    fixture.componentInstance.apply.subscribe((query) => applied.push(query));
    await settle(fixture);
    http.match(() => true);
  });

  it('shows the period as Chinese users write it and applies a typed one as YYYY-MM-DD', async () => {
    expect(input('report-from').value).toBe('2017-01-01');
    expect(input('report-to').value).toBe('2017-12-31');
    await typeDate('report-from', '2016年3月1日');
    expect(input('report-from').value).toBe('2016-03-01');
    apply().click();
    await settle(fixture);
    expect(applied).toEqual([{ from: '2016-03-01', to: '2017-12-31', unitId: 'c' }]);
  });

  it('will not apply a period that ends before it starts', async () => {
    await typeDate('report-from', '2018-01-01');
    expect(apply().disabled).toBe(true);
    expect(host.querySelector('mat-error')?.textContent?.trim()).toBe('起始日期不能晚于截止日期');
    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(applied).toEqual([]);
  });

  it('will not apply a date it cannot read', async () => {
    await typeDate('report-to', '2017-13-45');
    expect(apply().disabled).toBe(true);
  });

  it('applies a quick period at once', async () => {
    host.querySelector<HTMLElement>('[data-testid="report-preset-lastFiveYears"]')?.click();
    await settle(fixture);
    expect(applied).toEqual([{ from: '2022-01-01', to: '2026-12-31', unitId: 'c' }]);
    expect(input('report-from').value).toBe('2022-01-01');
    expect(host.querySelector('mat-error')).toBeNull();
    expect(apply().disabled).toBe(false);
  });
});
