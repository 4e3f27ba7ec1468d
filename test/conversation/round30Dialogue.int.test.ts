import { beforeAll, describe, expect, it } from 'vitest';
import { buttonData, chatAs, createTestApp } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// Round 30 (the lead's probes, test/fixtures/eval-tuning/lead30.jsonl): follow-ups that lean on the answer before —
// an age told after it, "when does it close?", prevention after first aid, "it's bleeding" after eczema — and a
// cancellation with the next booking in one message. The test clock is Wed 25 Nov 2026, 10:00 in Xiamen.
describe('round 30 dialogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 120_000);

  it('"he\'s 20 months btw" after a naps answer answers naps again, with no search', async () => {
    const say = chatAs(app, 9_530_001);
    await say('how many naps should a toddler have a day?');
    const out = await say("he's 20 months btw");
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(out.reply).toMatch(/one midday nap/);
  });

  it('"when does it close?" after the soft spot is the fontanelle, not the sessions\' hours', async () => {
    const say = chatAs(app, 9_530_002);
    await say('my 4 month old has a soft spot on top of her head, is that normal?');
    const out = await say('when does it close?');
    expect(out.reply).toMatch(/12 and 18 months/);
    expect(out.reply).not.toMatch(/half-day care: weekends/);
  });

  it('storing laundry pods after the first aid is prevention, quoted from the poisoning part', async () => {
    const say = chatAs(app, 9_530_003);
    await say('my 2yo bit into a laundry pod, she spat it out and seems ok, what do I do');
    const out = await say("ok she's fine now. how should I store them so this doesn't happen again?");
    expect(out.reply).not.toMatch(/Call 120 now/);
    expect(out.reply).toMatch(/child latch/);
  });

  it('"it\'s bleeding a bit where he scratched" after eczema stays on eczema', async () => {
    const say = chatAs(app, 9_530_004);
    await say('my son has eczema on his cheeks, what cream should we use?');
    const out = await say("it's bleeding a bit where he scratched");
    expect(out.reply).toMatch(/eczema/i);
    expect(out.reply).not.toMatch(/graze|rabies/);
  });

  it('"周六去不了了 取消吧 下周日再约" asks to cancel Saturday and lists next Sunday', async () => {
    const say = chatAs(app, 9_530_005);
    await say('果果 2024-08-10');
    const list = await say('这周六上午思明');
    await say({ button: buttonData(list, /^预约 1$/) });
    const out = await say('周六去不了了 取消吧 下周日再约');
    expect(out.reply).toMatch(/确定要取消预约 [A-Z0-9]+ 吗[\s\S]*11月28日（周六）/);
    expect(out.reply).toMatch(/12月6日（周日）(?:上午)?适合果果的场次/);
    const done = await say({ button: buttonData(out, /^确认取消$/) });
    expect(done.tools.map((t) => t.name)).toContain('cancel_booking');
  });

  it("who the teacher is on a day is answered honestly, and 'can you ask them' reaches staff", async () => {
    const say = chatAs(app, 9_530_006);
    const out = await say("who's the teacher at Qianpu this Saturday morning?");
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
    expect(out.reply).toMatch(/no list of the carers/);
    const asked = await say('ok can you ask them for me?');
    expect(asked.tools.map((t) => t.name)).toContain('escalate_to_staff');
  });
  it('a correction right after booking moves it to the same kind of session at its point, saying only that it moved', async () => {
    const say = chatAs(app, 9_530_007);
    await say('小芽 2024-02-02');
    const list = await say('週六上午海滄幫我約');
    await say({ button: buttonData(list, /^預約 1$/) });
    const out = await say('不好意思 改成禮拜天下午可以嗎');
    expect(out.reply).toMatch(/【[A-Z0-9]+】小芽 · 11月29日（週日） 14:30–17:30 · 半日托/);
    expect(out.reply).toMatch(/原來 11月28日（週六） 的預約【[A-Z0-9]+】已取消/);
    expect(out.reply).not.toMatch(/確認取消”先取消它/);
  });
  it('a birth day told with its month ("8月12号") completes the birth month, and the Saturday search asked for goes on', async () => {
    const say = chatAs(app, 9_530_008);
    const asked = await say('我想给孩子约周六的 他叫豆豆 前年八月生的');
    expect(asked.reply).toMatch(/豆豆是2024年8月几号出生的/);
    const out = await say('8月12号');
    expect(out.tools.find((t) => t.name === 'register_child')?.args).toEqual({ name: '豆豆', birthDate: '2024-08-12' });
    expect(out.reply).toMatch(/11月28日（周六）适合豆豆的场次/);
  });

  it('two birth days with their months ("6月5号和9月20号") register both children, not a search of June to September', async () => {
    const say = chatAs(app, 9_530_009);
    await say('老大叫可可 2023年6月 老二叫乐乐 2025年9月');
    const out = await say('6月5号和9月20号');
    expect(out.tools.filter((t) => t.name === 'register_child').map((t) => t.args)).toEqual([
      { name: '可可', birthDate: '2023-06-05' },
      { name: '乐乐', birthDate: '2025-09-20' },
    ]);
    expect(out.tools.map((t) => t.name)).not.toContain('search_slots');
  });
});
