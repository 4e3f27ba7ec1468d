import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { PARENT_DISTRESS, withoutDistress } from '../../src/nlu/lexicon/parentDistress.ts';
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

describe('withoutDistress', () => {
  it('sets the distress words aside and keeps what the parent asks about', () => {
    const rest = withoutDistress('宝宝一岁了晚上还是每两小时醒一次 我快崩溃了 有什么方法吗');
    expect(rest).not.toMatch(/崩溃/);
    expect(rest).toMatch(/醒一次/);
    expect(rest).toMatch(/有什么方法吗/);
  });
});

describe('a story of distress that names where the family works', () => {
  const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
  it('is heard, not searched', () => {
    const text = '我跟老公在集美厂里三班倒 周末也要上 孩子两岁半 上个月才接过来 现在见到我就躲 心里好难受 是不是我们不配当爸妈';
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
  it('but a place with a booking word still searches', () => {
    expect(understand('好累 周六集美还有位置吗', ctx).intent).toBe('find_slots');
  });
});
