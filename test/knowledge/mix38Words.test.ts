import { describe, expect, it } from 'vitest';
import { readPinyin } from '../../src/knowledge/readChineseInEnglish.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';

// Round 38 (mix38): English words inside Chinese and pinyin inside English, read as the documents' words — feeding to
// sleep, rolling, night time, caring at home, brushing teeth; shanghuo, liang cha, mi tang and yisheng.
describe('English inside Chinese (round 38)', () => {
  it.each([
    ['宝宝 10 个月 每天晚上都要 nurse to sleep 不喂就不睡 怎么 break 这个 habit', ['奶睡', '习惯']],
    ['baby 8 个月了 还不会 crawl 只会 roll 来 roll 去 正常吗', ['爬', '翻身']],
    ['ok 那 night time 醒了呢', ['夜里']],
    ['ok 那在家要怎么 take care', ['护理']],
    ['宝宝一岁多 要不要 brush teeth', ['刷牙']],
  ])('%s', (q, words) => {
    const read = readCodeSwitched(q);
    for (const w of words) expect(read).toContain(w);
  });

  it('reads "feed to sleep" as one thing, not "feed" and "sleep" alone', () => {
    const read = readCodeSwitched('每晚都 feed to sleep');
    expect(read).toContain('奶睡');
    expect(read).not.toContain('喂');
  });
});

describe('pinyin inside English (round 38)', () => {
  it.each([
    ['our ayi says he is shanghuo and wants to give him liang cha', ['internal heat', 'herbal tea']],
    ['grandma gives mi tang at night instead of milk', ['rice water']],
    ['the yisheng at the clinic said its a virus', ['doctor']],
  ])('%s', (q, words) => {
    const read = readPinyin(q);
    for (const w of words) expect(read).toContain(w);
  });
});
