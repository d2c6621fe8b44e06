import { saveFile } from './save-file';

describe('saveFile', () => {
  it('saves a blob through a temporary link', () => {
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('资金发放统计表.xlsx');
      expect(this.href).toBe('blob:report');
    });
    saveFile(document, new Blob(['x']), '资金发放统计表.xlsx');
    expect(click).toHaveBeenCalledTimes(1);
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });
});
