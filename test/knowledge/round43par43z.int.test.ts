import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * Round 43 (par43z, probe file test/fixtures/eval-tuning/par43z.jsonl): the knowledge added for Chinese parents'
 * questions, and the follow-ups that now stay on their topic — each worded apart from the probe file.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 843000;
const chat = () => chatAs(app, ++userSeq);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

// Each row: one message, and words the answer must say.
const ANSWERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['儿子三岁半 下牙在上牙前面 地包天 要不要去看', /口腔|正畸|牙医/],
  ['my 3 year old has an underbite, will it go away by itself?', /dentist|orthodontist/],
  ['满月宝宝肚脐一哭就凸出来 按下去又回去了', /脐疝/],
  ['婆婆要在宝宝肚脐上压个硬币绑起来', /不要用硬币/],
  ["grandma wants to tape a coin over my baby's belly button hernia", /coin/],
  ['两岁的女儿特别怕打针 下周还要打疫苗 怎么办', /实话实说|抱着/],
  ['头围一直在第三百分位左右 要紧吗', /头围/],
  ['每天给宝宝吃益生菌对肠胃好吗 一岁', /益生菌/],
  ['男孩是不是就是比女孩说话晚', /男孩平均/],
  ['八个月宝宝一看书就撕 还往嘴里塞', /纸板书|布书/],
  ['社区医生说给孩子牙齿涂氟 安全吗', /安全/],
  ['我妈给娃穿三层还盖被子 说手凉是冷', /后颈|后背/],
];

describe('round 43 questions are answered from the section that answers them', () => {
  it.each(ANSWERS)('%s', async (text, says) => {
    const out = await chat()(text);
    expect(out.reply).toMatch(says);
  });
});

// Each row: a question, its follow-up, and words the follow-up's answer must say (and its heading must not).
const FOLLOW_UPS: ReadonlyArray<readonly [string, string, RegExp, RegExp]> = [
  // when to see a doctor, asked of a topic whose own section says so: not another section of its document headed so
  ['三岁儿子说话结巴 老是重复第一个字 怎么办', '那什么时候要带去看医生', /言语治疗师|超过6个月/, /两岁还不会说话/],
  ['一岁八个月 走路两条腿弯弯的 罗圈腿', '要是一直不直 什么时候要去看医生', /一边腿弯|3岁以后/, /大运动/],
  // an age corrected with Chinese months and a space before the age it corrects
  ['宝宝四个月 头围在第三百分位 要紧吗', '不好意思我说错了 她是六个月 不是四个月', /百分位|曲线/, /没有可靠/],
  // fever medicine before the jab, after a fear of injections
  ['孩子一看到打针就哭得厉害 下个月还要打疫苗', '那打之前可以先给她吃退烧药吗', /不建议/, /交替/],
];

describe('round 43 follow-ups stay on their topic', () => {
  it.each(FOLLOW_UPS)('%s → %s', async (first, then, says, notHeading) => {
    const say = chat();
    await say(first);
    const out = await say(then);
    expect(out.reply).toMatch(says);
    expect(out.reply.split('\n')[0]).not.toMatch(notHeading);
  });
});
