import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';

// Round 34 (par34m): voice-typed slips and English inside Chinese in parenting questions.
describe('voice-typed slips are read with the documents’ word', () => {
  it.each([
    ['我家宝宝喝奶分的三天没拉了', '奶粉'],
    ['宝宝黄胆还没退', '黄疸'],
    ['宝宝信门还没闭合', '囟门'],
    ['孩子便密怎么办', '便秘'],
    ['六个月可以加副食了吗', '辅食'],
  ])('%s → %s', (q, word) => {
    expect(extractTerms(q)).toContain(word);
  });

  it('leaves 副食 alone when it is the grocer’s word', () => {
    expect(extractTerms('楼下副食店几点关门')).not.toContain('辅食');
  });
});

describe('English inside Chinese in parenting questions (round 34)', () => {
  it.each([
    ['长牙了 他 feed 的时候会 bite 我的 nipple 好痛', ['咬', '乳头']],
    ['是不是该 stop breastfeeding 了', ['断奶']],
    ['两岁 每晚 snoring 很大声', ['打呼噜']],
    ['儿保医生说要 refer 去做 early intervention 评估', ['转诊', '早期干预']],
    ['爸爸还可以帮她洗澡吗 什么时候开始要 avoid', ['避开']],
  ])('%s', (q, words) => {
    const read = readCodeSwitched(q);
    for (const w of words) expect(read).toContain(w);
  });

  it('still reads "biting" as biting people, and "stop breastfeeding" before "breastfeeding"', () => {
    expect(readCodeSwitched('在 playground 一直 biting')).toContain('咬人');
    expect(readCodeSwitched('想 stop breastfeeding')).not.toContain('母乳喂养');
  });

  it('leaves an English message alone', () => {
    expect(readCodeSwitched('my baby bites my nipple')).toBe('my baby bites my nipple');
  });
});
