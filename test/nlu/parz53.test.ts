import { describe, expect, it } from 'vitest';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';

/** Round 53 (parz53): the question's topic words, each row worded apart from the probe file and failing on main. */
describe("the parent's own anger at the feeding or teaching is no topic of the question", () => {
  it.each(['青菜一口都不吃 每顿喂得我快要生气了', '教了十遍还是不会 教得我都要生气了'])('%s', (text) => {
    expect(keyWords(text)).not.toContain('生气');
  });
  it.each(['孩子一生气就打人怎么办', '两岁了动不动就生气 摔东西'])("the child's anger still is: %s", (text) => {
    expect(keyWords(text).some((w) => /生气/.test(w))).toBe(true);
  });
});
