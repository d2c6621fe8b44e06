import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('gives an ASCII name for old clients and the exact UTF-8 name for the others', () => {
    expect(contentDisposition('attachment', '收入证明.pdf')).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''%E6%94%B6%E5%85%A5%E8%AF%81%E6%98%8E.pdf`,
    );
    expect(contentDisposition('inline', 'scan.webp')).toBe(
      `inline; filename="scan.webp"; filename*=UTF-8''scan.webp`,
    );
  });

  it('lets no quote, backslash, semicolon or line break change the header', () => {
    const header = contentDisposition('attachment', 'a"b\\c;d\'e(f)*.pdf');
    expect(header).toBe(
      `attachment; filename="a_b_c;d'e(f)*.pdf"; filename*=UTF-8''a%22b%5Cc%3Bd%27e%28f%29%2A.pdf`,
    );
    expect(contentDisposition('attachment', 'x\r\ny')).not.toMatch(/[\r\n]/);
  });
});

describe('contentDisposition with an ASCII name of its own', () => {
  it('sends the ASCII name to old clients and the exact name to the others', () => {
    expect(contentDisposition('attachment', '职工导入模板.xlsx', 'worker-import-template.xlsx')).toBe(
      `attachment; filename="worker-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('职工导入模板.xlsx')}`,
    );
  });
});
