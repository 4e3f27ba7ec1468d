import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * Round 45 (par45z, probe file test/fixtures/eval-tuning/par45z.jsonl): Chinese parents' questions on old beliefs
 * (骨头汤补钙, 二胎 spacing, a grandparent's phone "all day") and sleep, answered from the section that answers them —
 * each worded apart from the probe file.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 845000;
const chat = () => chatAs(app, ++userSeq);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

// Each row: one message, words the answer must say, and words it must not say.
const ANSWERS: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  ['外婆每天炖大骨头汤给孙子喝 说能补钙 有没有用', /骨头汤里的钙很少/, /肋骨外翻|没有可靠/],
  ['生完老大多久可以怀二胎 隔几年好', /24个月/, /没有可靠|半日托/],
  // 整天 as "all day long" before what the child does is no question about full-day care
  ['爷爷整天看手机短视频给两岁的孙子看 怎么劝', /屏幕|1小时/, /全天托|过夜托|半日托/],
  ['寶寶白天一覺睡四個小時 要叫醒嗎', /叫醒/, /把尿/],
  ['出汗多 要不要抽血查缺不缺钙', /化验/, /没有可靠/],
  // (a brand asked: no brand, and either the no-brand sentence or that calcium is not needed)
  ['哪个牌子的钙片好 推荐一个', /不推荐具体的DHA、钙粉等品牌|钙一般不用补/, /防晒霜/],
  // (the short question answered from the calcium section, not the bone-soup one it ties with in retrieval)
  ['需要补钙吗', /钙一般不用补/, /骨头汤/],
];

describe('round 45 questions are answered from the section that answers them', () => {
  it.each(ANSWERS)('%s', async (text, says, never) => {
    const out = await chat()(text);
    expect(out.reply).toMatch(says);
    expect(out.reply).not.toMatch(never);
  });
});

// Full-day care asked in so many words is still the full-day rule.
describe('round 45 full-day care is still heard', () => {
  it('能不能托一整天', async () => {
    const out = await chat()('周六能不能托一整天 我们要上班');
    expect(out.reply).toMatch(/全天|全日/);
  });
});

// Each row: a question, its follow-up, and words the follow-up's answer must say.
const FOLLOW_UPS: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['核桃能补脑吗 两岁可以吃吗', '那DHA需不需要另外补', /不需要额外吃DHA/],
  ['宝宝一岁 只长了上面两颗牙', '那要去看牙医了吗', /第一次看口腔医生|第一颗牙/],
  ['奶奶让娃穿开裆裤练大小便', '那晚上呢 晚上也脱掉尿不湿吗', /夜|晚上/],
];

describe('round 45 follow-ups stay on their topic', () => {
  it.each(FOLLOW_UPS)('%s → %s', async (first, then, says) => {
    const say = chat();
    await say(first);
    const out = await say(then);
    expect(out.reply).toMatch(says);
    expect(out.reply).not.toMatch(/没有可靠|地包天/);
  });
});
