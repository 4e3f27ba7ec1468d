import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, firstLine, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 42 (the lead's probes, test/fixtures/eval-tuning/lead42.jsonl).
describe('round 42 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('a biting question told with a booked half-day session gets the biting answer, not the page on finding care', async () => {
    const out = await chatAs(app, 9_542_001)('周日下午约了半日托 女儿一岁半这两周老是咬人 去托育点会不会咬别的宝宝 我该提前做什么');
    // The biting section, or (since round 49's merge) the point's own answer on a child who bites there, which gives the same
    // home advice (AAP) and what the carers do: both answer it; the page on finding care does not.
    expect(['parenting-behaviour-social', 'policy-injury-at-point']).toContain(citedDocs(out)[0]);
    expect(out.reply).toMatch(/咬/);
    expect(searched(out)).toBe(false);
  });

  it('a question after "totally different question -" is answered, not the booking told before it', async () => {
    const out = await chatAs(
      app,
      9_542_002,
    )('booked the sunday session for next week already. totally different question - how many naps should a 15 month old have?');
    expect(citedDocs(out)[0]).toBe('parenting-sleep-routines');
    expect(out.reply).toMatch(/nap/i);
  });

  it('a lick of washing-up liquid gets low-toxicity first aid, no 120 banner', async () => {
    const out = await chatAs(app, 9_542_003)('一岁半的宝宝刚才舔了一口洗碗的洗洁精 现在看着没什么事');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/洗洁精/);
    expect(citedDocs(out)[0]).toBe('parenting-first-aid');
  });

  it('a fever on the week of a booked Saturday gets the return-to-care rule and how to cancel, in Traditional, with no search', async () => {
    const out = await chatAs(app, 9_542_004)('這週六早上有預約托育 孩子今天燒到38.6 週六還可以去嗎 預約要怎麼處理');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/取消/);
    expect(out.reply).toMatch(/退燒/);
    expect(out.reply).not.toMatch(/空位/);
  });

  it('overtime on a booked Saturday asks what happens: the cancel deadline, no complaint and nothing cancelled', async () => {
    const out = await chatAs(app, 9_542_005)('周六约好了 可是公司临时要加班 去不了了 会怎么样');
    expect(out.reply).toMatch(/取消/);
    expect(out.reply).not.toMatch(/没有可靠|工单号/);
  });

  it('when bookings open for the Saturday after New Year: 19 December, not this Saturday’s places', async () => {
    const out = await chatAs(app, 9_542_006)('when do bookings open for the saturday after new year?');
    expect(out.reply).toMatch(/19 Dec/);
    expect(out.reply).not.toMatch(/28 Nov/);
  });

  it('a toddler who answers only in English: the bilingual answer, and "when she answers me in english" keeps English without switching', async () => {
    const say = chatAs(app, 9_542_007);
    const first = await say('we speak mandarin at home but since daycare my 2.5 year old only answers us in english');
    expect(citedDocs(first)[0]).toBe('parenting-language-milestones');
    expect(first.reply).toMatch(/home language/);
    const next = await say('so when she answers me in english what do i say?');
    expect(next.reply).not.toMatch(/reply in English from now on/);
    expect(citedDocs(next)[0]).toBe('parenting-language-milestones');
  });

  it('"so when should we start then?" after potty training is about potty training, not session times', async () => {
    const say = chatAs(app, 9_542_008);
    await say('is 2 too early to start potty training?');
    const out = await say('ok so when should we start then?');
    expect(out.reply).not.toMatch(/\d{1,2}:\d{2}/);
    expect(citedDocs(out)[0]).toBe('parenting-toilet-learning');
  });

  it('"what if she refuses for weeks?" after a bath fear stays on the bath', async () => {
    const say = chatAs(app, 9_542_009);
    await say('my 18 month old suddenly screams whenever we put her in the bath, she used to love it');
    const out = await say('and what if she refuses for weeks?');
    expect(citedDocs(out)[0]).toBe('parenting-behaviour-fears');
    expect(out.reply).toMatch(/weeks/);
  });

  it('flat feet with nainai’s 矫正鞋 finds the flat-feet answer', async () => {
    const out = await chatAs(app, 9_542_010)('my 2yo has flat feet, nainai wants to buy 矫正鞋, do we need them?');
    expect(citedDocs(out)[0]).toBe('parenting-motor-milestones');
    expect(out.reply).toMatch(/flat/i);
  });

  it('分床 then "他半夜一直跑回来怎么办" stays on moving to his own bed', async () => {
    const say = chatAs(app, 9_542_011);
    await say('想给两岁儿子分床 how do we start?');
    const out = await say('他半夜一直跑回来怎么办');
    expect(out.reply).toMatch(/分床|送回/);
    expect(citedDocs(out)[0]).toBe('parenting-sleep-routines');
  });
  it('"what time should bedtime be then?" after dropping to one nap is the bedtime answer, not session times', async () => {
    const say = chatAs(app, 9_542_012);
    await say('LO is 14 months and fighting her morning nap every day, is she ready to go to one nap?');
    const out = await say('and what time should bedtime be then?');
    expect(out.reply).not.toMatch(/half-day care: weekends/);
    expect(citedDocs(out)[0]).toBe('parenting-sleep-routines');
  });

  it('an itchy, swollen bite after a mosquito question is the insect-bite answer, no injury-at-a-point ticket', async () => {
    const say = chatAs(app, 9_542_013);
    await say('can i use 花露水 on my 6 month old for the mosquitoes? all the nainai here do');
    const out = await say("and after she's bitten? it's really itchy and swollen");
    expect(citedDocs(out)[0]).toBe('parenting-first-aid');
    expect(out.reply).toMatch(/insect bite/i);
    expect(out.reply).not.toMatch(/complaint/);
  });
  it('whether a reminder comes, told with a bad memory, is answered from the confirmation and reminder section', async () => {
    const out = await chatAs(app, 9_542_014)('约好了会提醒我不 啥时候提醒 我这记性老忘');
    expect(citedDocs(out)[0]).toBe('service-how-to-book');
    expect(out.reply).toMatch(/提醒/);
    expect(out.reply).not.toMatch(/没有直接回答/);
  });

  it('a flat head, then "那需要戴頭盔嗎", is the flat-head answer on helmets, not a scooter helmet', async () => {
    const say = chatAs(app, 9_542_015);
    await say('寶寶三個月 後腦勺右邊扁扁的 阿嬤說要用定型枕 我該怎麼辦');
    const out = await say('那需要戴頭盔嗎');
    expect(citedDocs(out)[0]).toBe('parenting-safe-sleep');
    expect(out.reply).toMatch(/矯形頭盔/);
  });
  it('a weekday class and a weekend session in one week, asked against the limit, is the weekly-limit rule, not a slot list', async () => {
    const out = await chatAs(app, 9_542_016)('同一個禮拜 平日去上一堂繪本課 週末再去半日托 這樣可以嗎 會不會算超過次數');
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(/不佔次數|不算/);
  });
});
