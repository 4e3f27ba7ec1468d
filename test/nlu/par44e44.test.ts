import { describe, expect, it } from 'vitest';
import { parseService } from '../../src/nlu/parseService.ts';
import { understand } from '../../src/nlu/understand.ts';

const ctx = { now: new Date('2026-11-25T02:00:00Z'), timeZone: 'Asia/Shanghai' };

// Round 44 (par44e): reading, showing or buying picture books at home is what the parent does, not a class asked for.
describe('picture books read at home are no class', () => {
  it.each(['宝宝6个月 给他read绘本有用吗 他就抓着书啃 根本不看', '给她读绘本有用吗', '买绘本给一岁宝宝'])('"%s" → no kind', (text) => {
    expect(parseService(text).kind).toBeUndefined();
  });
  it.each(['周六有绘本课吗', '有没有绘本的体验课', '想约个绘本'])('"%s" → the picture-books class', (text) => {
    expect(parseService(text).classTitle).toBe('picture_books');
  });
  it('a question about reading at home is a parenting question, not a search', () => {
    expect(understand('宝宝6个月 给他read绘本有用吗 他就抓着书啃 根本不看', ctx).intent).toBe('knowledge');
  });
});

// Round 44 (par44e): "is something wrong with him" asks, so an age reached next week is the question's setting.
describe('"is something wrong with him" asks without a question mark', () => {
  it('the age reached next week is no search', () => {
    const u = understand(
      'my son is 5 months next week and still doesnt roll at all, not even tummy to back. his cousin rolled at 3 months. is something wrong with him',
      ctx,
    );
    expect(u.intent).toBe('knowledge');
  });
  it('a search for next week still searches', () => {
    expect(understand('any places next week for my 8 month old', ctx).intent).toBe('find_slots');
  });
});
