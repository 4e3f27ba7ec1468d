import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 45, pol45 (test/fixtures/eval-tuning/pol45.jsonl): service questions answered from their sections, nothing searched. */
describe('round 45 service questions (pol45)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it.each([
    ['你们这个服务点是咋选的地方啊 我们小区能不能也开一个', /不能确定.{0,20}新的服务点[\s\S]*居委会/, 'service-point-types'],
    ['how do you decide where to put a point? there is nothing near us', /cannot say whether or when a new point/i, 'service-point-types'],
    ['公司要我提供孩子的托育證明 你們可以開入托證明嗎', /不能出具/, 'service-practical-questions'],
    ['my employer wants a certificate that my son is enrolled in childcare. can you issue one?', /cannot issue/i, 'service-practical-questions'],
    ['不是投诉啊 就是提个建议', /谢谢你愿意提建议/, 'policy-contact-complaints'],
    ['not a complaint at all, just a suggestion: could the carers write two lines at pickup', /Thank you/, 'policy-contact-complaints'],
    ['晨检的时候孩子哭闹不让量体温怎么办', /额温枪|耳温计/, 'policy-health-check'],
    ['how long can my son cry before someone calls me?', /comfort/i, 'service-faq'],
    ['周六那个半日托大人能不能在旁边陪着啊', /可以离开/, 'service-faq'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, 9_545_101)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('the reminder is said with its configured time', async () => {
    const out = await chatAs(app, 9_545_102)('预约的前一天会发提醒吗 几点发');
    expect(out.reply).toMatch(/18:00/);
  });
});
