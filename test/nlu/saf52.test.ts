import { describe, expect, it } from 'vitest';
import { understand } from '../../src/nlu/understand.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 52, saf52 (test/fixtures/eval-tuning/saf52.jsonl): a febrile fit imagined ahead or a fever back after one, a
 * breath-holding spell told as a habit, a battery named as the other case after a coin, fire ants, a hair wound "really
 * tight", a fit going on now told beside an earlier one, and questions told with the care already arranged or a food
 * tried again. Worded apart from the probe file.
 */
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a febrile fit asked about ahead, or a fever back after one, is not a fit now', () => {
  it.each([
    'she had a febrile fit two weeks ago. now she has a temperature again, can I stop another fit with medicine?',
    '大夫说是高热惊厥 要是在家又抽起来 我要怎么弄',
  ])('%s — not red', (text) => {
    expect(triageOf([text]).level).not.toBe('red');
  });
  it.each(['孩子在抽搐 上次也抽过', '宝宝现在在抽 以前也抽过一次', "she's having a fit again right now"])('a fit going on now stays red: %s', (text) => {
    expect(triageOf([text]).level).toBe('red');
  });
});

describe('breath-holding spells told as a habit', () => {
  it('going blue and a second limp, "once or twice", is no emergency now', () => {
    expect(triageOf(['he holds his breath when he is upset until his lips go blue, once or twice he went limp for a second']).level).not.toBe('red');
  });
  it('a child limp and blue now is still red', () => {
    expect(triageOf(['she held her breath crying and now she is blue and not responding']).level).toBe('red');
  });
});

describe('a button battery named as the other case after a coin', () => {
  it.each([
    ['宝宝吞了一颗小硬币', '那蜂蜜就不用喂了吧 那是吞电池才用的'],
    ['女儿吞了个硬币', '吞电池才要喂蜂蜜 硬币不用吧'],
  ])('%s || %s — no battery', (first, second) => {
    expect(signsOf(second)).not.toContain('button_battery');
    expect(triageOf([first, second]).level).not.toBe('red');
  });
  it('a battery swallowed is still the emergency', () => {
    expect(triageOf(['女儿把遥控器的纽扣电池吞了']).level).toBe('red');
  });
});

describe('fire ants', () => {
  it.each(['小孩在草地上被火蚁咬了 小腿起了白色小泡', 'fire ants got him on the foot, lots of little white spots now'])('%s — its own care', (text) => {
    const s = signsOf(text);
    expect(s).toContain('fire_ant');
    expect(s).not.toContain('bite');
    expect(triageOf([text]).level).toBe('watch');
  });
});

describe('a hair wound tight round a toe or finger, in English', () => {
  it('"wound super tight around her finger"', () => {
    expect(signsOf('there is a hair wound super tight around her finger and it looks puffy')).toContain('hair_tourniquet');
  });
});

describe('questions told with a day that ask for no places', () => {
  it.each(['Mia is going to the 托育点 this afternoon, what do I need to tell the 老师 about her fall?', 'could we offer shrimp again next week?'])(
    '%s — no search',
    (text) => {
      expect(understand(text, ctx).intent).not.toBe('find_slots');
    },
  );
  it('asking for places on the day still searches', () => {
    expect(understand('我想周六送她去托育点 有位吗', ctx).intent).toBe('find_slots');
  });
});

describe('a medicine asked about before going or while waiting', () => {
  it.each(['救护车在路上 要不要先给她喂点退烧药', '需不需要先喂他吃点药再出门'])('%s — medicine first', (text) => {
    expect(readHealthSigns(toSimplified(text)).medicineFirst).toBe(true);
  });
  it('"要不要先吃饭" names no medicine', () => {
    expect(readHealthSigns('要不要先吃饭').medicineFirst).toBe(false);
  });
});
