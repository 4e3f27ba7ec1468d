import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 12b: parenting questions that only mention a triage word. A worry about
 * choking ahead of time (finger foods, baby-led weaning, lumpy food) is a
 * question about the risk, not a choke now — a child who cannot cough, cry or
 * breathe, or is turning blue, stays red whatever the worry words. A night
 * terror (screaming in the night with the eyes open, not responding, then back
 * to sleep) is sleep, not an unconscious child — floppy, stiff, jerking, blue
 * or breathing trouble stays red. A cut still bleeding after ten minutes or more
 * of pressure is red (a nosebleed keeps its own rule). Loose poo again with milk after
 * a tummy bug is a lactose question unless anything else is told. Phrasings differ from the tuning set's.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // Choking worries.
  ['none', '十个月 给她吃软的苹果条 会不会噎住'],
  ['none', '宝宝开始吃碎块了 我很担心他卡着'],
  ['none', '想讓她自己拿著吃 又怕她噎到'],
  ['none', "I'm worried he might choke on the toast fingers"],
  ['none', 'nervous about choking with finger foods, any tips?'],
  // A choke now, with worry words or a question: stays red.
  ['red', '好怕 宝宝被饼干噎住了 咳不出来'],
  ['red', '他会不会噎住了 脸都发紫了'],
  ['red', "I'm so scared, she's choking and can't breathe"],
  ['red', '吃苹果卡住了 哭不出声'],
  // Night terrors.
  ['none', '晚上睡了两个钟头就坐起来大叫 眼睛睁得大大的 哄他也没反应 一会儿又睡着了'],
  ['none', '半夜突然哭喊 眼睛張著 跟她說話都沒反應'],
  ['none', "he shrieks in the middle of the night with his eyes open and doesn't respond when I talk to him"],
  // Not a night terror: floppy, jerking, blue, hard to wake with nothing else, or a fall.
  ['red', '半夜叫不醒 全身软软的'],
  ['red', '晚上尖叫以后眼睛睁着 没反应 手脚一抽一抽的'],
  ['red', 'screaming at night, eyes open, not responding and her lips are blue'],
  ['red', '晚上从床上摔下来 尖叫 眼睛睁着 叫他没反应'],
  // Still bleeding after ten minutes or more of pressure on a cut: emergency care, wherever the cut.
  ['red', '脚趾被玻璃划了 压了十五分钟 还在流血'],
  ['red', 'she sliced her thumb, I held pressure for 15 minutes and it is still bleeding'],
  // Twenty minutes' pressure and still bleeding: NHS sends to A&E (round 48).
  ['red', '流鼻血 || 這次按了二十分鐘還在流'],
  ['watch', '流鼻血 捏了十分钟还在流'],
  // Loose poo with milk once a tummy bug is over, or lactose named: a question for the starting-solids answer.
  ['none', '胃肠炎刚好 一喝牛奶就又拉水样的 是乳糖的问题吗'],
  ['none', "the stomach bug is over but every time she has formula it's runny again"],
  // Not when anything else is told.
  ['amber', '肠胃炎好了 一喝奶又拉 大便里有血丝'],
  ['watch', '拉肚子 一天拉了八次 喝奶也拉'],
];

describe('triage round 12b', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });
});
