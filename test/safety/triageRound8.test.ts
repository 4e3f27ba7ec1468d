import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

function read(message: string) {
  return readHealthSigns(toSimplified(message));
}
function triage(message: string) {
  return triageSigns(read(message), { recent: [] });
}

describe('round 8: the first message carries the facts that decide the level', () => {
  it.each([
    ['外孙女才五十多天 刚量了38.3 怎么办', 1],
    ['孙子出生四十天 摸着烫 量了38.1', 1],
    ['宝宝才50天 发烧38度', 1],
  ])('a baby’s age in days, told by a parent or grandparent, makes a fever under 3 months red: %s', (m, months) => {
    expect(read(m).ageMonths).toBe(months);
    const t = triage(m);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('fever_under_3_months');
  });

  it('dry nappies and dry lips said with 也/干干的 are dehydration signs', () => {
    const r = read('今天尿布比平时干很多 嘴唇也干干的');
    expect([...r.signs]).toEqual(expect.arrayContaining(['fewer_wees', 'dry_mouth']));
    expect(triageSigns(r, { recent: ['diarrhoea'] }).level).toBe('amber');
  });

  it.each([
    "I think my 18 month old got into my mother in law's blood pressure pills, there are 2 missing from the strip",
    'two tablets are gone from the blister pack and he was playing with it',
  ])('medicine got into or missing from the strip is an ingestion (120 first): %s', (m) => {
    expect(triage(m).findings).toContain('poisoning');
  });

  it('brushing a forearm against the oven door is a burn; small, cooled and not on the hand it is watched', () => {
    const t = triage('my 3 year old brushed her forearm against the oven door, small red patch, no blister, we cooled it under the tap for 20 minutes');
    expect(t.level).toBe('watch');
    expect(t.findings).toContain('small_burn');
  });

  it('pulled out of the paddling pool, coughing and breathing fast: drowning, red', () => {
    const t = triage("just pulled my son out of the paddling pool, he's coughing a lot and breathing fast");
    expect(t.level).toBe('red');
    expect(t.findings).toContain('drowning');
  });

  it('a dog that nipped is an animal bite (rabies clinic today), not a scratch to watch', () => {
    const t = triage("neighbour's dog nipped my son's hand, small scratch, barely bled");
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('animal_bite');
  });

  it.each(['刚才他吃apple 卡了一下 自己coughed出来了 现在ok 在玩', '吃饼干卡了一下 咳出来了 现在没事了'])(
    'a piece of food stuck for a moment and coughed out (mixed words too): a choke that is over, watched: %s',
    (m) => {
      const t = triage(m);
      expect(t.level).toBe('watch');
      expect(t.findings).toContain('choking_cleared');
    },
  );

  it('follow-up words are read, not guessed: what next, an amount, a day of illness, a bare temperature', () => {
    expect(read('已經沖了二十分鐘了 接下來呢').asksNext).toBe(true);
    expect(read('那你直接跟我說幾cc就好').asksAmount).toBe(true);
    expect(read('today is day 5 and it’s still 39').dayOfIllness).toBe(5);
    expect(read("today is day 5 and it's still 39").bareTemperature).toBe(39);
    expect(read('今天第三天了 还是39').dayOfIllness).toBe(3);
    // Not temperatures: minutes, weights, ages.
    expect(read('still 39 minutes to go').bareTemperature).toBeUndefined();
    expect(read('现在38公斤').bareTemperature).toBeUndefined();
    // 'what next' is no sign and no checking by itself (a new fall still asks how the child is).
    expect(read('孩子从沙发上摔下来了 接下来怎么办').checking).toBe(false);
  });

  it.each([
    ['my son fell off the climbing frame and was knocked out for a few seconds, now awake', 'red', 'head_injury'],
    ['孩子从滑梯上摔下来撞到头 晕了几秒', 'red', 'head_injury'],
    ['she hit her head and blacked out for a second', 'red', 'head_injury'],
    ['baby rolled off the changing table, seems ok, crying', 'red', 'head_injury'],
    ['宝宝从尿布台上掉下来了 哭了一下', 'red', 'head_injury'],
    ['我女儿呼吸好快 一分钟七十次', 'red', 'very_fast_breathing'],
    ['my kid got a bug spray in his eyes', 'red', 'eye_chemical'],
    ["she's had diarrhea for two days and her nappies are dry", 'amber', 'dehydration'],
    ['my daughter got bitten by another kid at the care point, the skin is broken', 'amber', 'bite_broken'],
    ['宝宝手被门夹了一下 有点红', 'watch', 'finger'],
    ['鼻子流了点血', 'watch', 'nosebleed'],
    ['孩子摔倒磕到嘴唇 流了点血', 'watch', 'minor_wound'],
    ['my son just vomited once after lunch, otherwise fine', 'watch', 'gut'],
  ])('told in everyday words: %s → %s', (m, level, finding) => {
    const t = triage(m);
    expect(t.level).toBe(level);
    expect(t.findings).toContain(finding);
  });

  it.each(['小孩在據點被其他小朋友咬了一口 有牙印沒破皮', "he was bitten, the skin isn't broken"])('a bite that did not break the skin is watched: %s', (m) => {
    expect(triage(m).findings).not.toContain('bite_broken');
  });

  it('a tooth knocked out is a mouth injury, not a child knocked out', () => {
    expect(triage('he knocked out his front tooth').findings).toEqual(['tooth_injury']);
  });

  it('food choked on and still coughing with a cry is the choke now (red, let the child cough), not nothing', () => {
    expect(triage('兒子吃葡萄 嗆到 一直咳 但有哭聲').findings).toContain('choking');
    expect(triage('宝宝喝水呛到了').level).toBe('none');
  });

  it.each(["my friend's baby had a seizure, what causes that?", '孩子噎住了怎么办 想提前学一下', '宝宝发烧抽筋是什么原因'])(
    'a question about causes or learning first aid ahead is no emergency: %s',
    (m) => expect(triage(m).level).toBe('none'),
  );

  it.each(['孩子刚才抽了一下 为什么会抽', "he's having a seizure right now what causes it"])('a fit now stays red even with a why: %s', (m) =>
    expect(triage(m).level).toBe('red'),
  );

  it.each(['在服务点吃了饼干 现在脸上起疹子', "the point gave my son peanuts and now he has hives, he's allergic"])(
    'a rash or hives after food at a point: a possible allergy (a doctor today) and an incident of the point: %s',
    (m) => {
      const r = read(m);
      expect(r.atPoint).toBe(true);
      expect(triageSigns(r, { recent: [] }).findings).toContain('allergy_mild');
    },
  );

  it.each([
    ['宝宝 last night 发烧 38.5 now 退了', true],
    ['烧退了 精神不错', true],
    ["the fever's gone down this morning", true],
    ['还没退烧', false],
    ['退了又烧起来了 还在烧', false],
  ])('a fever said to be gone: %s → %s', (m, gone) => expect(read(m).feverGone).toBe(gone));
});
