import { FileDrag } from './file-drag';

/** A drag event as jsdom cannot make it: `types`, `files` and the zone it happens on. */
function dragEvent(options: { types?: string[]; files?: File[]; zone?: HTMLElement; to?: Node | null }) {
  const files = options.files ?? [];
  return {
    preventDefault: jest.fn(),
    dataTransfer: { types: options.types ?? [], files, dropEffect: 'none' },
    currentTarget: options.zone ?? document.createElement('div'),
    relatedTarget: options.to ?? null,
  } as unknown as DragEvent & { preventDefault: jest.Mock; dataTransfer: { dropEffect: string } };
}

describe('FileDrag', () => {
  it('takes files dragged over the zone as a copy, nothing else, and nothing while closed', () => {
    const drag = new FileDrag();
    const text = dragEvent({ types: ['text/plain'] });
    drag.enter(text);
    expect(text.preventDefault).not.toHaveBeenCalled();
    expect(drag.over()).toBe(false);
    drag.enter(dragEvent({ types: ['Files'] }), true);
    expect(drag.over()).toBe(false);
    const files = dragEvent({ types: ['Files'] });
    drag.enter(files);
    expect(files.preventDefault).toHaveBeenCalled();
    expect(files.dataTransfer.dropEffect).toBe('copy');
    expect(drag.over()).toBe(true);
  });

  it('stays highlighted moving onto a child of the zone, not off it', () => {
    const drag = new FileDrag();
    const zone = document.createElement('div');
    const child = zone.appendChild(document.createElement('span'));
    drag.enter(dragEvent({ types: ['Files'] }));
    drag.leave(dragEvent({ zone, to: child }));
    expect(drag.over()).toBe(true);
    drag.leave(dragEvent({ zone, to: document.body }));
    expect(drag.over()).toBe(false);
  });

  it('answers the files dropped', () => {
    const drag = new FileDrag();
    const file = new File(['x'], '回盘.xlsx');
    const drop = dragEvent({ types: ['Files'], files: [file] });
    expect(drag.drop(drop)).toEqual([file]);
    expect(drop.preventDefault).toHaveBeenCalled();
    expect(drag.over()).toBe(false);
  });
});
