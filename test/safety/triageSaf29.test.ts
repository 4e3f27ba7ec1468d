import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 29 (saf29): a hair or thread wound round a toe or finger (a hair tourniquet) is a doctor today, and the emergency
 * department once the toe changes colour; a pushchair (推车, Taiwan's 推車) is not a shopping trolley's height; an arm
 * hanging limp is a pulled elbow, not a floppy child; a household poison named in English inside a Chinese sentence is
 * swallowed by the Chinese verb; "glass test 不褪色" is a rash that does not fade; a finger poked into someone else's eye
 * is an eye injury; heat in a parked car with a child who will not wake is heatstroke; "今天都很正常" is fine now.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

const TABLE: Array<[TriageLevel, string]> = [
  // Hair tourniquet → a doctor today (unwind or cut it), then red when the toe changes colour.
  ['amber', '宝宝一直哭 发现脚趾被一根头发缠住了 脚趾有点红肿'],
  ['amber', 'baby 一直哭 发现 toe 被 hair 缠住了 又红又肿'],
  ['amber', "there's a hair wrapped tightly around her little toe and it's red"],
  ['amber', '手指上被袜子的线头缠住了 勒出一道印'],
  ['red', '宝宝一直哭 发现脚趾被一根头发缠住了 脚趾有点红肿 || 头发太细了解不开 脚趾开始发紫了'],
  // A colour word with no tourniquet told is not read as one.
  ['watch', '手指被门夹了一下 有点红 现在不哭了 在玩'],
  // A pushchair is low: a bump to watch; a shopping trolley is about a metre up: hospital.
  ['watch', '兩歲 從推車上摔下來 撞到額頭 腫了一個包'],
  ['watch', '两岁 从婴儿推车上摔下来 额头起了个包 哭完在玩了'],
  ['red', '两岁 从超市推车上摔下来 撞到头了'],
  ['red', '两岁 从购物车里摔下来 撞到头'],
  // Household poisons named in English with a Chinese verb.
  ['red', '我儿子喝了半瓶 hand sanitizer 现在走路摇摇晃晃 很想睡'],
  ['red', '宝宝舔了一口 bleach'],
  ['none', '宝宝吃了 vitamins 好吗'],
  // A rash that does not fade under a glass, written half in English.
  ['red', '2岁 fever 38.5 but 精神ok 在玩 || 现在 rash 出来了 glass test 不褪色'],
  ['amber', '一岁 发烧 身上出疹子 glass test 会褪色 精神好'],
  // A finger poked into another child's eye.
  ['amber', '姊姊的手指戳到弟弟眼睛 一直流眼淚 眼睛張不開 已經半小時了'],
  // Heat in a parked car and hard to wake: 120 with the cooling first aid.
  ['red', '孩子在車上睡著 我下車買東西十幾分鐘 回來發現他全身很燙 叫不太醒'],
];

describe('saf29 triage levels', () => {
  for (const [level, text] of TABLE) it(`${level}: ${text}`, () => expect(levelOf(text)).toBe(level));
});

describe('saf29 readings', () => {
  it('an arm hanging limp is an arm not used, not a floppy child', () => {
    const s = signsOf(
      'when I collected my daughter from the childcare point today her arm was hanging limp and she cried when I touched it. the carer said another child pulled her up by the hand',
    );
    expect(s.has('arm_not_used')).toBe(true);
    expect(s.has('unresponsive')).toBe(false);
    // A limp child is still read as one.
    expect(signsOf('he is limp and not responding').has('unresponsive')).toBe(true);
    expect(signsOf('she went floppy after the fall').has('unresponsive')).toBe(true);
  });

  it('heat in a car with a child who will not wake is heatstroke, with its first aid', () => {
    const t = triageOf(['孩子在车上睡着 我下车买东西十几分钟 回来发现他全身很烫 叫不太醒']);
    expect(t.level).toBe('red');
    expect(signsOf('孩子在车上睡着 我下车买东西十几分钟 回来发现他全身很烫 叫不太醒').has('heat_illness')).toBe(true);
  });

  it('"今天都很正常" after a knock yesterday is fine now', () => {
    expect(readHealthSigns(toSimplified('昨天在家從床上摔下來撞到頭 今天都很正常')).fineNow).toBe(true);
  });

  it('"还是过两天再看" asks whether it can wait', () => {
    expect(readHealthSigns('需要去拍片吗 还是过两天再看').asksWait).toBe(true);
    expect(readHealthSigns('能不能等两天再去').asksWait).toBe(true);
  });
});
