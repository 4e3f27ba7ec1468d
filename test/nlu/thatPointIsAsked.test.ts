import { describe, expect, it } from 'vitest';
import { answeredByServiceRule } from '../../src/nlu/answeredByServiceRule.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * A point named as "that point" ("那个点", "这个点", "每个点") is the service named, and "有没有 / 是不是" asks: "江头那个点有没有
 * 空调" is asked of the point (its rooms), not how to set a baby's air conditioning at home. A snack ("那个点心") or an
 * hour ("这个点钟") is no point. Worded apart from the probe file and the documents' lists.
 */
const asks = (t: string) => answeredByServiceRule(normalizeText(toSimplified(t)));

describe('"that point" asked about', () => {
  it.each(['五缘湾那个点有没有空调', '这个点冬天有暖气吗', '每个点都装了摄像头吗', '杏林那個點有沒有地方換尿布', '前埔那个点是不是有电梯'])('%s', (q) => {
    expect(asks(q)).toBe(true);
  });
});

describe('not a point', () => {
  it.each(['那个点心一岁宝宝能吃吗', '这个点钟了宝宝还不睡 正常吗', '有没有什么办法让宝宝多睡一会'])('%s', (q) => {
    expect(asks(q)).toBe(false);
  });
});

describe('the parent’s own choice, asked with 是不是', () => {
  it.each(['每次送托孩子都哭 我是不是该晚几个月再送', '去托育点回来总是很累 是不是送得太早了'])('%s', (q) => {
    expect(asks(q)).toBe(false);
  });
});
