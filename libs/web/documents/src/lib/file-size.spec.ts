import { DOCUMENT_MAX_BYTES } from '@worker-aid/shared/domain';
import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('uses bytes, then KB, then MB, with one decimal below ten', () => {
    expect(formatFileSize(0, 'en')).toBe('0 B');
    expect(formatFileSize(1023, 'en')).toBe('1,023 B');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(48_000, 'en')).toBe('47 KB');
    expect(formatFileSize(2.5 * 1024 * 1024, 'zh-CN')).toBe('2.5 MB');
    expect(formatFileSize(DOCUMENT_MAX_BYTES, 'zh-CN')).toBe('20 MB');
  });

  it('writes numbers the way the language does', () => {
    expect(formatFileSize(1536, 'de')).toBe('1,5 KB');
  });
});
