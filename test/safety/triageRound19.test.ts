import { describe, expect, it } from 'vitest';
import type { TriageLevel } from '../../src/safety/triageSigns.ts';
import { levelOf } from '../helpers/triageOf.ts';

/**
 * Round 19 (cov19b): signs in parents' everyday words across the NICE NG143 traffic light — chest indrawing told as
 * the ribs going in ('肋骨那里往里凹', 'her ribs suck in') is red; a rash that came after the fever went ('退烧以后',
 * 'after the fever broke') is roseola's pattern, watched at home with the glass test, unless it does not fade; 'fine now'
 * and 'do we need the hospital' said in English inside Chinese count as in Chinese.
 */
const TABLE: Array<[TriageLevel, string]> = [
  ['red', '现在烧到39度了 呼吸很快 吸气的时候肋骨那里往里凹'],
  ['red', '寶寶喘氣的時候胸口一直往內凹'],
  ['red', "now she's 39 and breathing really fast, her ribs suck in when she breathes"],
  ['red', 'his chest sinks in every time he breathes'],
  ['watch', '烧了三天 退烧以后全身出了红疹子 是幼儿急疹吗'],
  ['watch', '燒了三天 退燒之後身上出了紅疹子 精神很好'],
  ['watch', 'she had a high temperature for three days and after the fever broke she got a pink rash all over'],
  ['red', '烧了三天 退烧以后身上出了红点 用杯子压也不褪色'],
  // Vomited once and fine now, told with English words inside Chinese ('现在 ok 了', '需要去 hospital 吗'): watched at home.
  ['watch', '2岁 baby 午饭后吐了一次 现在 ok 了 需要去 hospital 吗'],
  ['watch', '寶寶早上吐了一次 現在 fine 了 要去看 doctor 嗎'],
];

describe('triage round 19', () => {
  it.each(TABLE)('%s ← %s', (level, text) => {
    expect(levelOf(text)).toBe(level);
  });
});
