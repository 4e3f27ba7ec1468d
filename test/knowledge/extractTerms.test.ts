import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';

describe('extractTerms on colloquial parent messages', () => {
  it('drops chat filler and feelings so they do not dilute the topic', () => {
    const terms = extractTerms('宝宝晚上老是醒 一晚上醒四五次 怎么办啊 好崩溃');
    for (const filler of ['崩溃', '好崩', '怎么', '么办', '崩', '溃', '怎', '办']) expect(terms).not.toContain(filler);
    expect(terms).toContain('~sleep');
  });

  it('treats 娃 as "the kid", not as part of a topic word', () => {
    const terms = extractTerms('娃老咬人 在外面很尴尬');
    expect(terms).not.toContain('娃老');
    expect(terms).not.toContain('尴尬');
    expect(terms).toContain('咬人');
    expect(terms).toContain('~hitbite');
  });

  it.each([
    ['特别认生 见人就哭', '~stranger'],
    ['宝宝不肯吃饭 挑食严重', '~picky'],
    ['how to wean off the pacifier', '~sucking'],
    ['需要补钙吗', '~supplement'],
    ['你们那边有监控吗', '~cctv'],
    ['可以当天去吗 没提前约', '~walkin'],
    ['can we just walk in without booking', '~walkin'],
    ['有午饭吗 要自己带饭吗', '~meals'],
    ['what age can join', '~eligibility'],
  ])('%s → %s', (q, concept) => {
    expect(extractTerms(q)).toContain(concept);
  });
});
