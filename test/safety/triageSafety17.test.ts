import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { triageSource } from '../../src/safety/triageSources.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 17 (safety17): spit-up in a thriving baby is a parenting question, not vomiting to watch with 120; a knock to a
 * limb where the child walks fine is the limb's watch list, not the head's; newborn jaundice in the first 24 hours or with
 * a warning is a doctor today; a fever with dengue about is a doctor today and its warning signs are 120.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

const TABLE: Array<[TriageLevel, string]> = [
  // Spit-up: a little milk after feeds, content and growing → no triage (the spit-up section answers).
  ['none', "she keeps being sick after her bottle, a mouthful or two every time, but she's happy and gaining weight. normal?"],
  ['none', '宝宝每次喝完奶都吐了一口 精神很好 体重也在长 正常吗'],
  ['none', '寶寶每次喝完奶都會吐一點 精神很好'],
  // … but forceful, green or bloody, or a baby not gaining weight, is read as usual.
  ['amber', 'she vomits after every bottle, really forceful, projectile across the room'],
  ['red', 'he keeps being sick after his bottle and it is green'],
  // A knock to a limb, fine now → what to watch (not the head's list); not bearing weight or swollen → a doctor today.
  ['watch', "the chest of drawers tipped over onto my son's leg, he cried straight away and is walking fine now. what should I watch for?"],
  ['watch', '腿被柜子砸了一下 哭了一下 现在走路正常'],
  ['watch', 'he banged his knee on the table, fine now'],
  ['amber', 'the chest of drawers tipped onto his leg and now he won’t put weight on it'],
  // Newborn jaundice: the first 24 hours, or spreading, sleepy and feeding poorly → a doctor today.
  ['amber', 'my baby was born yesterday and already looks yellow'],
  ['amber', '宝宝出生第一天 脸就有点黄了'],
  ['amber', '宝宝10天 黄疸 手心脚心也黄了 吃奶也少'],
  ['amber', 'my 12 day old is still yellow and now his legs and soles look yellow too'],
  // Yellow from day 2 in a well baby: where to look and the signs that make it a doctor today.
  ['watch', 'my newborn is 2 days old and his face and chest look yellow. is this normal?'],
  // Yellow in a baby of a month or more is past the two weeks: a doctor today.
  ['amber', 'my 2 month old looks a bit yellow'],
  // Dengue: a fever with dengue about → a doctor today; its warning signs → 120, also told in a later message.
  ['amber', "there's dengue going around our compound. my 2 year old has had a fever since yesterday. what signs mean hospital?"],
  ['red', '小区有登革热 孩子发烧两天 今天牙龈出血'],
  ['red', 'there is dengue in our building and my son has a fever || now he has bleeding gums'],
  // Asking about dengue with nobody ill: the knowledge base.
  ['none', '登革热有什么症状'],
  // A young or breastfed baby who is well with days between poos: the knowledge answer, not the toddler's watch list.
  ['none', 'my 6 week old only poops every 4-5 days now. exclusively breastfed, seems happy, lots of wet nappies. constipated?'],
  ['watch', "my 2 year old hasn't pooped in 3 days but is eating and playing fine"],
  ['amber', '5个月纯母乳 四天没拉了 大便带血'],
  // Still yellow at three weeks or past the first month: a doctor today.
  ['amber', 'newborn 3 weeks still yellow'],
  ['amber', '宝宝满月了还有点黄'],
  // Yellow poo or snot is not jaundice.
  ['none', '宝宝黄色的便便正常吗'],
  // A fall that landed on an arm, nothing said about the head: the head's list and the limb's.
  ['watch', 'my son fell off the slide and landed on his arm, seems ok now'],
  // Choked on milk or water and breathing now: watched; breathing still hard after it (told next): a doctor today.
  ['watch', '剛剛餵奶嗆到 臉紅紅的咳了一陣 現在有哭有呼吸'],
  ['amber', '孩子喝水嗆到 咳很久 || 現在好一點了 但呼吸還是有點喘'],
  ['red', 'she choked on her bottle and went blue'],
  // A testicle red and swollen, told as 蛋蛋: torsion until shown otherwise.
  ['red', '两岁儿子突然一直哭 一边蛋蛋又红又肿 碰一下就哭得更厉害'],
  // Nappy rash gone raw is a skin-care question, not a graze.
  ['none', '尿布疹紅到屁屁都破皮了 每次換尿布都哭 擦什麼比較好'],
];

describe('triage round 17', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(triageOf(text.split(' || ').map(toSimplified)).level).toBe(level);
  });

  it('spit-up is not remembered as vomiting for the next message', () => {
    const t = triageOf(['宝宝每次喝完奶都吐了一口 精神很好 体重也在长']);
    expect(t.remember).not.toContain('vomiting');
    expect(signsOf('she spits up a little after every feed').has('vomiting')).toBe(false);
  });

  it('a limb knock gets the limb watch list and cites the limb section', () => {
    const text = 'the chest of drawers tipped over onto his leg, he cried and is walking fine now';
    const t = triageOf([text]);
    const a = triageAdvice(t, signsOf(text), false);
    expect(a.watch).toEqual(['limb_knock']);
    expect(a.watch).not.toContain('head');
    expect(a.sections).toContain('limb_injury');
  });

  it('jaundice and dengue answers cite their own sections', () => {
    const j = triageOf(['my baby was born yesterday and already looks yellow']);
    const ja = triageAdvice(j, signsOf('my baby was born yesterday and already looks yellow'), false);
    expect(ja.firstSteps).toContain('jaundiceFirst');
    expect(ja.urgent).toContain('jaundice');
    expect(triageSource('jaundice', 'en')?.docId).toBe('parenting-newborn-care');
    const dText = 'there is dengue around and my 2 year old has a fever';
    const d = triageAdvice(triageOf([dText]), signsOf(dText), false);
    expect(d.firstSteps).toContain('dengueFirst');
    expect(d.urgent).toContain('dengue');
    expect(triageSource('dengue', 'zh')?.docId).toBe('parenting-weather-travel');
    const r = triageOf(['小区有登革热 孩子发烧两天 今天牙龈出血']);
    expect(triageAdvice(r, signsOf('小区有登革热 孩子发烧两天 今天牙龈出血'), false).firstAid).toContain('dengue');
  });
});

describe('triage round 17: follow-ups and words', () => {
  it('spit-up told with no vomiting word is still spit-up', () => {
    expect(signsOf('寶寶每次喝完奶都會吐一點點出來 但是體重有在長 精神也很好 這樣要看醫生嗎').has('spit_up')).toBe(true);
  });

  it('a leg that hurts and a child who will not stand or walk is not bearing weight', () => {
    expect(levelOf(toSimplified('兩歲寶寶發燒39度 退燒藥吃了有退 但一直說腳痛 不肯站起來走路'))).toBe('amber');
    expect(levelOf('he says his knee hurts and won’t walk')).toBe('amber');
    expect(levelOf('my 14 month old won’t walk yet')).toBe('none');
  });

  it('a phone’s curly apostrophe does not hide a red sign', () => {
    expect(levelOf('my son can’t breathe')).toBe('red');
    expect(levelOf('he won’t wake up')).toBe('red');
  });

  it('"can we wait until tomorrow" or "drinking okay though" after a doctor-today answer keeps it a doctor today', () => {
    // Read as checking on the incident just told (triageTurn answers it with that incident's advice again).
    expect(readHealthSigns(toSimplified('那可以等明天早上小兒科開門再去嗎')).checking).toBe(true);
    expect(readHealthSigns('can we wait until tomorrow morning?').checking).toBe(true);
    expect(readHealthSigns('she is drinking okay though and still playing a bit').fineNow).toBe(true);
  });
});
