import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FILE_TIERS } from '@worker-aid/shared/domain';
import { FileStatusChip } from './file-status-chip';
import { TierBadge } from './tier-badge';

const texts = {
  files: {
    tiers: { deep: '深度困难', relative: '相对困难', sudden: '意外致困', none: '不符合建档条件' },
    statuses: { active: '在档' },
  },
};

async function render<T>(component: new () => T, input: string, value: string): Promise<HTMLElement> {
  await TestBed.configureTestingModule({
    imports: [
      component,
      TranslocoTestingModule.forRoot({
        langs: { 'zh-CN': texts },
        translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' },
        preloadLangs: true,
      }),
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(component);
  fixture.componentRef.setInput(input, value);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('TierBadge', () => {
  it.each(FILE_TIERS.map((tier) => [tier, texts.files.tiers[tier]]))(
    'shows %s as %s, with a class of its own',
    async (tier, text) => {
      const host = await render(TierBadge, 'tier', tier);
      expect(host.textContent?.trim()).toBe(text);
      expect(host.classList).toContain(`tier-${tier}`);
    },
  );
});

describe('FileStatusChip', () => {
  it('shows the translated status with a class per status', async () => {
    const host = await render(FileStatusChip, 'status', 'active');
    expect(host.textContent?.trim()).toBe('在档');
    expect(host.classList).toContain('status-active');
  });
});
