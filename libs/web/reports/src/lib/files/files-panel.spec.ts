import type { FilesReport, ReportFormat } from '@worker-aid/shared/domain';
import { byTestId, renderComponent } from '@worker-aid/web/core/testing';
import { FilesPanel } from './files-panel';

const report: FilesReport = {
  active: 1_204,
  members: 3_517,
  byTier: [
    { tier: 'deep', files: 800, members: 2_400 },
    { tier: 'relative', files: 400, members: 1_100 },
    { tier: 'sudden', files: 0, members: 0 },
  ],
  byCause: [
    { cause: 'illness', files: 600 },
    { cause: 'disability', files: 300 },
    { cause: 'schooling', files: 0 },
  ],
  closedThisYear: 57,
  relapsedThisYear: 3,
};

describe('FilesPanel', () => {
  async function render() {
    const rendered = await renderComponent(FilesPanel, {
      texts: {
        reports: {
          files: {
            subtitle: '{{on}} 在档情况；本年累计自 {{yearStart}} 起',
            tiers: { deep: '深度困难', relative: '相对困难', sudden: '意外致困' },
            causes: { illness: '因病', disability: '因残', schooling: '因学' },
          },
        },
      },
    });
    rendered.fixture.componentRef.setInput('files', report);
    rendered.fixture.componentRef.setInput('on', '2025-12-31');
    await rendered.fixture.whenStable();
    return rendered;
  }
  const text = (root: HTMLElement, testId: string) =>
    byTestId(root, testId).textContent?.replace(/\s+/g, ' ').trim();

  it('shows the headline figures and the day they are counted on', async () => {
    const { element } = await render();
    expect(text(element, 'report-files-active')).toBe('1,204');
    expect(text(element, 'report-files-members')).toBe('3,517');
    expect(text(element, 'report-files-closed')).toBe('57');
    expect(text(element, 'report-files-relapsed')).toBe('3');
    expect(text(element, 'report-files-day')).toBe('2025-12-31 在档情况；本年累计自 2025-01-01 起');
  });

  it('lists every tier with files and people, and every cause, zeros included, with bars', async () => {
    const { element } = await render();
    const cells = (testId: string) =>
      [...byTestId(element, testId).querySelectorAll('td')].map((cell) => cell.textContent?.trim());
    expect(cells('report-files-tier-deep').slice(0, 3)).toEqual(['深度困难', '800', '2,400']);
    expect(cells('report-files-tier-sudden').slice(0, 3)).toEqual(['意外致困', '0', '0']);
    expect(cells('report-files-cause-disability').slice(0, 2)).toEqual(['因残', '300']);
    expect(byTestId(element, 'report-files-cause-schooling').classList).toContain('muted');
    const bar = (testId: string) =>
      byTestId(element, testId).querySelector<HTMLElement>('.bar span')?.style.width;
    expect(bar('report-files-tier-deep')).toBe('100%');
    expect(bar('report-files-tier-relative')).toBe('50%');
    expect(bar('report-files-cause-disability')).toBe('50%');
  });

  it('asks for a download in either format, and waits while one runs', async () => {
    const { fixture, element } = await render();
    const asked: ReportFormat[] = [];
    fixture.componentInstance.download.subscribe((format) => asked.push(format));
    byTestId(element, 'report-files-export-xlsx').click();
    byTestId(element, 'report-files-export-csv').click();
    expect(asked).toEqual(['xlsx', 'csv']);

    expect(byTestId<HTMLButtonElement>(element, 'report-files-export-xlsx').disabled).toBe(false);
    fixture.componentRef.setInput('exporting', 'csv');
    await fixture.whenStable();
    expect(byTestId<HTMLButtonElement>(element, 'report-files-export-xlsx').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>(element, 'report-files-export-csv').disabled).toBe(true);
  });
});
