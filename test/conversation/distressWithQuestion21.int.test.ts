import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 21: a concrete question told with the parent's distress ("…每兩小時醒一次 我快崩潰了 有什麼方法嗎") is answered as
 * asked, with the human words, 12356 and the wellbeing section after it; the distress words alone no longer decide what
 * is quoted. A parent who tells only what wears them out still hears the wellbeing section first.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 97100;

const ask = (text: string, user = ++userSeq): Promise<TurnOutput> => sayNow(app, user, text);

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('a question told with distress', () => {
  it('night waking asked by a Traditional writer at breaking point: the night section first, the wellbeing section after', async () => {
    const out = await ask('寶寶一歲了晚上還是每兩小時醒一次 我快崩潰了 有什麼方法嗎');
    const docs = citedDocs(out);
    expect(docs[0]).not.toBe('parenting-parent-wellbeing');
    expect(docs[0]).toMatch(/^parenting-/);
    expect(docs).toContain('parenting-parent-wellbeing');
    expect(out.reply).toMatch(/12356/);
    expect(out.reply).toMatch(/夜/);
  });

  it('distress with no question of its own besides who helps: the wellbeing section, not a service rule', async () => {
    const out = await ask('老公天天加班家里没人帮我一个人带娃真的要崩溃了');
    expect(citedDocs(out)[0]).toBe('parenting-parent-wellbeing');
    expect(out.reply).toMatch(/12356/);
  });
});
