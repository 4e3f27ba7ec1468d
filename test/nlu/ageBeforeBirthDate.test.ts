import { describe, expect, it } from 'vitest';
import { parseChildren } from '../../src/nlu/parseChildren.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-12-01T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

// Parents often say the age and then the birth date; the age's unit ("months", "个月", "old") is never the name.
describe('an age told between the name and the birth date', () => {
  it.each([
    ['My daughter Lily is 20 months (born 2025-04-02).', 'Lily', '2025-04-02'],
    ['Leo is 2 years old, born 2024-09-30', 'Leo', '2024-09-30'],
    ['女儿朵朵 20个月 2025年4月2日生的 周日上午厦大附近有半日托吗', '朵朵', '2025-04-02'],
    ['寶寶小安 8個月大 2026年3月3日生', '小安', '2026-03-03'],
    ['孩子叫果果，一岁半，2025-05-01出生', '果果', '2025-05-01'],
  ])('%s', (text, name, birthDate) => {
    const u = understand(text, ctx);
    expect(u.intent).toBe('register_child');
    expect(u.slots.childName).toBe(name);
    expect(u.slots.birthDate).toBe(birthDate);
  });

  it("'was born' is no name", () => {
    expect(understand('Leo was born 2024-05-01', ctx).slots.childName).toBe('Leo');
    expect(understand('Ella was born on 3 March 2024', ctx).slots.childName).toBe('Ella');
  });

  it('names without an age are read as before', () => {
    expect(understand('糖糖 2024-02-20出生', ctx).slots.childName).toBe('糖糖');
    expect(understand('my son Max, born 2024-06-10', ctx).slots.childName).toBe('Max');
  });

  it('two children, one told with an age before the date, are two names', () => {
    expect(parseChildren('Lily is 20 months, born 2025-04-02, and Max born 2024-06-10', ctx.now, ctx.timeZone)).toEqual([
      { name: 'Lily', birthDate: '2025-04-02' },
      { name: 'Max', birthDate: '2024-06-10' },
    ]);
  });
});

describe('grandparents name the child by kinship first', () => {
  it.each([
    ['我想帮孙子约周日上午的半日托 他叫豆豆 2024年10月3号生的 住在集美', '豆豆'],
    ['帮外孙女登记一下 她叫小米 2025年1月5日出生', '小米'],
  ])('%s', (text, name) => {
    expect(understand(text, ctx).slots.childName).toBe(name);
  });
  it('a kinship word is no name, a surname is', () => {
    expect(understand('给孙女报名 周日下午', ctx).slots.childName).toBeUndefined();
    expect(understand('帮孙一诺约周六上午', ctx).slots.childName).toBe('孙一诺');
  });
});
