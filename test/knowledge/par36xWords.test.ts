import { describe, expect, it } from 'vitest';
import { keyWords } from '../../src/conversation/dialogue/answers/questionTerms.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';

// Round 36 (par36x): English words inside Chinese parenting questions are read as the documents' words, so the
// question's topic is not left in English that no Chinese section holds ("18 months 要不要 change", "want mommy",
// "吃一顿饭要 1 hour", "DHA make baby smarter 哪个 brand 好", "tongue 上像 map", "foreskin … infection", "slow down").
describe('English inside Chinese in parenting questions (round 36)', () => {
  it.each([
    ['换了新阿姨 宝宝 18 months 一见她就哭 want mommy 要不要 change', ['个月', '妈妈', '换']],
    ['我儿子吃一顿饭要 1 hour 我 timer 都开了', ['1 小时', '计时器']],
    ['DHA 听说 make baby smarter 哪个 brand 好', ['聪明', '牌子']],
    ['宝宝 tongue 上一块一块的 像 map 一样', ['舌头', '地图']],
    ['foreskin 要不要往后翻开洗 nanny 说会 infection', ['包皮', '感染']],
    ['外阴 要不要 clean 里面 用 soap 吗', ['清洗', '沐浴露']],
    ['那我要不要让他 slow down 说慢一点', ['说慢点']],
    ['每次 startle 一下就醒', ['惊跳']],
    ['toothpaste 要用 fluoride 的吗', ['牙膏', '含氟']],
  ])('%s', (q, words) => {
    const read = readCodeSwitched(q);
    for (const w of words) expect(read).toContain(w);
  });

  it('leaves an English message alone', () => {
    expect(readCodeSwitched('should I change her nanny after 2 months?')).toBe('should I change her nanny after 2 months?');
  });
});

describe('colloquial words as the documents write them (round 36)', () => {
  it('keeps 口水 whole ("口水流个不停" is not 口 / 水流)', () => {
    const key = keyWords('外孙女七个月口水流个不停胸前都湿了');
    expect(key).toContain('口水');
    expect(key).not.toContain('水流');
  });
});
