import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { levelOf, triageOf } from '../helpers/triageOf.ts';

/**
 * Tenth round of triage: medicine given twice or the wrong one (advice now, even
 * if the child seems well) and a bottle drunk from (an ingestion); a cable or a
 * desiccant sachet chewed (not a bite; a live cable is an electric injury; a
 * desiccant of unknown kind is decided by its packet); blood in the poo with
 * diarrhoea (a doctor today, red only with its own red signs); a choke days ago
 * with a cough since (a doctor today, not 120); a rash that fades under a glass
 * once the fever has gone (watched at home); a leg not borne on after a fall
 * (a possible broken bone, not the fever list). Phrasings differ from the
 * tuning set's messages.
 */

const TABLE: Array<[TriageLevel, string]> = [
  // Medicine given twice, too much or the wrong one.
  ['amber', '外婆给他吃了一次布洛芬 他爸爸不知道又给了一次'],
  ['amber', '不小心给女儿喂错药了 喂的是她姐姐的咳嗽药'],
  ['amber', 'my husband gave her Calpol and then I gave it again an hour later, we both gave it'],
  ['amber', 'we doubled the dose of nurofen by mistake'],
  ['none', '退烧药吃多了会怎么样'],
  // The child drank from the bottle: an amount nobody measured.
  ['red', '他把止咳糖浆偷偷喝了差不多一整瓶'],
  ['red', 'she drank half the bottle of calpol while I was in the shower'],
  // Chewed a cable: not a bite; live → electric.
  ['red', '宝宝啃了插着电的充电线 嘴角发黑了'],
  ['none', '他老是喜欢咬数据线 怎么办'],
  // A desiccant sachet: silica stays low toxicity; unknown kind → the packet decides.
  ['amber', '女儿把饼干里的干燥剂咬开吃了一点'],
  ['watch', '吃了饼干袋里的硅胶干燥剂 透明的珠子'],
  // Blood in the poo with diarrhoea: a doctor today; with floppiness, red.
  ['amber', '一岁 拉肚子 今天大便里有一点血'],
  ['red', '拉肚子好几天了 今天大便带血 人软绵绵的叫不太醒'],
  // A choke days ago, a cough since.
  ['amber', '前几天吃瓜子呛到了 到现在还一直咳'],
  ['amber', 'he choked on a peanut a few days ago and has been wheezing ever since'],
  ['red', '他被花生卡住了 现在咳不出来 脸发紫'],
  // A rash after fever that fades under a glass, child well: watch; one that doesn't fade stays red.
  ['watch', '发烧三天 今天退烧了 身上起了红疹子 || 拿杯子压了一下 会褪色 他现在玩得很开心'],
  ['red', '发烧三天 今天退烧了 身上起了红疹子 || 拿杯子压了 不褪色'],
  ['amber', '发烧第二天 身上起了疹子'],
];

describe('triage round 10', () => {
  it.each(TABLE)('%s: %s', (level, text) => {
    expect(levelOf(toSimplified(text))).toBe(level);
  });

  it('a mix-up of medicines is answered with what to do now and the packet, never a bite or a dose', () => {
    const t = triageOf(['奶奶刚喂了退烧药 妈妈又喂了一次']);
    expect(t.findings).toEqual(['medicine_error']);
    const advice = triageAdvice(t, readHealthSigns(toSimplified('奶奶刚喂了退烧药 妈妈又喂了一次')).signs, false);
    expect(advice.firstSteps).toContain('medicineErrorFirst');
    expect(advice.sections).toContain('swallowed');
  });

  it('a desiccant of unknown kind gets the packet check, cited to the low-toxicity section', () => {
    const t = triageOf(['孩子咬破了海苔里的干燥剂']);
    expect(t.findings).toEqual(['desiccant']);
    const advice = triageAdvice(t, new Set(['desiccant']), false);
    expect(advice.firstSteps).toEqual(['desiccantFirst']);
    expect(advice.sections).toContain('mouth_plants');
  });

  it('a leg not borne on after a fall gets the broken-bone first steps and section, not the fever list', () => {
    const text = '从滑梯上摔下来 左脚一直不肯着地';
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    const advice = triageAdvice(t, readHealthSigns(toSimplified(text)).signs, false);
    expect(advice.firstSteps).toContain('limbFirst');
    expect(advice.sections).toContain('limb_injury');
    expect(advice.sections).not.toContain('fever_amber');
  });

  it('a leg not borne on in a feverish child stays on the fever list (NICE NG143 amber)', () => {
    const text = '发烧38度9 一条腿不肯着地';
    const t = triageOf([text]);
    const advice = triageAdvice(t, readHealthSigns(toSimplified(text)).signs, false);
    expect(advice.sections).toContain('fever_amber');
    expect(advice.firstSteps).not.toContain('limbFirst');
  });

  it('drying out after the beach is cooled down first', () => {
    const text = '在沙滩晒了一下午 回来尿很少 嘴巴很干';
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    const advice = triageAdvice(t, readHealthSigns(toSimplified(text)).signs, false);
    expect(advice.firstSteps).toContain('coolFirst');
  });

  it('a choke days ago with a noisy chest is not given the croup advice', () => {
    const t = triageOf(['三天前吃花生呛到 之后一直咳 呼吸有咻咻声']);
    expect(t.findings).toEqual(['choke_lingering']);
  });
});
