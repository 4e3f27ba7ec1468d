import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 42 (lead): a lick or a taste of washing-up liquid, soap or shampoo is low in toxicity (US National Capital Poison
 * Center) — no poisoning and no 120; drunk or swallowed, or a dishwasher or laundry product, is still a poisoning.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a lick of washing-up liquid or soap is not a poisoning', () => {
  it.each([
    '一岁半的宝宝刚才舔了一口洗碗的洗洁精 现在看着没什么事',
    '孩子舔了洗碗海绵上的洗洁精',
    '寶寶舔了一口洗髮水',
    'my 18 month old just licked some washing up liquid off a sponge, seems fine',
    'she tasted a bit of dish soap',
  ])('%s', (text) => {
    const signs = signsOf(text);
    expect(signs.has('poisoning')).toBe(false);
    expect(triageOf([toSimplified(text)]).level).not.toBe('red');
  });
  it('the lick is remembered as a lick', () => {
    expect(signsOf('宝宝舔了一口洗洁精').has('soap_lick')).toBe(true);
  });
  it.each(['孩子喝了洗洁精', '宝宝舔了洗碗块', 'she licked a dishwasher tablet', 'he licked a laundry pod', '舔了一口洗洁精 又喝了几口消毒水'])(
    'still a poisoning: %s',
    (text) => {
      expect(signsOf(text).has('poisoning')).toBe(true);
      expect(triageOf([toSimplified(text)]).level).toBe('red');
    },
  );
});

describe('a fever under 39 °C in the day or two after a 3–6-month-old’s jabs is the common reaction', () => {
  it.each(['LO had her 4 month jabs this morning and now shes 38.1 and grumpy. normal??', '4个月宝宝今天上午打完疫苗 现在38.3度'])('home care: %s', (text) => {
    const triage = triageOf([toSimplified(text)]);
    expect(triage.level).not.toBe('red');
    expect(triage.level).not.toBe('amber');
  });
  it.each(['4个月宝宝今天打完疫苗 发烧39.2', '四个月 发烧38.2 没打疫苗', '4 month old 38.3, she hasnt had any jabs yet'])(
    'still a doctor today: %s',
    (text) => {
      expect(triageOf([toSimplified(text)]).level).toBe('amber');
    },
  );
});

describe('a bite told itchy is an insect’s, not an injury', () => {
  it.each(["and after she's bitten? it's really itchy and swollen", '被咬了一个大包 好痒'])('%s', (text) => {
    expect(readHealthSigns(toSimplified(text)).signs.has('bite')).toBe(false);
  });
  it('a bite from another child is still a bite', () => {
    expect(readHealthSigns('he got bitten by another kid at daycare, it is swollen').signs.has('bite')).toBe(true);
  });
});
