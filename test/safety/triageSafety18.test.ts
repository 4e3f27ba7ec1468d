import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 18 (outside18 safety): emergencies told by what the parent sees rather than by their name — a child who
 * cannot cough or make a sound while eating, a battery gone from a remote, a child who went under in the water,
 * spots that do not go away under a glass, a dishwasher liquid with words in between — and a child drying out told
 * in Taiwan words. A temperature under 37.5 °C is not a fever; "a bit of blood" is not a bite.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

const TABLE: Array<[TriageLevel, string]> = [
  // Choking told by its signs, with no word for choking.
  ['red', '10个月 在吃苹果泥里的小块 突然咳不出来 脸都憋红了'],
  ['red', '女兒吃花生糖 忽然哭不出聲音 一直抓喉嚨'],
  ['red', 'he was eating a grape and now he cannot cough or make a sound'],
  ['red', 'my toddler is clutching her throat after a mouthful of popcorn'],
  // A coin or button battery gone from a device the child had.
  ['red', 'the back of the kitchen scale is off and the coin battery is gone, she was chewing on it'],
  ['red', 'the round battery from his toy car is missing and he had it in his hands'],
  // Went under the water, then a cough or fast breathing.
  ['red', 'at swimming class he slipped under for a few seconds, now coughing and breathing quickly'],
  ['red', 'she went under the water in the bath and is still coughing'],
  ['red', '洗澡时一不注意他滑到水里 头都没进水里了 现在一直咳'],
  // Spots that do not fade under a glass, said with 'they' or 'the glass'.
  ['red', 'fever and little purple dots on his tummy, I pressed a glass on them and they still don’t fade'],
  ['red', 'there is a spot on her arm that does not fade under the glass'],
  // A cleaner with words between the verb and the product.
  ['red', '孩子刚刚好像喝到一小口那个厨房用的清洁剂'],
  // A cleaner told before, then drooling or refusing to swallow.
  ['red', '宝宝舔了洗碗机的洗涤块 || 现在一直流口水 不肯吞'],
  // Drying out with a fever in Taiwan words.
  ['amber', '兒子一歲半 發燒39度 今天幾乎沒喝奶 尿布到現在只濕兩次'],
  ['amber', '宝宝烧到38度8 没怎么喝水 懒洋洋的'],
  ['amber', '发烧38度6 不太有精神'],
  // Lively with a fever, over 6 months: cared for at home.
  ['watch', '一岁八个月 发烧38.6 刚吃过退烧药 在玩积木 很有精神'],
];

describe('triage round 18', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a temperature under 37.5 °C is not a fever, even with fever medicine asked about', () => {
    expect(signsOf('体温37.3 是不是长牙了 要吃退烧药吗').has('fever')).toBe(false);
    expect(signsOf('体温37.6 是不是长牙了').has('fever')).toBe(true);
  });

  it('"a bit of blood" after a bump is not a bite; a bite that bled still is', () => {
    expect(signsOf('she bumped her lip on the table, bit of blood, stopped now').has('bite_broken')).toBe(false);
    expect(signsOf('another kid bit her arm and it is bleeding').has('bite_broken')).toBe(true);
  });

  it('a rash that fades when pressed is read as fading, and bundling to sweat it out is its own word', () => {
    expect(signsOf('tiny red spots, they disappear when pressed').has('rash_blanches')).toBe(true);
    expect(signsOf('婆婆说盖厚被子捂一捂汗就退了').has('bundling')).toBe(true);
    expect(signsOf('my mother wants to wrap her up in a thick blanket to sweat it out').has('bundling')).toBe(true);
    // Grandma's promise is not a fever gone.
    expect(readHealthSigns(toSimplified('奶奶说捂一捂就退了')).feverGone).toBe(false);
  });

  it('a fever in a toddler who still plays and drinks, wees normal: cared for at home', () => {
    expect(levelOf('fever 38.2 since this morning, 2 years old, she still plays and drinks, pee is normal')).toBe('watch');
  });

  it('reads whether a doctor can wait, and drinking and weeing again', () => {
    const r = (t: string) => readHealthSigns(toSimplified(t));
    expect(r('那要掛急診 還是等明天早上門診').asksWait).toBe(true);
    expect(r('can this wait until Monday when the clinic opens?').asksWait).toBe(true);
    expect(r('要不要去医院').asksWait).toBe(false);
    expect(r('ok he just drank 120ml and had a big wee').drinkingAgain).toBe(true);
    expect(r('刚刚喝了大半瓶奶 也尿了').drinkingAgain).toBe(true);
    expect(r('she had a bottle but still no wee').drinkingAgain).toBe(false);
  });

  it('a knock to the forehead is a head knock', () => {
    expect(signsOf('he hit his forehead on the door frame, big bump').has('head_knock')).toBe(true);
  });
});
