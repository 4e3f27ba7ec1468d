import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageSigns } from '../../src/safety/triageSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

const levelOf = (text: string) => triageSigns(readHealthSigns(toSimplified(text)), { recent: [] }).level;

/**
 * Toothpaste: a worry about swallowing the brushing amount is a parenting question, a mouthful is low
 * toxicity, a tube or a lot of it is a poisoning to get help for.
 */
describe('toothpaste', () => {
  it.each(['小孩一歲半 可以用含氟牙膏嗎 會不會吞下去有危險', '给他用含氟牙膏刷牙 会不会吞下去', '宝宝刷牙总是把牙膏吞了 用含氟的安全吗 怕他吞下去'])(
    'a worry, nothing swallowed: %s',
    (text) => {
      expect(readHealthSigns(toSimplified(text)).signs.has('poisoning')).toBe(false);
      expect(['none', 'watch']).toContain(levelOf(text));
    },
  );

  it.each(['刷牙时吃了一点牙膏', '孩子把牙膏吃了', 'she swallowed some toothpaste while brushing'])('a little: watched at home: %s', (text) => {
    expect(levelOf(text)).toBe('watch');
  });

  it.each(['孩子吃了一整支牙膏', '宝宝把半支牙膏吃了', '宝宝吃了好多牙膏', 'he ate a whole tube of toothpaste', 'my toddler ate a lot of toothpaste'])(
    'a lot: poisoning: %s',
    (text) => {
      expect(readHealthSigns(toSimplified(text)).signs.has('poisoning')).toBe(true);
      expect(levelOf(text)).toBe('red');
    },
  );
  // Round 38 (par38t's leftover): "what if he swallows it?" asked before brushing is not something swallowed.
  it.each(['一歲多要用牙膏嗎 吞下去怎麼辦', '要用含氟牙膏吗 吞下去的话要紧吗'])('asked beforehand, nothing swallowed: %s', (text) => {
    expect(readHealthSigns(toSimplified(text)).signs.has('low_toxic')).toBe(false);
    expect(levelOf(text)).toBe('none');
  });

  it('swallowed, then "what do I do": still watched at home', () => {
    expect(levelOf('他刚才把牙膏吞下去了怎么办')).toBe('watch');
  });
});
