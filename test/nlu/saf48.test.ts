import { describe, expect, it } from 'vitest';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { triageAdvice } from '../../src/safety/triageAdvice.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 48, saf48 (test/fixtures/eval-tuning/saf48.jsonl): a child left in a hot car and alert now (a doctor today, not
 * 120), a nappy dry for hours in diarrhoea, a nosebleed still running after 20 minutes, a changed voice after a sting in
 * the mouth, "叫他半天才睁眼" after a knock on the head, "翻下来" from a bed, medicine or a bath asked before going.
 * Worded apart from the probe file.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a child left in a car in the heat', () => {
  it.each([
    '去药店拿药 把女儿留在车上七八分钟 没开空调 回来一身汗 现在在笑',
    '去便利商店 寶寶在車上睡著了 大概五分鐘 冷氣關掉 回來全身是汗 現在很好',
    'left my son in the car for about 5 minutes with the engine off, he came back sweaty and red but is babbling happily',
  ])('%s — alert now: a doctor today, not 120', (text) => {
    const t = triageOf([text]);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('hot_car');
    expect(triageAdvice(t, signsOf(text), false).firstSteps).toContain('carFirst');
  });
  it.each(['把孩子留在车里十分钟 回来浑身是汗 叫他没什么反应', 'left her in the hot car for ten minutes, now shes floppy and hard to wake'])(
    '%s — with the heatstroke signs it stays red',
    (text) => {
      expect(triageOf([text]).level).toBe('red');
    },
  );
  it('a car trip with a sweaty child and no child left behind is not the hot-car finding', () => {
    expect(triageOf(['坐车去海边 路上堵车 孩子在车上出了一身汗 回来以后还好']).findings).not.toContain('hot_car');
    // Asleep in the car on the way home is no child left in it (a fall's nap question stays that fall's).
    expect(signsOf('回家路上他在车里睡着了 能让他睡吗')).not.toContain('car_left');
    expect(signsOf('he fell asleep in the car on the way home, can i let him sleep')).not.toContain('car_left');
    expect(signsOf('he fell asleep in the car so I left him in there while I ran into the shop')).toContain('car_left');
    expect(signsOf('孩子在车里睡着了 我去超市买了个东西 十分钟')).toContain('car_left');
    expect(signsOf(toSimplified('停車去超商 小孩在車上睡著 大概十分鐘'))).toContain('car_left');
    expect(signsOf('坐车去海边 他在车上睡着了 到了以后一身汗')).not.toContain('car_left');
  });
});

describe('a nappy dry for hours in diarrhoea', () => {
  it.each(['拉稀拉了一整天 纸尿裤六个小时都是干的', '一直拉肚子 已经5个小时没有wet nappy了'])('%s — a doctor today at least', (text) => {
    expect(signsOf(text).has('fewer_wees')).toBe(true);
    expect(['amber', 'red']).toContain(triageOf([text]).level);
  });
});

describe('a nosebleed that will not stop', () => {
  it.each(['孩子流鼻血 捏着鼻子按了二十多分钟了还在流', 'nosebleed, been pinching for 25 minutes and it is still bleeding'])(
    '%s is the emergency department now',
    (text) => {
      const t = triageOf([text]);
      expect(t.level).toBe('red');
      expect(triageAdvice(t, signsOf(text), false).firstAid).toContain('nose_long');
    },
  );
  it('a nosebleed that stopped stays home care', () => {
    expect(triageOf(['流鼻血了 捏了几分钟就止住了']).level).not.toBe('red');
  });
});

describe('a changed voice after a sting in the mouth', () => {
  it.each([
    ['a wasp stung him inside the lip, its a bit swollen but he is breathing ok', 'his voice sounds strange now and his lips are bigger'],
    ['蜜蜂蛰到嘴唇里面 有点肿 呼吸正常', '现在嘴唇更肿了 声音也变了 怪怪的'],
  ])('%s / %s is anaphylaxis: 120', (first, second) => {
    expect(triageOf([first, second]).level).toBe('red');
  });
  it('a voice word alone, with nothing swelling or stung, is not an allergy', () => {
    expect(triageOf(['她今天声音怪怪的 有点感冒']).level).not.toBe('red');
  });
});

describe('a knock on the head, then hard to wake', () => {
  it.each(['撞到桌角以后 一直想睡 叫她好半天才睁开眼', '从床上翻下来磕到头 现在叫他半天才有反应'])('%s is red', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
  it('"从沙发上翻下来" is a fall', () => {
    expect(signsOf('宝宝从沙发上翻下来了 哭了一会儿').has('head_knock')).toBe(true);
  });
});

describe('medicine or a bath asked before going to hospital', () => {
  it.each(['去医院之前能不能先给她吃点退烧药', '要不要先帮他泡个温水澡退烧再去医院'])('%s is the medicine-first question', (text) => {
    expect(readHealthSigns(toSimplified(text)).medicineFirst).toBe(true);
  });
  it('a medicine question with no trip named is not', () => {
    expect(readHealthSigns(toSimplified('退烧药隔多久可以再吃一次')).medicineFirst).toBe(false);
  });
});
