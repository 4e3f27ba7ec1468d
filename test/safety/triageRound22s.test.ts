import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Round 22 (health and safety, cov22s): an electric shock told with the socket it came from, a "fever fit" and 热性痉挛,
 * essential oils by name (eucalyptus, tea tree) and laundry balls (洗衣球) bitten open, dish soap in the eye (洗碗精) as
 * an irritant and dishwasher detergent as corrosive, a dog that bit "我家孩子" (not the child biting), Cantonese falls,
 * hives (風癩, 周身, 痕) and 玩緊 / 冇事, a breath-holding spell that "自己又恢复了" or "breathes again", a few stairs
 * (三四级) that are not a fall from a height, stridor and blue lips in mixed messages, 巴克球 in the 把 form, and signs the
 * parent says are absent ("没有呼吸困难", "no trouble breathing") that must not make a mild reaction an emergency.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', "My 2yo stuck a hairpin in the wall socket and got a shock. He's crying but awake"],
  ['red', 'he got a shock from the socket'],
  ['red', 'my daughter got zapped by the power outlet, she has a burn on her finger'],
  ['red', '孩子被插座电了一下'],
  ['red', 'His fever fit stopped after about 2 minutes. He is sleepy now. It was his first one.'],
  ['red', '熱性痙攣，第一次，已經停了'],
  ['none', '宝宝肠痉挛，晚上一直哭'],
  ['red', 'She drank some eucalyptus oil from the diffuser bottle, maybe a sip'],
  ['red', 'she swallowed some tea tree oil'],
  ['red', '女兒咬破了一顆洗衣球'],
  ['amber', '洗碗精不小心噴到小孩眼睛裡了，他一直揉'],
  ['red', '洗碗机的洗碗粉弄到眼睛里了'],
  ['amber', '楼下的狗咬了我家孩子的小腿，破皮了还出血'],
  ['amber', '狗把孩子的手咬破了'],
  ['watch', '個女仔頭先喺梳化跌落地下撞到個頭，喊咗一陣，而家冇事繼續玩緊'],
  ['amber', '佢食完蝦之後周身起咗啲風癩，好痕'],
  ['watch', '孩子一哭就憋氣，臉都發紫，然後自己又恢復了，這已經第二次了'],
  ['watch', 'he cries and holds his breath until he turns blue, then breathes again'],
  ['watch', '孩子从楼梯上滚下来三四级，额头鼓了个大包，不过现在又在玩了'],
  ['red', '孩子从楼梯上滚下来了，吐了两次'],
  ['red', 'she fell down a flight of stairs'],
  ['red', '孩子croup了 || now安静的时候也有stridor，嘴唇有点blue'],
  ['red', '宝宝刚才从bed上fall下来，吐了twice，现在very sleepy'],
  ['red', '他好像把巴克球吞下去了'],
  ['red', '他不喘气了'],
  ['amber', '吃了虾身上起了很多风团，没有呼吸困难'],
  ['amber', 'hives after eating egg, no trouble breathing'],
  ['red', '吃了花生以后嘴唇肿了，还在喘'],
  ['red', 'his lips and tongue are swelling after peanuts and he is wheezing'],
  ['red', '孩子没呼吸了'],
  ['amber', '门把孩子手指夹了，指甲都黑了 || 冰敷了十分钟，还是肿，手指还能动'],
  ['amber', '孩子croup了，barking cough，要去ER吗'],
  ['amber', '他得了哮吼，晚上咳得厉害'],
  ['amber', 'my son has croup'],
  ['none', 'the dog was barking and he cried'],
];

describe('triage round 22 (cov22s)', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });

  it('reads a sign said to be absent as absent, and "not breathing" still as not breathing', () => {
    const read = (m: string) => readHealthSigns(toSimplified(m)).signs;
    expect(read('起了荨麻疹，没有喘').has('short_breath')).toBe(false);
    expect(read('not struggling to breathe, just a rash').has('breathing_difficulty')).toBe(false);
    expect(read('no breathing').has('not_breathing')).toBe(true);
  });

  it('keeps a finger injury amber when it is still swollen after a cold pack', () => {
    expect(triageOf(['门把孩子手指夹了，指甲都黑了', '冰敷了十分钟，还是肿']).findings).toContain('finger_bad');
  });

  it('reads a nap question as one, so a knock told before is what it is about', () => {
    expect(readHealthSigns('Is it ok if she naps now?').asksNap).toBe(true);
    expect(readHealthSigns('宝宝摔了一下，可以让他睡午觉吗').asksNap).toBe(true);
  });
});
