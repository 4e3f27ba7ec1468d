import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp } from '../helpers/testApp.ts';

/**
 * Round 24: a question about the service that names a parenting topic (an allergy, a dummy, nappies, medicine, 感统) is
 * answered by the service's rule — what the point does, what to tell the carers, what to bring — not by the parenting
 * section its topic word finds; a parenting question that only mentions the point keeps its parenting answer. Worded
 * apart from the probe file (test/fixtures/eval-tuning/svc24.jsonl).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 24_400;

beforeAll(async () => {
  app = await createTestApp();
}, 120_000);

const ask = (text: string) => chatAs(app, ++userSeq)(text);
const cited = (out: { citations: Array<{ docId?: string }> }) => out.citations.map((c) => c.docId);

describe('a service question naming a parenting topic is answered by the service rule', () => {
  it('nappies at the point: bring your own, the carers change the child with them', async () => {
    const out = await ask('女儿快两岁了还穿尿不湿 送去托育点老师会给她换吗');
    expect(cited(out)).toContain('service-what-to-bring');
    expect(out.reply).toMatch(/自己带|自己准备/);
  });

  it('a milk allergy and food at "your point": tell the carers, bring what the child can eat', async () => {
    const out = await ask('儿子对牛奶过敏 你们点里会给小朋友吃点心吗');
    expect(cited(out).some((d) => d === 'service-what-to-bring' || d === 'service-practical-questions')).toBe(true);
    expect(out.reply).toMatch(/告诉|自己带/);
  });

  it('感统失调 and the sensory class: play, not therapy, for every child', async () => {
    const out = await ask('医生说孩子有点感统失调 他能去你们的感统课吗');
    expect(cited(out)).toContain('service-kinds');
    expect(out.reply).toMatch(/不是治疗|游戏/);
  });

  it('an inhaler (Taiwan 氣喘): carers give no medicine as a rule; ask the point first', async () => {
    const out = await ask('小孩有氣喘 需要用吸入器 托育時保育員可以幫忙嗎');
    expect(cited(out)).toContain('service-what-to-bring');
    expect(out.reply).toMatch(/一般不|書面|提前/);
  });

  it('teething gel at the point after a teething answer', async () => {
    const say = chatAs(app, ++userSeq);
    await say('how can I ease his sore gums while his molars come in?');
    const out = await say('and at drop-off, will the carers put his teething gel on?');
    expect(cited(out)).toContain('service-what-to-bring');
    expect(out.reply).toMatch(/as a rule|written|beforehand/i);
  });
});

describe('a service section that meets the question only by the day and the service words does not answer its topic', () => {
  it('tears at a Sunday drop-off are answered from separation anxiety, not from which ages may be left', async () => {
    const out = await ask('礼拜天下午送去托育 她分离焦虑一直哭 怎么办');
    expect(cited(out)).toContain('parenting-separation-anxiety');
    expect(cited(out)).not.toContain('service-eligibility');
  });

  it('teething before a session: teething alone is no reason to stay home; a fever is', async () => {
    const out = await ask('他最近在长牙 口水很多 礼拜六还能送过去吗');
    expect(cited(out)).toContain('policy-health-check');
    expect(out.reply).toMatch(/出牙|长牙/);
  });
});

describe('a parenting question that only mentions the point keeps its parenting answer', () => {
  it('the carers said she hardly talks: how to help at home', async () => {
    const out = await ask('托育点老师说她不太开口说话 在家怎么帮她多说');
    expect(cited(out)).toContain('parenting-language-milestones');
  });

  it('after a class at the point: games to play at home', async () => {
    const out = await ask('She loved the picture book class at the point. How can we read together at home?');
    expect(cited(out).every((d) => d?.startsWith('parenting-'))).toBe(true);
  });
});
