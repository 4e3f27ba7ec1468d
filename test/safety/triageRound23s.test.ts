import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 23 (cov23s): signs the parent denies in passing ("没有起疹子，也没有抽筋", "胸口没有凹进去，嘴唇也不紫",
 * "no rash, not breathing fast", "No vomiting.") are not read as the emergencies they name; a red sign told beside a
 * denial, and every sign that is itself a 'not' (没有呼吸, 叫不醒, "not breathing", "can't stop vomiting"), stays 120 in
 * every script. A hand or foot burn told as red with no blister is cooled and seen by a doctor today (NHS: hands and feet
 * that blister go to the emergency department); a blistered one, a face burn and a baby's burn stay 120. Breathing 'not
 * right' after being pulled from water is a near-drowning.
 */
function read(message: string) {
  return readHealthSigns(toSimplified(message));
}
function triage(message: string, recent: string[] = [], ageMonths?: number) {
  return triageSigns(read(message), { recent, ageMonths });
}

describe('round 23: a denied sign is not the emergency it names', () => {
  it.each([
    ['宝宝5个月，今天发烧39.2度，没有起疹子，也没有抽筋，精神还可以', 'amber'],
    ['寶寶5個月，今天發燒39.2度，沒有起疹子，也沒有抽筋，精神還可以', 'amber'],
    ['1岁半的儿子感冒了，我数了一下呼吸一分钟45次，胸口没有凹进去，嘴唇也不紫', 'amber'],
    ['一岁的女儿从沙发上摔下来，大概40厘米，哭了一下就好了，没有吐，也没有一直想睡，现在在玩', 'watch'],
    ["My 2 year old has 38.5, no rash, not breathing fast, but she's drinking much less than usual and barely smiles", 'amber'],
    ["My toddler fell off her low bed, cried straight away and now she's playing as usual. No vomiting.", 'watch'],
    ["she bumped her head on the table, she hasn't been sick and isn't drowsy, playing now", 'watch'],
    ['宝宝头撞到coffee table，有个bump，没有吐，现在在玩', 'watch'],
  ])('%s → %s', (m, level) => {
    expect(triage(m).level).toBe(level);
  });

  it('"not breathing fast" is not "not breathing"', () => {
    const signs = read('fever 38.6 at 2 years, not breathing fast, no rash').signs;
    expect(signs.has('not_breathing')).toBe(false);
    expect(signs.has('fast_breathing')).toBe(false);
    expect(signs.has('rash')).toBe(false);
  });
});

describe('round 23: a real red sign is 120 whatever is denied beside it, in every script', () => {
  it.each([
    '没有发烧，但是孩子脖子硬硬的低不下头，哭声很尖一直哭',
    '沒有發燒 可是一直抽筋 叫不醒',
    '没有吐，但是叫不醒',
    '不停地吐 叫不醒',
    '宝宝没有呼吸了',
    '有没有抽筋我也不知道 眼睛往上翻',
    '手一直抖 是不是抽筋了',
    "he's not breathing",
    "she can't stop vomiting and is floppy",
    'no fever but he is having a fit',
    'not breathing fast but her lips are blue',
    "No rash, but he is floppy and won't wake up",
    'no vomiting, but grunting with every breath',
    '没有起疹子 可是嘴唇发紫 呼吸很费力',
    'fever, no rash, 宝宝一直抽搐',
  ])('120: %s', (m) => {
    expect(triage(m).level).toBe('red');
  });
});

describe('round 23: a burn on the hand told with no blister', () => {
  it.each(['兒子手指碰到熨斗 紅紅的 沒有起水泡', "My 2yo touched the iron, his fingertip is red but there's no blister", '手掌被熨斗烫红了 没起泡'])(
    'a doctor today with the first aid, not 120: %s',
    (m) => {
      const t = triage(m, [], 24);
      expect(t.level).toBe('amber');
      const advice = triageAdvice(t, read(m).signs, false);
      expect(advice.firstSteps).toContain('burnFirst');
      // What would make it 120 is a blister, not the hand it is on.
      expect(advice.urgent).toContain('burn_unblistered');
      expect(advice.urgent).not.toContain('burn');
    },
  );

  it.each([
    '手指碰到熨斗 起了水泡',
    'He grabbed the hot pan, palm is red and blistered',
    'she touched the hot pan, her fingertip is red',
    '脸被热汤烫到 没有起泡',
    'hot tea on his face, no blisters',
  ])('still 120: %s', (m) => {
    expect(triage(m, [], 24).level).toBe('red');
  });

  it('a baby under 1 with a hand burn and no blister is still 120', () => {
    expect(triage('8个月宝宝手指碰到熨斗 红红的 没有起水泡', [], 8).level).toBe('red');
  });
});

describe('round 23: near-drowning, nasal flaring, temperatures', () => {
  it.each([
    "I found my son face down in the bath, pulled him out, he's coughing and breathing kind of weird",
    '宝宝在澡盆里呛水了 捞起来以后呼吸怪怪的',
    '寶寶在浴缸裡滑下去 撈起來以後呼吸不太對',
  ])('breathing not right after water is a near-drowning: %s', (m) => {
    const t = triage(m);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('drowning');
  });

  it('a face-down moment with crying at once and nothing else stays a doctor today', () => {
    expect(triage('she went face down in the bath for a second, cried straight away').level).toBe('amber');
  });

  it.each(['他鼻孔一扇一扇的 奶也不太想喝', '鼻翼一直扇动', 'her nostrils keep flaring'])('nasal flaring in other words is amber: %s', (m) => {
    expect(triage(m).level).toBe('amber');
  });

  it('"37度 5个月" is 37 °C in a five-month-old, not 37.5', () => {
    expect(read('37度 5个月').temperature).toBe(37);
    expect(read('宝宝没有抽筋 但是发烧39度 4个月').temperature).toBe(39);
    expect(read('烧到38度5').temperature).toBe(38.5);
  });
});
