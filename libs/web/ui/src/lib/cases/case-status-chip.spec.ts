import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CaseStatusChip } from './case-status-chip';

describe('CaseStatusChip', () => {
  it('shows the translated status with a class per status', async () => {
    await TestBed.configureTestingModule({
      imports: [
        CaseStatusChip,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': { caseStatuses: { submitted: '待审核' } } },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(CaseStatusChip);
    fixture.componentRef.setInput('status', 'submitted');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent?.trim()).toBe('待审核');
    expect(host.classList).toContain('status-submitted');
  });
});
