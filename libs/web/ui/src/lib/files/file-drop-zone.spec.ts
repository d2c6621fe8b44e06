import { TestBed } from '@angular/core/testing';
import { FileDropZone, SPREADSHEET_ACCEPT } from './file-drop-zone';

const ids = { zone: 'zone', choose: 'choose', input: 'input' };

async function render(inputs: Record<string, unknown> = {}) {
  await TestBed.configureTestingModule({ imports: [FileDropZone] }).compileComponents();
  const fixture = TestBed.createComponent(FileDropZone);
  fixture.componentRef.setInput('lead', '拖入文件');
  fixture.componentRef.setInput('hint', '.xlsx 或 .csv');
  fixture.componentRef.setInput('chooseLabel', '选择文件');
  fixture.componentRef.setInput('testIds', ids);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const chosen: File[][] = [];
  fixture.componentInstance.chosen.subscribe((files) => chosen.push(files));
  const host = fixture.nativeElement as HTMLElement;
  const el = <T extends HTMLElement>(id: string) => host.querySelector(`[data-testid="${id}"]`) as T;
  return { fixture, host, el, chosen };
}

function drop(files: File[]): Event {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { files, types: ['Files'] } });
  return event;
}

describe('FileDropZone', () => {
  it('shows the texts, the test ids and the accepted types it was given', async () => {
    const { host, el } = await render();
    expect(host.textContent).toContain('拖入文件');
    expect(host.textContent).toContain('选择文件');
    expect(el<HTMLInputElement>('input').accept).toBe(SPREADSHEET_ACCEPT);
    expect(el('zone')).toBeTruthy();
    expect(el('choose').hasAttribute('mat-stroked-button')).toBe(true);
  });

  it('has a filled button when prominent', async () => {
    const { el } = await render({ prominent: true });
    expect(el('choose').hasAttribute('mat-flat-button')).toBe(true);
    expect(el('zone').classList).toContain('prominent');
  });

  it('hands on dropped files, and nothing while disabled', async () => {
    const file = new File(['a'], 'a.csv', { type: 'text/csv' });
    const open = await render();
    open.el('zone').dispatchEvent(drop([file]));
    expect(open.chosen).toEqual([[file]]);

    TestBed.resetTestingModule();
    const closed = await render({ disabled: true });
    closed.el('zone').dispatchEvent(drop([file]));
    expect(closed.chosen).toEqual([]);
    expect(closed.el<HTMLButtonElement>('choose').disabled).toBe(true);
  });
});
