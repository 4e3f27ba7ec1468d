import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 31 (saf31): a nut, seed or shell choked on or breathed in is a doctor today even when the child seems fine (it
 * can sit in the airway; NHS, AAP); magnets named and swallowed in one message are the emergency (as across two); a gas
 * heater named in English with Chinese symptoms is carbon monoxide; "a poo with red jelly-like blood" with screaming in
 * waves is intussusception; "dry drowning" asked about is no drowning, and a mouthful of bath water with the child fine
 * now is watched, not a doctor today; a swollen scrotum that does not hurt is a doctor today, and 120 once it hurts.
 */
const TABLE: Array<[TriageLevel, string]> = [
  // Nuts, seeds, shells: a doctor today, the wheeze or cough being the object's.
  ['amber', '宝宝吃花生呛到了 咳了好一会 现在不咳了'],
  ['amber', "she inhaled a sunflower seed shell, coughed a lot and now she's a bit wheezy"],
  ['amber', '两岁 吃瓜子卡了一下 咳出来了 现在好了'],
  ['amber', 'my 2yo choked on a peanut, coughed hard for a minute and now the coughing has stopped || she seems totally fine now'],
  // A grape or a piece of food coughed out with nothing else: still what to watch.
  ['watch', '她吃葡萄呛到了 咳了几下就好了 现在在玩'],
  // Magnets in one message.
  ['red', '一岁半 玩磁力珠 少了两颗 好像被他吞下去了'],
  // Carbon monoxide in mixed words.
  ['red', '洗澡的时候 bathroom 开了 gas heater, baby 很困 而且吐了'],
  // Intussusception in English wording.
  ['red', 'my 9 month old had a poo with red jelly-like blood and keeps screaming in waves pulling his legs up'],
  // Dry drowning asked about; a mouthful of water, fine now.
  ['watch', 'bath 的时候呛水了 now OK, should I worry about dry drowning?'],
  ['red', '宝宝洗澡呛了一口水 现在一直咳 呼吸很快'],
  // Scrotum: painless swelling, then pain.
  ['amber', '儿子 18个月 scrotum 一边肿了 但不痛 好几天了'],
  ['amber', "his scrotum looks swollen on one side but it doesn't hurt"],
  ['red', '儿子 18个月 scrotum 一边肿了 但不痛 好几天了 || now it suddenly hurts a lot and 他吐了'],
  ['red', '两岁儿子 蛋蛋突然肿起来了 一碰就哭 很疼的样子'],
  // A nappy rash that will not go away is no meningitis rash; one that does not fade under a glass still is.
  ['none', "the diaper rash won't go away, been a week already with zinc cream, now there are little red dots spreading into the creases"],
  ['red', "there's a rash in her nappy area that doesn't fade when I press a glass on it"],
  // A lick of hand sanitiser: no triage (the knowledge answer); sleepy and wobbly after it: 120.
  ['none', '一歲半舔了一點點乾洗手 手上的那種'],
  ['red', '一歲半舔了一點點乾洗手 手上的那種 || 現在走路搖搖晃晃 一直想睡覺'],
  // Sleepy or wobbly with nothing before is not an emergency by those words alone.
  ['none', '現在走路搖搖晃晃 一直想睡覺'],
  // Jaundice spreading, told after a yellow face: a doctor today (NHS, newborn jaundice).
  ['watch', '宝宝出生10天 脸有点黄 吃奶还挺好的'],
  ['amber', '宝宝出生10天 脸有点黄 吃奶还挺好的 || 今天看肚子和腿也黄了 吃奶也没什么劲'],
  // A purple patch under the nail after a crushed finger: a doctor today.
  ['amber', '收推车的时候夹到她手指了 红红的 有点肿 手指还能弯 || 指甲下面紫了一块 要紧吗'],
];

describe('saf31 triage', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('names the airway, not croup, for a seed shell with a wheeze', () => {
    const t = triageOf(["she inhaled a sunflower seed shell, coughed a lot and now she's a bit wheezy"]);
    expect(t.findings).toContain('airway_object');
    expect(t.findings).not.toContain('wheeze');
  });

  it('does not read "dry drowning" as a drowning', () => {
    expect(triageOf(['should I worry about dry drowning?']).findings).not.toContain('drowning');
    expect(triageOf(['听说有干性溺水 是真的吗']).findings).not.toContain('drowning');
  });
});
