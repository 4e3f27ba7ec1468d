import { describe, expect, it } from 'vitest';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { prepareText } from '../../src/nlu/prepareText.ts';

const distress = (t: string) => PARENT_DISTRESS.test(prepareText(t));

describe('PARENT_DISTRESS', () => {
  it('hears a parent who is low or at the end of their tether, in either script and in English', () => {
    for (const t of [
      '觉得自己是个很差的妈妈',
      '我是不是很失敗的媽媽 怎麼做都沒用',
      '坐完月子以後心情一直很低落 老公也不太幫忙',
      '今天又冲孩子吼了 我怎么控制不住自己',
      '我好想哭 快撐不下去了',
      '我就是想找个人说说话',
      "I'm a useless mother, nothing I do works",
      'I keep losing my temper and screaming at my toddler',
      "honestly I'm barely coping, no help at home",
      'I just need someone to talk to',
      '寶寶一直哭 我快抓狂了',
      '他一直哭 我也崩溃大哭了',
      '他在地上打滚 我快抓狂 想尖叫',
      'when she screams I just lose it',
    ])
      expect(distress(t), t).toBe(true);
  });

  it('does not take the child crying, a staff complaint or a plain request for distress', () => {
    for (const t of [
      '宝宝每天都在哭 怎么办',
      '孩子每次分开都哭到崩溃',
      '我儿子22个月 tantrum 超级多 每次要离开playground就崩溃大哭 有什么tips',
      '女兒一不順她的意就崩潰大哭',
      '兒子兩歲 不給他看手機就整個抓狂 在地上打滾大哭 怎麼辦',
      '你们老师对我女儿很凶 我要投诉',
      'my baby keeps screaming at the top of his lungs',
      'can I talk to a real person',
      '周六湖里有半日托吗',
    ])
      expect(distress(t), t).toBe(false);
  });
});
