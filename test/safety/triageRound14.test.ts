import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { understand } from '../../src/nlu/understand.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 14: the level and the situation's own fact, in wordings other than safety14's. A fall from a shopping trolley
 * and a baby's head swelling of 5 cm or more are hospital now (and stay so on the next question); projectile vomiting is
 * not spit-up; pale poo is the poo, not a pale child; fluid from an ear is a doctor today with nothing put in the ear;
 * a fever still there on day 3 after a vaccine is a doctor today; an arm not used after a fall is a limb injury, not a
 * head knock; sweat after an afternoon outdoors is heat exhaustion; sunburn said as 晒了…红红的 is sunburn; a bruise
 * found at pickup is an injury at the point.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', '孩子站在超市手推车里 一下子栽下来了 后脑着地 现在还好'],
  ['red', 'she tumbled out of the shopping cart seat onto the floor, seems ok'],
  ['red', '八个月 从沙发上掉下来 额头起了个包 大概5厘米 还在吃奶'],
  // Over 1, a big lump alone is the bump to watch (the 5 cm rule is for babies).
  ['watch', '2 year old bumped his head, lump about 6 cm, playing fine'],
  ['amber', '一个月的宝宝 每次吃完奶都喷射状吐出来'],
  ['amber', 'my 4 week old keeps projectile vomiting after feeds'],
  ['amber', '宝宝两个月 拉的大便是灰白色的 像陶土'],
  ['amber', "her poop is really pale, almost white, she's 3 weeks"],
  ['amber', '三岁 耳朵流脓了 昨天还喊耳朵痛'],
  ['amber', 'there is yellow gunk coming out of her ear, she is 18 months'],
  ['amber', '打了疫苗以后 烧到第三天了 38.6'],
  ['amber', '宝宝 1岁 从 床 上 摔下来 右手 不肯 动 肿了'],
  ['watch', '兩歲 在公園玩了一下午 一身汗 臉好紅 說好累'],
  ['amber', '十个月 昨天晒了一上午 背上红红的'],
  ['watch', '去托育點接兒子 他小腿有一塊瘀青 老師沒說'],
];

describe('triage round 14', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a head knock made red by its fall stays red when the parent then asks about sleep', () => {
    expect(triageOf(['从购物车上摔下来 头着地 两岁 现在在玩', '他睡着了 可以让他睡吗']).level).not.toBe('watch');
  });

  it('pale poo is not a pale child', () => {
    const r = readHealthSigns("my 5 week old's poos have gone really pale");
    expect(r.signs.has('pale_stool')).toBe(true);
    expect(r.signs.has('pale')).toBe(false);
  });

  it('fluid from an ear gets its own first step (nothing in the ear) and the ear section', () => {
    const t = triageOf(['兩歲 耳朵流出黃黃的水']);
    const a = triageAdvice(t, readHealthSigns(toSimplified('兩歲 耳朵流出黃黃的水')).signs, false);
    expect(a.firstSteps).toEqual(['earFirst']);
    expect(a.sections).toContain('ear');
  });

  it('a health story that names a day runs no search; a request for places with it still does', () => {
    const now = new Date('2026-11-25T10:00:00+08:00');
    const ctx = { now, timeZone: 'Asia/Shanghai' };
    expect(understand('下午在外面玩了很久 两岁半 脸红红的一直流汗', ctx).intent).not.toBe('find_slots');
    expect(understand('can it wait until her 2 month check on Friday?', ctx).intent).not.toBe('find_slots');
    const asks = understand('孩子有点咳嗽 周六上午湖里还有位吗', ctx);
    expect([asks.intent, ...(asks.requests ?? []).map((q) => q.intent)]).toContain('find_slots');
  });
});
