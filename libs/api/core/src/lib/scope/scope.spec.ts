import { isRootPath, pathInScope, unitPathOf } from './scope';

describe('unit-subtree scope', () => {
  const center = unitPathOf(null, 'c');
  const industry = unitPathOf(center, 'i');
  const sibling = unitPathOf(center, 'j');
  const grassroots = unitPathOf(industry, 'g');

  it('builds materialised paths', () => {
    expect(grassroots).toBe('/c/i/g/');
    expect(isRootPath(center)).toBe(true);
    expect(isRootPath(industry)).toBe(false);
  });

  it('sees its own unit and everything below, never a sibling or a parent', () => {
    expect(pathInScope({ unitPath: industry }, industry)).toBe(true);
    expect(pathInScope({ unitPath: industry }, grassroots)).toBe(true);
    expect(pathInScope({ unitPath: industry }, sibling)).toBe(false);
    expect(pathInScope({ unitPath: industry }, center)).toBe(false);
    expect(pathInScope({ unitPath: center }, grassroots)).toBe(true);
  });
});
