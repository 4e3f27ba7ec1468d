import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 12b routing: questions asked while a complaint is with staff, or that lean on the answer before, are answered
 * from the documents, not added to the ticket or read as a new topic.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 78400;

const say = (userId: number, text: string): Promise<TurnOutput> => sayNow(app, userId, text);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('with a complaint open, how soon complaints are dealt with is answered', () => {
  it.each([
    ['我要投诉 上周六老师一上午都没给孩子换尿布', '投訴通常多久會有回覆', /[1一]個工作日|[5五]個工作日/],
    [
      'I want to make a complaint, my son was left in a wet nappy',
      'How quickly do you normally deal with complaints?',
      /(?:one|1) working day|(?:five|5) working days/,
    ],
  ])('%s → %s', async (first, second, fact) => {
    const id = ++userSeq;
    await say(id, first);
    const out = await say(id, second);
    expect(citedDocs(out)).toContain('policy-contact-complaints');
    expect(out.reply).toMatch(fact);
  });
});

describe('a follow-up that leans on the answer before stays on its topic', () => {
  it('"is it the same for afternoon sessions?" after the cancel deadline is the cancel rule', async () => {
    const id = ++userSeq;
    await say(id, "What's the latest I can cancel a booking without a mark?");
    const out = await say(id, 'is it the same for afternoon sessions?');
    expect(citedDocs(out).some((d) => /service-change-cancel|service-faq|service-no-show/.test(d ?? ''))).toBe(true);
    expect(out.reply).not.toMatch(/which day/i);
  });

  it('"都一个多月了 还是哭得撕心裂肺的" after crying at drop-off is separation anxiety', async () => {
    const id = ++userSeq;
    await say(id, '孩子刚开始去托育点 每次送过去都大哭');
    const out = await say(id, '都一个多月了 还是哭得撕心裂肺的');
    expect(citedDocs(out).some((d) => /parenting-separation-anxiety|parenting-crying-calming/.test(d ?? ''))).toBe(true);
  });
});
