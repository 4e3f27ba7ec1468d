import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * Round 44 (par44z, probe file test/fixtures/eval-tuning/par44z.jsonl): the knowledge added for Chinese parents'
 * questions, and the follow-ups that now stay on their topic — each worded apart from the probe file.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 844000;
const chat = () => chatAs(app, ++userSeq);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

// Each row: one message, and words the answer must say.
const ANSWERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['宝宝一直打嗝 外婆说在额头上贴一段红线就能止住', /打嗝/],
  ['奶奶想给孙女剪睫毛 说剪了长得长', /睫毛/],
  ['三岁的儿子不知道在哪学了骂人的话 一直说 怎么办', /平静|替代|换一种说法/],
  ['奶嘴用了多久该换新的', /裂|变形|变黏/],
  ['新生儿一天要换多少片尿不湿', /湿尿布|大便后/],
  ['宝宝头顶那块软软的地方 老人说不能碰 洗头都不敢', /囟门/],
  ['宝宝晚上睡觉总打呼噜 是什么原因', /腺样体|扁桃体/],
];

describe('round 44 questions are answered from the section that answers them', () => {
  it.each(ANSWERS)('%s', async (text, says) => {
    const out = await chat()(text);
    expect(out.reply).toMatch(says);
  });
});

// Each row: a question, its follow-up, and words the follow-up's answer must say.
const FOLLOW_UPS: ReadonlyArray<readonly [string, string, RegExp]> = [
  // an age corrected after 不对 / 算错了: the question before, asked again of the right age
  ['宝宝七个月了还坐不稳 要紧吗', '不对 我算错了 她是十个月', /坐/],
];

describe('round 44 follow-ups stay on their topic', () => {
  it.each(FOLLOW_UPS)('%s → %s', async (first, then, says) => {
    const say = chat();
    await say(first);
    const out = await say(then);
    expect(out.reply).toMatch(says);
    expect(out.reply).not.toMatch(/保育人员|没有可靠/);
  });
});
