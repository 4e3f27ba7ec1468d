import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 43 (saf43, everyday urgent situations): what the triage reads in messages worded apart from the probe file
 * (test/fixtures/eval-tuning/saf43.jsonl).
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a parent who thinks of ending her life or harming the baby is a self-harm emergency', () => {
  it.each([
    "honestly everyone would be better off without me, I don't want to be here any more",
    'sometimes I wish I was dead, I cannot cope with the baby',
    '有时候真想带着孩子一起死了算了',
    '我活不下去了 天天想从楼上跳下去',
  ])('%s', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('self_harm');
  });
  it('tiredness alone is not', () => {
    expect(triageOf(['I am so tired of the night feeds, I need a break']).findings).not.toContain('self_harm');
  });
});

describe('a child who went under the bath water, then breathes fast or is drowsy hours later, is a near-drowning', () => {
  it('reads "under the bath water" as water breathed in', () => {
    expect(signsOf('he went under the bath water for a second and coughed').has('water_inhaled')).toBe(true);
  });
  it('then fast breathing and sleepy → 120', () => {
    const t = triageOf(['she slipped under the bath water briefly and spluttered, fine now', 'an hour on she is breathing quickly and very drowsy']);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('drowning');
  });
});

describe('after a socket shock, breathing that is not right or drowsiness is the shock’s emergency', () => {
  it.each([['插座电了一下 哭了一声 现在好像没事', '现在呼吸怪怪的 一直想睡']])('%s → %s', (a, b) => {
    expect(triageOf([a]).level).toBe('amber');
    const t = triageOf([a, b]);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('electric_shock');
  });
});

describe('crying in bouts with the legs drawn up and vomiting: a doctor now; then redcurrant-jelly poo → 120', () => {
  it('amber first', () => {
    const t = triageOf(['十个月 一阵一阵地哭闹 腿往上缩 还吐了两次']);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('colic_vomiting');
  });
  it('then the poo', () => {
    const t = triageOf(['十个月 一阵一阵地哭闹 腿往上缩 还吐了两次', '大便像果酱一样还带血']);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('intussusception');
  });
});

describe('a small swelling round a sting is the sting’s own reaction, not an allergy', () => {
  it.each(['被 bee 叮了 手背肿了一小块', '被蜜蜂蛰了 脸上肿了一点'])('%s', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('watch');
    expect(t.findings).toContain('sting');
  });
  it('lips swelling after it is still red', () => {
    expect(triageOf(['被 wasp 叮了 肿了一小块', '嘴唇肿了 喘气有声音']).level).toBe('red');
  });
});

describe('a limp (walking) is not limp (floppy)', () => {
  it('a sudden limp with a leg not used is amber', () => {
    const t = triageOf(['3岁 没摔 突然 limp 左腿不肯着地']);
    expect(t.level).toBe('amber');
    expect(signsOf('3岁 没摔 突然 limp 左腿不肯着地').has('unresponsive')).toBe(false);
  });
  it.each(["she's gone limp and won't wake", '宝宝突然全身 limp 没反应'])('floppy is still red: %s', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
});

describe('medicine given twice by two carers', () => {
  it('reads the mix-up', () => {
    expect(signsOf('mum and grandma both gave him calpol this morning without checking with each other').has('medicine_error')).toBe(true);
  });
});

describe('a button battery named about the bead already in the ear is the battery in the ear', () => {
  it('no swallowed-battery advice', () => {
    const t = triageOf(['he pushed something shiny into his ear', 'oh no I think it is a button battery from the remote']);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('battery_nose');
    expect(t.findings).not.toContain('button_battery');
  });
});

describe('unexplained bruises on a baby who does not crawl yet: a doctor today', () => {
  it.each(['三个月的宝宝 还不会翻身 背上有两块淤青', "my 5 month old has bruises on his arm and I don't know how he got them"])('%s', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('bruise_unexplained');
  });
  it('a bruise after a fall is not', () => {
    expect(signsOf('两岁 摔了一跤 膝盖青了一块').has('bruise_unexplained')).toBe(false);
  });
});

describe('a long afternoon out and hot, sweaty and tired is heat exhaustion', () => {
  it('watch with the cooling advice', () => {
    const t = triageOf(['在景区逛了一下午 孩子出了好多汗 脸通红 没精神']);
    expect(t.findings).toContain('heat_exhaustion');
  });
});
