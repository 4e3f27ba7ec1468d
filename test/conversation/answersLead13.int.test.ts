import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { citedDocs, createTestApp, sayNow } from '../helpers/testApp.ts';

/**
 * Round 13, from the lead's parenting probes (parenting13): a baby who only goes back to sleep with a bottle is a
 * sleep question, not an unresponsive child; "how much a day" is answered with the amount, not any number; Taiwan
 * and colloquial words count as the documents' words when an answer weighs sections; English frame words inside
 * Chinese ("my baby … can we give") no longer hide the topic; "蛋白也可以吗" extends the egg question instead of
 * starting one about formula protein.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 93300;

const ask = (text: string): Promise<TurnOutput> => sayNow(app, ++userSeq, text);
const docs = citedDocs;
const NOT_COVERED = /没有可靠|沒有可靠|no reliable|not covered/i;

beforeAll(async () => {
  app = await createTestApp();
}, 600_000);

describe('going back to sleep', () => {
  it('"only falls back to sleep with a bottle" is a sleep question, not 120', async () => {
    const out = await ask('our 9 month old wakes twice a night and only falls back to sleep with a bottle, how do we stop this?');
    expect(out.reply).not.toMatch(/Call 120/);
    expect(out.reply).toMatch(/night/i);
  });
  it('after a knock to the head, going straight back to sleep is still 120', async () => {
    const out = await ask('he hit his head on the table and went straight back to sleep, I can not wake him');
    expect(out.reply).toMatch(/120/);
  });
});

describe('the measure asked', () => {
  it('"switch to whole milk? how much per day" quotes the amount a day', async () => {
    const out = await ask('can my 13 month old switch from formula to whole milk? how much per day?');
    expect(docs(out)).toContain('parenting-toddler-nutrition');
    expect(out.reply).toMatch(/\d{3}\s*ml/);
  });
  it('"一顿饭要吃多久" is answered with the length of a meal', async () => {
    const out = await ask('孩子一顿饭要吃一个多小时 一顿饭一般吃多久比较好');
    expect(out.reply).toMatch(/30\s*分钟/);
  });
});

describe("the documents' words", () => {
  it('English frame words inside Chinese do not hide the topic: "my baby 10个月 can we give 纯牛奶"', async () => {
    const out = await ask('my baby 10个月 can we give 纯牛奶 当主要的奶吗');
    expect(out.reply).not.toMatch(NOT_COVERED);
    expect(docs(out)).toContain('parenting-toddler-nutrition');
    expect(out.reply).toMatch(/1岁|一岁/);
  });
  it('egg white for a baby with no allergy is the "no need to delay" section, not the allergy one', async () => {
    const out = await ask('八個月可以吃蛋白嗎 阿嬤說一歲才可以');
    expect(docs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/不需要刻意推遲/);
    expect(out.reply).not.toMatch(/確診對哪種食物過敏，就不要/);
  });
  it('"蛋白也可以吗" after the egg question is the same question, not one about formula', async () => {
    const out = await ask('9个月可以吃鸡蛋吗 蛋白也可以吗');
    expect(docs(out)).toContain('parenting-starting-solids');
    expect(docs(out)).not.toContain('parenting-formula-feeding');
  });
});

describe('the section the parent asked about', () => {
  it('constipation while toilet training stays on the section listing it, not whether the child is ready', async () => {
    const out = await ask('快三岁了 还在学上厕所 最近便秘 两三天才拉一次 拉的时候哭');
    expect(out.reply).not.toMatch(/准备好如厕训练/);
    expect(out.reply).toMatch(/大便干硬|便秘/);
  });
  it("undigested food in a baby's poo after starting solids is common, not poor digestion", async () => {
    const out = await ask('宝宝8个月 大便里有胡萝卜 没消化的样子 是不是消化不好');
    expect(docs(out)).toContain('parenting-starting-solids');
    expect(out.reply).toMatch(/食物残渣|不说明消化不好/);
  });
  it('"wake up at 5am" inside Chinese is waking too early, not night waking', async () => {
    const out = await ask('宝宝老是 wake up at 5am 怎么让他多睡一会');
    expect(out.reply).toMatch(/五六点|早醒/);
  });
});

describe('an overwhelmed parent', () => {
  it('is not answered with a service rule that shares only everyday words ("hours")', async () => {
    const out = await ask("I'm running on 3 hours of sleep, my partner works away all week and I'm starting to resent my baby. I feel terrible");
    expect(docs(out)).not.toContain('service-faq');
    expect(out.reply).toMatch(/12356|staff/);
  });
});
