import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The first characters of a reply, where the answer must lead. */
const lead = (reply: string) => reply.slice(0, 120);

/**
 * Round 54, hant54: Traditional Chinese with Taiwan wording — a second question part after 嗎 read as in Simplified,
 * a question told after 有約, Taiwan's 健保, 奶嘴 as the pacifier, 副食品 texture, a morning reading after a fever.
 */
describe('round 54 Traditional answers (hant54)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_554_540;

  it('the waitlist asked in Traditional, then "如果我沒回呢": the hold lapses and passes on', async () => {
    const say = chatAs(app, ++user);
    await say('候補是怎麼排的 排到了會通知我嗎 要多久內回覆');
    const out = await say('如果我沒回呢');
    expect(lead(out.reply)).toMatch(/沒回覆|沒有回覆/);
    expect(out.reply).toMatch(/失效|下一位/);
  });

  it('a stroller asked after 有約: the parking and stroller answer, no search', async () => {
    const out = await chatAs(app, ++user)('我禮拜六有約湖裡的 請問一下那邊推車可以推進去嗎 還是要停外面');
    expect(lead(out.reply)).toMatch(/推車/);
    expect(searchedSlots(out)).toBe(false);
  });

  it.each([['這邊看小兒科可以用健保嗎 我們台灣的健保卡在這裡能不能用'], ['台湾的健保卡在厦门看病能用吗']])('%s: Taiwan NHI answered honestly', async (text) => {
    const out = await chatAs(app, ++user)(text);
    expect(lead(out.reply)).toMatch(/健保/);
    expect(out.reply).toMatch(/12393/);
    expect(citedDocs(out)).toContain('parenting-family-life');
  });

  it('can we use our Taiwan NHI card in Xiamen: answered in English', async () => {
    const out = await chatAs(app, ++user)('can we use our Taiwan health insurance card at a clinic in Xiamen');
    expect(out.reply).toMatch(/pay for the child's visit yourself/);
  });

  it('奶嘴 in Taiwan usage is the pacifier: that section leads, not thumb-sucking', async () => {
    const out = await chatAs(app, ++user)('奶嘴要用到幾歲要戒啊 他現在兩歲半 睡覺一定要咬 會不會暴牙');
    expect(lead(out.reply)).toMatch(/奶嘴/);
  });

  it('副食品 at six months, 米精 or 粥 and how fine the 泥: first foods, not when to start', async () => {
    const out = await chatAs(app, ++user)('寶寶下禮拜滿六個月 要開始吃副食品了 要先吃米精還是米粥 泥要打多細 什麼時候可以改吃粥');
    expect(lead(out.reply)).not.toMatch(/幾個月可以吃/);
  });

  it('a fever gone after medicine, then a morning reading of 37.4: the 37.3 / 37.5 check', async () => {
    const say = chatAs(app, ++user);
    await say('他昨天晚上發燒 吃了退燒藥今天早上退了 禮拜六還可以送去嗎');
    const out = await say('那如果禮拜六早上量37.4呢');
    expect(out.reply).toMatch(/37\.3|37\.5/);
  });
});
