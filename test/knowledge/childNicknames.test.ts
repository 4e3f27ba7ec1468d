import { describe, expect, it } from 'vitest';
import { withoutChildNames } from '../../src/knowledge/childNicknames.ts';

describe('a child named in a question is read as the child, not a topic', () => {
  it.each([
    ['果果最近晚上一直醒 怎么办', '宝宝最近晚上一直醒 怎么办'],
    ['我家朵朵不爱吃蔬菜', '我家宝宝不爱吃蔬菜'],
    ['她说乐乐不爱喝水，怎么办', '她说乐乐不爱喝水，怎么办'],
  ])('%s', (text, out) => {
    expect(withoutChildNames(text)).toBe(out);
  });
  it.each(['妈妈说要捂汗', '宝宝常常夜醒', '星星看多了会近视吗', '天天哭怎么办', '三個月寶寶 趴趴練習到底是什麼', '寶寶手碰到熱湯 紅紅的 有一個小水泡'])(
    'a doubled word that is no name stays: %s',
    (text) => {
      expect(withoutChildNames(text)).toBe(text);
    },
  );
  it('registered names, Chinese or Latin, in either script', () => {
    expect(withoutChildNames('小芽最近晚上一直醒', ['小芽'])).toBe('宝宝最近晚上一直醒');
    expect(withoutChildNames('陳思遠不吃飯', ['陈思远'])).toBe('宝宝不吃飯');
    expect(withoutChildNames('Mia keeps waking up at night', ['Mia'])).toBe('my child keeps waking up at night');
    expect(withoutChildNames('Mia 晚上一直醒', ['Mia'])).toBe('宝宝 晚上一直醒');
  });
});
