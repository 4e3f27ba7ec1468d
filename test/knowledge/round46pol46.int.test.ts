import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 46, pol46 (test/fixtures/eval-tuning/pol46.jsonl): service questions answered from their sections, not searched or booked. */
describe('round 46 service questions (pol46)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_546_400;
  it.each([
    ['要是孩子在里面发烧了 老师会叫我们去接吗 那这次还算钱吗', /同样免费/, 'policy-health-check'],
    ['小孩在托育中途發燒被叫回去 這樣要付錢嗎', /同樣免費/, 'policy-health-check'],
    ['以后会不会开始收钱啊', /不能替政府承诺/, 'service-eligibility'],
    ['能帮邻居家的小孩约一下周六吗 她妈妈不会用手机', /邻居、朋友家的孩子/, 'service-how-to-book'],
    ['can i book a spot for my neighbours kid? shes 2, her mum doesnt have telegram', /neighbour's or friend's child/i, 'service-how-to-book'],
    ['booking reminder我没收到 一般几点发提醒啊', /18:00/, 'service-how-to-book'],
    ['我兒子在做早療 發展比較慢 可以參加週末托育嗎 要跟誰說', /特殊需要/, 'service-eligibility'],
    ['上周六服务点提前关门了 我们到的时候没人 system说我no-show了??', /撤销这条记录|核实/, 'service-no-show'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('"感统class具体做啥 my son is 2" is answered in Chinese', async () => {
    const out = await chatAs(app, ++user)('感统class具体做啥 my son is 2');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/感统/);
  });

  it('the waitlist odds asked in English are answered, not a waitlist request', async () => {
    const out = await chatAs(app, ++user)('ok so what are my chances on the waitlist');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/wait ?list/i);
    expect(out.reply).not.toMatch(/which day would you like/i);
  });
});
