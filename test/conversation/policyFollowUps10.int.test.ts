import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 10 policy answers: the fact a parent asks for comes from the section that holds it, not a neighbour
 * ("那我在上班一时赶不过去怎么办" after a child falling ill during care is who collects, not breastfeeding at work; snacks
 * after an allergy; moving a booking; a pause covering every child), while a clear parenting question after a service
 * answer is still a parenting question.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 71000;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);
const docs = citedDocs;

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('a follow-up to a service rule', () => {
  it('"那我在上班一时赶不过去怎么办" after illness during care: a named adult collects, not breastfeeding at work', async () => {
    const id = ++userSeq;
    await say(id, '孩子在托的时候要是突然发烧了 你们会怎么处理');
    const out = await say(id, '那我在上班一时赶不过去怎么办');
    expect(docs(out)).toContain('policy-health-check');
    expect(docs(out).some((d) => d?.startsWith('parenting-'))).toBe(false);
    expect(out.reply).toMatch(/指定/);
  });

  it('a clear parenting question after a service rule is still answered from parenting', async () => {
    const id = ++userSeq;
    await say(id, '半日托有包午餐吗');
    const out = await say(id, '那她晚上总是醒好几次怎么办');
    expect(docs(out).some((d) => d?.startsWith('parenting-sleep'))).toBe(true);
  });

  it('"那點裡會給小孩吃點心嗎" after an allergy: the snacks rule, not the allergy section again', async () => {
    const id = ++userSeq;
    await say(id, '小孩有蛋過敏 是要在系統裡填 還是送去的時候跟老師講就好');
    const out = await say(id, '那點裡會給小孩吃點心嗎');
    expect(out.reply).toMatch(/零食/);
  });
});

describe('the section that holds the fact', () => {
  it('moving Saturday to Sunday: book the new session first, then cancel', async () => {
    const out = await say(++userSeq, '我想把周六的托育改到周日 是要先取消再重新约吗');
    expect(out.reply).toMatch(/先预约新场次/);
  });

  it('a pause for no-shows covers every child on the account', async () => {
    const out = await say(++userSeq, 'If I get paused for no-shows, does that stop me booking for my other kid as well?');
    expect(docs(out)).toContain('service-no-show');
    expect(out.reply).toMatch(/all children|account/i);
  });
});
