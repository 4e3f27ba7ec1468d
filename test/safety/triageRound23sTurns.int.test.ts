import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, firstLine } from '../helpers/testApp.ts';

/**
 * Round 23 (cov23s) through the conversation core: "那明天还能去托育点吗" / "can she still go on Saturday?" right after an
 * illness was told is the drop-off rule for that illness (24 hours without fever or fever medicine), not a list of
 * tomorrow's places; the same words with no illness before are still a search. A red sign told after it is 120 first.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 82300;

const chat = (userId: number) => chatAs(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('round 23: going to care, asked after an illness', () => {
  it.each(['那明天还能去托育点吗', '明天还能送托吗', '那周六还能去托育点吗'])('after a fever that is gone: the 24-hour rule, no places (%s)', async (q) => {
    const say = chat(++userSeq);
    await say('昨天晚上孩子发烧38.5，今天早上退了，精神很好，吃饭也正常');
    const out = await say(q);
    expect(out.reply).toMatch(/24/);
    expect(out.reply).not.toMatch(/的空位/);
    expect(out.tools.some((t) => t.name === 'search_slots')).toBe(false);
  });

  it('in English after a tummy bug: the rule for vomiting and diarrhoea', async () => {
    const say = chat(++userSeq);
    await say('she had diarrhoea 3 times this morning but she is drinking fine and playing');
    const out = await say('can she still go to Saturday care?');
    expect(out.reply).toMatch(/24 hours/);
  });

  it('with nothing told before, the same question is still a search', async () => {
    const out = await chat(++userSeq)('那周六还能去托育点吗');
    expect(out.reply).not.toMatch(/24小时/);
  });

  it('a red sign after the care question is 120 first', async () => {
    const say = chat(++userSeq);
    await say('昨天晚上孩子发烧38.5，今天早上退了');
    await say('那明天还能去托育点吗');
    const out = await say('现在突然抽起来了 叫不醒');
    expect(firstLine(out)).toMatch(/120/);
  });
});
