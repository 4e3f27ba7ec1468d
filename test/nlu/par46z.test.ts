import { describe, expect, it } from 'vitest';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

const distress = (t: string) => PARENT_DISTRESS.test(prepareText(t));

/** Round 46, par46z: a grandparent or carer who has had enough is part of the question, not the parent's own distress. */
describe('someone else fed up is not the parent in distress (par46z)', () => {
  it('reads a grandparent, the other parent or a carer losing patience as what is asked about', () => {
    for (const t of [
      '他吃得满地都是 衣服全弄脏 奶奶受不了就直接喂了',
      '自己穿鞋穿半天 阿嬤看不下去就幫他穿了',
      '婆婆实在受不了他挑食 每顿都追着喂',
      '老公没耐心 每次都直接帮他穿好',
    ]) {
      expect(distress(t), t).toBe(false);
    }
  });

  it('still hears the parent when they say it of themselves as well', () => {
    for (const t of ['奶奶受不了 我也快崩溃了', '我真的受不了了', '婆婆看不下去 我也好累', '媽媽我受不了了 每天都想哭']) {
      expect(distress(t), t).toBe(true);
    }
  });
});
