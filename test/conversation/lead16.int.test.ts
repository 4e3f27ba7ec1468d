import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 16, the lead's policy probes: how far ahead booking opens is answered even when the parent names the day they
 * plan for; a prescribed medicine is a question about medicine at the point, not about doctors; how a story went
 * ("结果…") names no topic.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 96400;

const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('how far ahead, with a day named', () => {
  it('the rule first, then that day', async () => {
    const out = await ask('How far ahead can I book? I want to plan for Saturday 19 December');
    expect(out.reply).toMatch(/14 days/);
    expect(out.reply).toMatch(/19 Dec/);
  });
  it('without a day it still asks which day', async () => {
    const out = await ask('How far ahead can I book?');
    expect(out.reply).toMatch(/14 days/);
  });
});

describe('medicine prescribed by a doctor', () => {
  it.each(['醫生開了藥 中午要吃一次 老師可以幫忙餵嗎', '医生给她开了抗生素 中午那顿老师能帮忙喂吗'])('%s: whether carers give medicine', async (text) => {
    const out = await ask(text);
    expect(citedDocs(out)).toContain('service-what-to-bring');
    expect(out.reply).toMatch(/一般不[喂餵]/);
  });
});

describe('a day that is a vaccination appointment', () => {
  it('"shots tomorrow, anything I should do before?" is about the jabs, not that day\'s sessions', async () => {
    app.clock.set(new Date('2026-11-25T20:00:00+08:00'));
    const out = await ask('my baby has her 6 month shots tomorrow, anything I should do before?');
    expect(citedDocs(out)).toContain('parenting-vaccination');
    expect(out.reply).not.toMatch(/Free places/);
  });
});
