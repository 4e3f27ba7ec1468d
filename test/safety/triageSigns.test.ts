import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns, type Triage } from '../../src/safety/triageSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/** Triage of one message, or of several in a row (the recent signs carried as the conversation carries them). */
function triage(...messages: string[]): Triage {
  let recent: string[] = [];
  let last: Triage | undefined;
  for (const m of messages) {
    const reading = readHealthSigns(toSimplified(m));
    last = triageSigns(reading, { recent });
    if (reading.signs.size > 0 || reading.ageMonths !== undefined) recent = last.remember;
  }
  return last!;
}

describe('red: call 120 now (every red sign, any script, whatever else the message says)', () => {
  it.each([
    // NICE NG143 red signs and first-aid emergencies, zh / zh-Hant / en / mixed
    ['2个月宝宝发烧38度', 'fever_under_3_months'],
    ['新生儿发烧怎么办', 'fever_under_3_months'],
    ['my 6 week old has a temperature of 38.2', 'fever_under_3_months'],
    ['宝宝抽搐了，翻白眼', 'seizure'],
    ['寶寶抽搐了，翻白眼', 'seizure'],
    ['my toddler is having a seizure', 'seizure'],
    ['宝宝呼吸困难，喘不上气', 'breathing_difficulty'],
    ["she can't breathe properly", 'breathing_difficulty'],
    ['宝宝发烧 呼吸的时候一直哼哼', 'grunting'],
    ['嘴唇发紫', 'blue_lips'],
    ['his lips are turning blue', 'blue_lips'],
    ['发烧 腿上皮肤发花', 'mottled_skin'],
    ['孩子叫不醒', 'unresponsive'],
    ['baby is limp and unresponsive', 'unresponsive'],
    ['宝宝发烧 哭声很尖', 'abnormal_cry'],
    ['宝宝误食了洗衣液', 'poisoning'],
    ['he swallowed a button battery', 'button_battery'],
    ['孩子吞了纽扣电池', 'button_battery'],
    ['孩子吞了玩具上的磁铁', 'magnets'],
    ['娃喝了一口消毒水', 'poisoning'],
    ['孩子被狗咬了 流了好多血', 'severe_bleeding'],
    ['宝宝一直哭 声音很尖 停不下来', 'abnormal_cry'],
    ["he swallowed a coin and is drooling and can't swallow", 'object_stuck'],
    ['孩子刚才吞了一个硬币 现在流口水 咽不下东西', 'object_stuck'],
    ['three day old baby feels hot 38.2', 'fever_under_3_months'],
    ['宝宝吃了两片药', 'poisoning'],
    ['宝宝吃了几颗奶奶的降压药', 'poisoning'],
    ['孩子偷吃了妈妈的药', 'poisoning'],
    ['从床上摔下来磕到头，吐了两次', 'head_injury'],
    ['she fell off the bed and hit her head, now vomiting', 'head_injury'],
    ['从沙发上摔下来 现在好了 但是吐了一次', 'head_injury'],
    ['孩子从楼梯上摔下来 磕到头 现在看着没事', 'head_injury'],
    ['手指割破了血流不止', 'severe_bleeding'],
    ['开水烫伤了一大片，起泡了', 'serious_burn'],
    ['8个月宝宝被开水烫了', 'infant_burn'],
    ['宝宝噎住了', 'choking'],
    ['my son is choking on a grape', 'choking'],
    ['孩子溺水了', 'drowning'],
    ['高烧39度脖子很硬', 'meningitis_signs'],
    ["fever and a rash that doesn't fade", 'meningitis_signs'],
    ['宝宝发烧 囟门鼓起来了', 'bulging_fontanelle'],
    ['宝宝一天没有尿', 'severe_dehydration'],
    ['no wet diapers since this morning', 'severe_dehydration'],
    ['拉肚子 前囟凹下去了', 'severe_dehydration'],
    ['吐出绿色的东西', 'green_vomit'],
    ['嘴唇肿了 呼吸有点喘', 'allergic_reaction'],
    ['我真的不想活了', 'self_harm'],
    ['宝宝没有呼吸了', 'not_breathing'],
    ['my baby is not breathing', 'not_breathing'],
  ])('%s → red (%s)', (text, finding) => {
    const t = triage(text);
    expect(t.level).toBe('red');
    expect(t.findings).toContain(finding);
  });

  it.each([
    ['my 2yo swallowed a button battery but seems fine now', 'button_battery'],
    ['宝宝吞了纽扣电池 不过现在看着没事 还在玩', 'button_battery'],
    ['孩子抽搐了一下 现在好了 在玩', 'seizure'],
    ['他发烧 脖子很硬 但是精神还好', 'meningitis_signs'],
    ['he had a fit, he is fine now', 'seizure'],
  ])('"seems fine" never lowers a red sign: %s', (text, finding) => {
    const t = triage(text);
    expect(t.level).toBe('red');
    expect(t.findings).toContain(finding);
  });
});

describe('amber: see a doctor today', () => {
  it.each([
    ['5个月宝宝发烧39度', 'fever_3_6_months'],
    ['寶寶發燒39度 才4個月', 'fever_3_6_months'],
    ['my 5 month old has a fever of 39.2', 'fever_3_6_months'],
    ['孩子发烧五天了', 'fever_5_days'],
    ["he's had a fever for 5 days", 'fever_5_days'],
    ['两岁宝宝烧到40度', 'high_fever'],
    ['发烧了 不肯吃奶 尿也少了', 'fever_amber'],
    ['发烧 鼻翼一扇一扇的', 'nasal_flaring'],
    ['发烧打寒战', 'rigors'],
    ['发烧以后膝盖肿了', 'limb_swelling'],
    ['孩子咳嗽像狗叫', 'barking_cough'],
    ['娃39度5 手脚冰凉 还在发抖', 'rigors'],
    ['拉水样便一天七八次 尿也少了', 'dehydration'],
    ['my 5 month old has a fevr of 39', 'fever_3_6_months'],
    ['孩子拉肚子 尿少了 嘴巴干', 'dehydration'],
    ['my 4 month old has diarrhoea', 'infant_diarrhoea'],
    ['两岁孩子便秘 三天没拉 肚子胀鼓鼓的 还吐了', 'constipation_warning'],
    ['宝宝被开水烫了', 'burn'],
    ['热汤洒到宝宝腿上了', 'burn'],
    ['he scalded his arm on hot tea', 'burn'],
    ['孩子被狗咬了', 'animal_bite'],
    ['被别的小朋友咬破皮了', 'bite_broken'],
    ['吃葡萄噎住了 拍背吐出来了 现在没事了', 'choking_resolved'],
    ['10个月宝宝从床上掉下来 头上起了个包 在玩', 'head_bump_infant'],
  ])('%s → amber (%s)', (text, finding) => {
    const t = triage(text);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain(finding);
  });
});

describe('watch: a minor incident and the child is fine now', () => {
  it.each([
    ['孩子磕到头了 现在在玩 没事', 'head_bump'],
    ['孩子从沙发上摔下来了 哭了一会儿现在好了 要紧吗', 'head_bump'],
    ['she fell off the bed, seems fine now', 'head_bump'],
    ['he bumped his head on the table, seems fine now, should I worry?', 'head_bump'],
    ['孩子撞到桌角 哭了一会儿就好了', 'head_bump'],
    ['宝宝三天没拉大便了 但是吃得好 挺开心', 'constipation'],
    ["my toddler hasn't pooed for 3 days but he's eating well and happy", 'constipation'],
    ['胳膊被热水烫了一点 已经冲了凉水', 'small_burn'],
    ['he burned his finger a little, we cooled it under the tap', 'small_burn'],
  ])('%s → watch (%s)', (text, finding) => {
    const t = triage(text);
    expect(t.level).toBe('watch');
    expect(t.findings).toContain(finding);
  });
});

describe('none: questions and everyday messages', () => {
  it.each([
    '宝宝发烧38度要去医院吗',
    'my 2 year old has a fever of 38.5, what should I do',
    'how to prevent choking',
    '如何预防宝宝噎住',
    '宝宝吃饭容易噎住怎么办',
    '热性惊厥会遗传吗',
    '周六上午有位置吗',
    'i want to book saturday morning',
    '点了没反应',
    '宝宝晚上睡不好',
    '绘本推荐',
    '怎么防止宝宝从床上摔下来',
    '宝宝吃了一颗退烧药后还是烧',
    '宝宝吃了药还发烧',
    '宝宝三天没拉大便正常吗',
    '烫伤要冲多久的水',
    '老人说烫伤抹酱油 可以吗',
    '宝宝哭个不停怎么办',
    '孩子咳嗽能吃止咳糖浆吗',
    '别太溺爱孩子',
    '冬天孩子手脚冰凉正常吗',
    '宝宝被蚊子咬了好多包',
    "my 2yo has meltdowns every evening, I'm at my wit's end",
    '如果孩子在服务点受伤了怎么办',
    '',
  ])('%s → none', (text) => {
    expect(triage(text).level).toBe('none');
  });
});

describe('signs are read across the recent turns', () => {
  it('diarrhoea, then no wee all day, dry lips and listless: dehydration, red', () => {
    const t = triage('孩子拉肚子', '一天没尿了 嘴唇干 没精神');
    expect(t.level).toBe('red');
    expect(t.findings).toContain('severe_dehydration');
  });

  it('diarrhoea, then fewer wet nappies and a dry mouth: dehydration, amber', () => {
    expect(triage('孩子拉肚子', '尿少了 嘴巴干')).toMatchObject({ level: 'amber', findings: ['dehydration'] });
  });

  it('diarrhoea, then listless: amber; diarrhoea, then hard to wake: red', () => {
    expect(triage('孩子拉肚子', '现在没精神 很蔫').level).toBe('amber');
    expect(triage('孩子拉肚子', '一直睡 叫不太醒').findings).toContain('dehydration_lethargic');
  });

  it('in English over two messages', () => {
    const t = triage('my baby has had diarrhoea since this morning', "now she's very drowsy and sleeping all the time");
    expect(t.level).toBe('red');
    expect(t.findings).toContain('dehydration_lethargic');
  });

  it('a bump on the head to watch, then vomiting: red', () => {
    expect(triage('孩子磕到头了 现在在玩').level).toBe('watch');
    expect(triage('孩子磕到头了 现在在玩', '刚才吐了').findings).toContain('head_injury');
  });

  it('the age said earlier counts: 4 months, then a fever', () => {
    expect(triage('我家宝宝4个月', '发烧38.5').findings).toContain('fever_3_6_months');
    expect(triage('我家宝宝2个月', '发烧38.5').findings).toContain('fever_under_3_months');
  });

  it('earlier signs alone do not raise a later message with none', () => {
    expect(triage('孩子拉肚子', '周六上午有位置吗').level).toBe('none');
  });
});

describe('the advice that goes with each level', () => {
  const advise = (...messages: string[]) => {
    const t = triage(...messages);
    const signs = new Set(messages.flatMap((m) => [...readHealthSigns(toSimplified(m)).signs]));
    return triageAdvice(t, signs, false);
  };

  it('choking: back blows and chest thrusts under 1, abdominal thrusts over 1, both when the age is unknown', () => {
    expect(advise('8个月宝宝噎住了').firstAid).toEqual(['choking_infant', 'choking_common']);
    expect(advise('两岁孩子吃葡萄噎住了').firstAid).toEqual(['choking_child', 'choking_common']);
    expect(advise('宝宝噎住了').firstAid).toEqual(['choking_infant', 'choking_child', 'choking_common']);
  });

  it('scalds cool under running water; fits are timed; no breath means 120 guides CPR; batteries get the honey rule', () => {
    expect(advise('开水烫伤了一大片，起泡了').firstAid).toContain('burn');
    expect(advise('宝宝抽搐了').firstAid).toContain('seizure');
    expect(advise('宝宝没有呼吸了').firstAid).toContain('cpr');
    expect(advise('he swallowed a button battery').firstAid).toEqual(['battery']);
    expect(advise('孩子喝了洗洁精').firstAid).toEqual(['poison']);
  });

  it('every red, amber and watch answer cites a knowledge section (except animal bites, which have none)', () => {
    for (const m of [
      '宝宝噎住了',
      '宝宝抽搐了',
      '宝宝吞了纽扣电池',
      '5个月宝宝发烧39度',
      '孩子拉肚子 尿少了 嘴巴干',
      '孩子磕到头了 现在在玩 没事',
      '宝宝三天没拉大便了 但是吃得好 挺开心',
      '孩子咳嗽像狗叫',
      '手指割破了血流不止',
      '嘴唇肿了 呼吸有点喘',
      '孩子误吞了硬币',
      '吃葡萄噎住了 咳出来了 现在没事了',
    ]) {
      expect(advise(m).sections.length, m).toBeGreaterThan(0);
    }
  });
});
