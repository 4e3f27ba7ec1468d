import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Twelfth round of triage: a breath-holding spell that is over (watched, with
 * what to do in one and a doctor to check — not 120; a blue child now, or limp
 * for longer, stays red; one told as 'last time' is a question); dry nappies
 * for a stated number of hours under 12 (a doctor today; a whole day, 12 hours
 * or more, sunken eyes, since the morning, or dry while vomiting everything
 * stay 120); sleepy or not themselves after a knock told before (120); a hot
 * park morning with a tired child (cool down and watch; heat stroke's signs
 * stay red); a nose that has been bleeding, magnetic balls, a pill with an
 * English owner inside Chinese, hot soup splashed in mixed wording. Phrasings
 * differ from the tuning set's messages.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // Breath-holding, over.
  ['watch', '儿子一哭就憋气 脸都青紫了 过了两三秒就缓过来了'],
  ['watch', 'she held her breath crying and her lips went blue, then she came round straight away'],
  ['watch', '哭到憋住氣 嘴唇發紫 軟了一下子就醒過來了'],
  ['watch', '一生气就哭背过气了 过了一会儿又哭出声来'],
  ['watch', '哭得太凶 一下子没了呼吸 几秒后又缓过来了'],
  ['red', '哭着哭着没气了 到现在还没缓过来'],
  ['red', '他哭着哭着憋气 嘴唇发紫 现在还没缓过来'],
  ['red', '哭到憋气以后抽搐了 现在叫不醒'],
  ['red', '宝宝嘴唇发紫 呼吸很费力'],
  // Dry nappies for some hours under 12 → amber; a whole day, 12 hours or more, sunken eyes, or since the morning → red.
  ['amber', '呕吐了几次 || 六个小时没尿了'],
  ['amber', 'tummy bug || she has not had a wet nappy for 7 hours'],
  ['red', '拉肚子 || 今天一上午尿布都是干的'],
  ['red', '拉肚子 || 一整天都没尿'],
  ['red', '拉肚子 || 十四个小时没尿了'],
  ['red', '吐了 || 尿布一直是干的 眼窝凹下去了'],
  ['red', '吃什么吐什么 喝水也吐 || 五个小时尿布都是干的'],
  // A knock told before, then sleepy or not themselves.
  ['red', '从沙发摔下来磕到头了 现在没事了 || 这会儿老是想睡 叫她也不太理人'],
  ['red', 'he bumped his head on the table, seems fine || now he is so sleepy'],
  ['watch', '从沙发摔下来磕到头了 现在没事了'],
  // Heat: tired after a hot morning outdoors → cool and watch; heat stroke's signs → red.
  ['watch', '天太热 在公园玩了一上午 回来满头大汗 没什么精神'],
  ['red', '在户外晒了一下午 现在叫不醒 还吐了'],
  // Hardly responding when called is not responding; 'no reaction' to a vaccine is not.
  ['red', '拉肚子 || 这会儿喊她也没啥反应'],
  ['none', '打完疫苗没什么反应 正常吗'],
  // Readings.
  ['watch', 'his nose has been bleeding for a few minutes, what do I do'],
  ['red', 'I think she swallowed some magnetic beads from the fridge set'],
  ['red', '吃了两片grandpa的药'],
  ['watch', '被热汤splash到腿上 冲了cold water 二十分钟 有一点红'],
  ['amber', '第一次吃芒果 嘴巴四周都红肿了'],
  // A magnet or a button battery in the mouth, perhaps swallowed: treated as swallowed.
  ['red', "she had a fridge magnet in her mouth and now it's gone, she may have swallowed it"],
  ['red', '孩子把纽扣电池含在嘴里 现在找不到了'],
  ['none', '孩子在玩磁力片 要注意什么'],
  ['red', '他舔了洗碗块'],
];

describe('triage round 12', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a breath-holding spell is answered with its own advice and section, the tantrum help section too', () => {
    const text = '一生气就憋气 嘴唇发紫 几秒后又缓过来了';
    const t = triageOf([text]);
    expect(t.findings).toEqual(['breath_holding']);
    const advice = triageAdvice(t, readHealthSigns(toSimplified(text)).signs, false);
    expect(advice.watch).toEqual(['breath_holding']);
    expect(advice.urgent).toEqual(['breath_holding']);
    expect(advice.sections).toEqual(['breath_holding', 'tantrum_help']);
  });

  it('a spell told as last time with a question is a question for the knowledge base, not a blue child now', () => {
    const reading = readHealthSigns(toSimplified('上次他哭到憋气 嘴唇都有点紫了 过一会儿自己就好了 这个需要去看医生吗'));
    expect(reading.signs.has('blue_lips')).toBe(false);
    expect(triageOf(['上次他哭到憋气 嘴唇都有点紫了 过一会儿自己就好了 这个需要去看医生吗']).level).toBe('none');
  });

  it('asking about a nap after a knock is not a warning', () => {
    expect(readHealthSigns(toSimplified('他想睡午觉 可以让他睡吗')).sleepyNow).toBe(false);
    expect(levelOf('磕到头了 起了个包 现在在玩 || 他想睡午觉 可以让他睡吗')).not.toBe('red');
  });

  it("'when should I actually call an ambulance' asks when to go", () => {
    expect(readHealthSigns('when should i actually call an ambulance if it happens again?').asksWhenToGo).toBe(true);
  });

  it('a parent blaming themself is read, not a question about something odd', () => {
    expect(readHealthSigns(toSimplified('都怪我没看好 他从沙发上摔下来了 现在在玩')).selfBlame).toBe(true);
    expect(readHealthSigns('i feel like a terrible mum, she fell off the bed while i was on my phone').selfBlame).toBe(true);
    expect(readHealthSigns(toSimplified('奇怪我家宝宝最近老是揉眼睛')).selfBlame).toBe(false);
  });
});
