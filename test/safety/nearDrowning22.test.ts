import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 22: a near-drowning told with grey lips or face-down in the bath is 120 first (NICE NG143: ashen or blue skin
 * is red), and 'Called. Ambulance 10 min. What now?' is read as help already coming, so the drowning first aid follows.
 */
function read(message: string) {
  return readHealthSigns(toSimplified(message));
}
function triage(message: string, recent: string[] = []) {
  return triageSigns(read(message), { recent });
}

describe('round 22: near-drowning is red in every wording', () => {
  it.each([
    'Daughter 10 months. Fell face-down in bath, maybe 20 seconds. Pulled her out. Coughed a lot. Now very sleepy, breathing fast, lips greyish.',
    'my son slipped under in the paddling pool, lips look grey now',
    "Our nanny just found my daughter face down in the mop bucket. She's greyish and not breathing properly.",
    '宝宝18个月 刚才在澡盆里滑下去 脸埋在水里 捞起来以后嘴唇发灰 breathing很快',
    '寶寶在浴缸裡嗆水了 嘴唇發紫',
  ])('120 with the drowning first aid: %s', (m) => {
    const t = triage(m);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('drowning');
    expect(t.findings).not.toContain('choking');
    expect(t.remember.some((s) => s === 'found:drowning' || s === 'red:drowning')).toBe(true);
    expect(t.remember).not.toContain('red:choking');
    const advice = triageAdvice(t, read(m).signs, false);
    expect(advice.firstAid).toContain('drowning');
    expect(advice.firstAid).not.toContain('breathing');
  });

  it.each(['grey lips after the bath', 'his lips are greyish', '嘴唇发灰'])('grey lips alone are red: %s', (m) => {
    expect(triage(m).level).toBe('red');
  });

  it('face-down in the bath with no sign now is not 120 (water breathed in: a doctor today)', () => {
    expect(triage('she went face down in the bath for a second, cried straight away').level).not.toBe('red');
  });
});

describe('round 22: help already on its way', () => {
  it.each([
    'Called. Ambulance 10 min. What now?',
    'ok rang them. what now',
    'Ok called. ambulance coming in 8 minutes what do I do',
    '打了 救护车还有十分钟 现在怎么办',
    '救護車說15分鐘到 現在要做什麼',
  ])('read as help called: %s', (m) => {
    expect(read(m).helpCalled).toBe(true);
  });

  it.each(['Called the clinic, they said come tomorrow', 'should I call an ambulance?', '打了疫苗以后发烧了'])('not help called: %s', (m) => {
    expect(read(m).helpCalled).toBe(false);
  });
});
