import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 33 (saf33): something shiny swallowed and not made out is treated as a button battery (act as if it was, US
 * National Capital Poison Center); a battery "like a button" gone from a remote is one; magnets gone from a toy the child
 * was chewing are swallowed; grandma's pills named in English inside Chinese are a poisoning; "breathing 有点快" after
 * water breathed in is a near-drowning; and an antihistamine or medicine to try "first" is a medicine before going.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', '两岁 刚才好像吞了一个亮晶晶的小东西 我没看清是什么 现在没什么反应'],
  ['red', "he might have swallowed something shiny, I'm not sure what it was. he's 20 months and seems fine"],
  ['red', '找到了 遥控器后盖开着 少了一颗扣子那样的电池'],
  ['red', '遥控器里少了一颗纽扣电池 他刚才一直在玩'],
  ['red', '13个月 在 chewing 一个 magnet 玩具 上面有两颗小 magnet 不见了 找不到'],
  ['red', '2岁 刚才吃了 grandma 的 blood pressure pills 一颗 降压药 现在还没什么反应'],
  ['red', 'bath 的时候他滑进水里 几秒钟 捞起来咳了很多 现在 breathing 有点快 1岁半'],
  // Not an ingestion or a child's emergency: a question, or a magnet gone with no child handling it.
  ['amber', "he might have swallowed something shiny || ok I think it was a 1 yuan coin, I found the other one in his hand. he's eating fine"],
  ['amber', '两岁 刚才好像吞了一个亮晶晶的小东西 || 找到另一个了 应该是一元硬币'],
  ['none', 'what if my son swallowed something shiny'],
  ['none', '冰箱上的磁铁不见了一个'],
  ['none', '宝宝的玩具亮晶晶的 好漂亮'],
];

describe('round 33 triage', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('reads an antihistamine tried first as a medicine before going', () => {
    expect(readHealthSigns(toSimplified('家里有氯雷他定 能不能先给他吃这个看看')).medicineFirst).toBe(true);
    expect(readHealthSigns('can i give him some benadryl first?').medicineFirst).toBe(true);
    expect(readHealthSigns(toSimplified('氯雷他定一天吃几次')).medicineFirst).toBe(false);
  });

  it('a choke coughed out after back blows: a doctor today, with the foods to cut until then', () => {
    const text = toSimplified('刚才宝宝吃葡萄卡住了 拍了几下背咳出来了 现在哭得很大声');
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    expect(triageAdvice(t, readHealthSigns(text).signs, false).care).toContain('chokingFoods');
  });

  it('a rash that does not fade, told with no fever: red, with its own first aid, not the fever one', () => {
    const text = toSimplified('宝宝 1岁 腿上有些 rash 我做了 glass test 压下去不褪色 但是没有发烧').toLowerCase();
    const t = triageOf([text]);
    expect(t.level).toBe('red');
    const firstAid = triageAdvice(t, readHealthSigns(text).signs, false).firstAid;
    expect(firstAid).toContain('rash_no_fever');
    expect(firstAid).not.toContain('fever');
    const withFever = toSimplified('宝宝十一个月 发烧两天了 身上有红点 用玻璃杯压了一下 颜色没有退');
    expect(triageAdvice(triageOf([withFever]), readHealthSigns(withFever).signs, false).firstAid).toContain('fever');
  });
});
