import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';

const read = (text: string) => readHealthSigns(prepareText(text));

// Round 33 (par33z): "阿嬤說太早吃顆粒會噎到 … 什麼時候可以給有顆粒的" and "阿嬤很反對 說這樣一定會噎到 … 可以嗎"
// were answered "請立即撥打 120" with back blows. A grandparent's claim that a food *will* choke the child is a feeding
// question; a choke told besides the claim, or a child who cannot cough or breathe, is still a choke.
describe("someone's claim that a food will make the child choke is no choke now", () => {
  it.each([
    '寶寶10個月了 副食品都還是用調理機打成泥 阿嬤說太早吃顆粒會噎到 一定要打很細 到底什麼時候可以給有顆粒的',
    '想讓寶寶自己抓東西吃 不要一直用湯匙餵 可是阿嬤很反對 說這樣一定會噎到 寶寶七個月 坐得很穩了 可以嗎',
    '奶奶觉得吃小块的肯定会噎着 现在还一直打成泥',
    'my mum says she will choke on the strips, is BLW safe at 7 months?',
  ])('%s', (text) => {
    expect(read(text).signs.has('choking')).toBe(false);
  });

  it.each(['奶奶说这样会噎到 结果刚才真的噎住了 现在一直咳', '阿嬤說會噎到 剛剛真的噎到了 咳不出來 臉發紫'])('still a choke: %s', (text) => {
    expect(read(text).signs.has('choking')).toBe(true);
  });
});
