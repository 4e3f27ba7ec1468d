import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 44, pol44 (test/fixtures/eval-tuning/pol44.jsonl): service questions answered from their sections, nothing searched. */
describe('round 44 service questions (pol44)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it.each([
    ['can I send a voice message instead of typing to book?', /voice input|dictation/i, 'service-faq'],
    ['奶奶不會打字，能發語音給你嗎？', /語音輸入/, 'service-faq'],
    ['I got a new phone number, will my bookings be lost?', /Telegram account/i, 'policy-privacy'],
    ['did my son nap and eat at the session today?', /cannot see|ask them at pick-up/i, 'service-practical-questions'],
    ['孩子今天在半日托有没有哭', /看不到|接孩子时/, 'service-practical-questions'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, 9_544_101)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });
});
