import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { UnitLevelChip } from './unit-level-chip';

describe('UnitLevelChip', () => {
  it('shows the translated tier and carries the level for styling', async () => {
    TestBed.configureTestingModule({
      imports: [
        UnitLevelChip,
        TranslocoTestingModule.forRoot({
          langs: { 'zh-CN': { unitLevels: { grassroots: '基层工会·帮扶工作站' } } },
          translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
          preloadLangs: true,
        }),
      ],
    });
    const fixture = TestBed.createComponent(UnitLevelChip);
    fixture.componentRef.setInput('level', 'grassroots');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent?.trim()).toBe('基层工会·帮扶工作站');
    expect(host.classList).toContain('level-grassroots');
    expect(host.getAttribute('data-level')).toBe('grassroots');
  });
});
