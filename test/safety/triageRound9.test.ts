import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { triageSource } from '../../src/safety/triageSources.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

function read(message: string) {
  return readHealthSigns(toSimplified(message));
}
function triage(message: string, recent: string[] = []) {
  return triageSigns(read(message), { recent });
}

describe('round 9: a past fit with a fever now is what to do if it comes back, not 120', () => {
  it.each([
    '老大去年发烧抽过一次 今天又烧到38.9 精神还行 我好怕',
    "my son had a febrile seizure last year, he's got a fever of 38.7 now, what should I do if it happens again?",
  ])('%s', (m) => {
    const t = triage(m);
    expect(t.level).toBe('watch');
    expect(t.findings).toContain('seizure_past');
  });

  it('a fit going on now stays red', () => {
    expect(triage('他抽起来了 已经两分钟了').level).toBe('red');
  });
});

describe('round 9: bleeding that goes on from a small place is pressed for 10 minutes, not a heavy bleed', () => {
  it('a cut finger that keeps bleeding: a doctor today with the 10-minute pressure first', () => {
    const t = triage('两岁半 玩剪刀把手指头划了个口子 一直在流血');
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('wound_deep');
  });

  it.each(['女兒兩歲 跌倒門牙撞到 有點鬆動 一直流血', 'my 2yo fell off the slide and knocked his front tooth clean out, mouth is bleeding'])(
    'a knocked or loose tooth bleeding from the mouth: the dentist today, not a head injury: %s',
    (m) => {
      const t = triage(m);
      expect(t.level).toBe('amber');
      expect(t.findings).toContain('tooth_injury');
    },
  );

  it.each(['手指割破了 流了好多血 止不住', 'he cut his finger and it is bleeding heavily'])('a heavy bleed stays red: %s', (m) => {
    expect(triage(m).level).toBe('red');
  });
});

describe('round 9: signs that were missed', () => {
  it('hot, sweaty and muddled after a parked car: heat stroke, red', () => {
    const t = triage('孩子在车里睡着了 我下车买东西十几分钟 回来满头大汗 脸通红 叫他有点迷糊');
    expect(t.level).toBe('red');
    expect(t.findings).toContain('heat_illness');
  });

  it('a rash and then a hoarse voice after a first food: anaphylaxis, red', () => {
    expect(triage('第一次吃花生醬 嘴巴周圍起紅疹 然後一直咳 聲音變啞').level).toBe('red');
  });

  it('hives after a food told before, then a hoarse voice now: red', () => {
    const first = triage('第一次吃egg 脸上起了hives 但是呼吸正常 精神ok');
    expect(first.level).toBe('amber');
    expect(triage('现在他声音变哑了 有点喘', first.remember).level).toBe('red');
  });

  it.each(['半夜一直咳 聲音像海豹叫 聲音沙啞 呼吸還算順 兩歲', 'toddler woke up with a barking seal cough and a hoarse voice, breathing ok otherwise'])(
    'croup words (海豹, seal): a doctor with the calm-and-upright first step: %s',
    (m) => {
      const t = triage(m);
      expect(t.level).toBe('amber');
      expect(triageAdvice(t, read(m).signs, false).firstSteps).toContain('croupFirst');
    },
  );

  it.each(['小孩一直說耳朵裡有東西在動 好像是小蟲跑進去 一直哭', '有个insect 飞进他ear里了 一直哭一直抓'])(
    'an insect in the ear: not poked at, a doctor today: %s',
    (m) => {
      const t = triage(m);
      expect(t.level).toBe('amber');
      expect(t.findings).toContain('nose_object');
    },
  );

  it('a mosquito bite on the ear is not something in the ear', () => {
    expect(read('耳朵被蚊子咬了个包').signs.has('nose_object')).toBe(false);
  });

  it.each(['一岁半 手摸了刚炒完菜的锅 手掌红了一片', '宝宝手碰到hot pan了 红了一片 要涂牙膏吗'])('a hot pan touched is a burn: %s', (m) => {
    expect(read(m).signs.has('scald')).toBe(true);
  });

  it('a swallowed toy part: a doctor today with what to watch; vomiting two days later is emergency care', () => {
    const first = triage('两岁 吞了一个乐高小零件 现在没事 能吃能喝能玩');
    expect(first.findings).toContain('swallowed_object');
    expect(triageAdvice(first, read('两岁 吞了一个乐高小零件').signs, false).firstSteps).toContain('swallowedFirst');
    expect(triage('过了两天还没拉出来 今天吐了两次 说肚子疼', first.remember).level).toBe('red');
  });

  it.each([
    '吃阿莫西林第三天 身上起了一片一片的红疹子 精神还好',
    "she started amoxicillin 3 days ago and now has a blotchy rash all over, she's fine otherwise",
  ])('a rash after starting a medicine: a doctor today, before the next dose: %s', (m) => {
    const t = triage(m);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('medicine_rash');
  });

  it('a rash with a fever and no medicine is not a medicine rash', () => {
    expect(read('发烧两天 身上起了红疹子').signs.has('medicine_rash')).toBe(false);
  });

  it('a pulled arm in Taiwan wording, and its own first-aid section cited', () => {
    const t = triage('阿嬤牽他過馬路拉了一下 現在右手都不動 一碰就哭 兩歲');
    expect(t.findings).toContain('arm_not_used');
    const sections = triageAdvice(t, new Set(), false).sections;
    expect(sections[0]).toBe('pulled_elbow');
    expect(triageSource('pulled_elbow', 'zh')?.docId).toBe('parenting-first-aid');
  });

  it('blood under the nail after a crushed finger told before: a doctor today', () => {
    const first = triage("my 2 year old just shut his fingers in the door, nail is going dark and it's swelling");
    expect(triage("there's blood under the nail now and he says it's throbbing", first.remember).findings).toContain('finger_bad');
  });

  it('the knocked-out tooth found: its advice again (milk, the dentist today)', () => {
    const first = triage('两岁 摔了一跤 门牙磕掉了一颗 嘴里在流血');
    expect(triage('牙找到了 要泡在什么里面带过去', first.remember).findings).toContain('tooth_injury');
  });

  it('vomited several times with nothing else: care at home and the dehydration signs', () => {
    expect(triage('兩歲 腸胃炎 今天吐了好幾次').findings).toContain('gut');
  });
});

describe('round 9: a baby under 1 who fell is seen today, with the 24-hour watch', () => {
  it('an 8-month-old off the bed: a doctor today and what to watch over 24 hours', () => {
    const m = '八个月宝宝从床上掉下来了 大概半米高 马上哭了 现在在吃奶';
    const t = triage(m);
    expect(t.findings).toContain('head_bump_infant');
    expect(triageAdvice(t, read(m).signs, false).care).toContain('head');
  });
});
