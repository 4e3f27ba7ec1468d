import { describe, expect, it } from 'vitest';
import { asksAboutOuting } from '../../src/nlu/asksAboutOuting.ts';
import { understand } from '../../src/nlu/understand.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 49, saf49 (test/fixtures/eval-tuning/saf49.jsonl): a day at the beach or the pool asked about (no search), a tick
 * behind the ear, a fever after many mosquito bites, "退了烧就能玩" on day three, a jellyfish's welts, a faint after a hard
 * cry, the side of the head, hot-pot broth, and water or medicine before going. Worded apart from the probe file.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;
const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('a day at the beach or the pool, asked', () => {
  it.each(['后天能去游泳吗', '下周六还可以带她去海边吗', '礼拜天能不能去沙滩玩', 'is it ok to go to the pool on saturday?'])(
    '%s — a question, not a search',
    (text) => {
      expect(asksAboutOuting(normalizeText(toSimplified(text)))).toBe(true);
      expect(understand(text, ctx).intent).toBe('knowledge');
    },
  );
  it('care asked for beside the beach is still a search', () => {
    expect(understand('周六上午有位吗 下午想去海边', ctx).intent).toBe('find_slots');
  });
});

describe('a tick behind the ear is not an insect in the ear', () => {
  it.each(['女儿耳朵后面有只小虫咬着 拔不下来 好像是蜱虫', '兒子耳朵後面黏了一隻小蟲 弄不掉'])('%s', (text) => {
    expect(signsOf(text)).not.toContain('nose_object');
  });
  it('a bug that crawled into the ear still is', () => {
    expect(signsOf('有只小虫爬进他耳朵里了')).toContain('nose_object');
  });
});

describe('a fever after many mosquito bites in dengue season', () => {
  it('is a fever with dengue about: a doctor today', () => {
    const t = triageOf(['最近家里蚊子很多 她被叮了十几个包 昨天开始发烧38度5']);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('dengue');
  });
  it('with bleeding gums: the warning sign of severe dengue, 120', () => {
    const t = triageOf(['so many mosquitoes in our flat this week, my son has a fever since last night and his gums are bleeding']);
    expect(t.level).toBe('red');
    expect(t.findings).toContain('dengue_severe');
  });
});

describe('"退了烧就能吃能玩" is how the child is between fevers, not a fever gone', () => {
  it('day three of a fever that comes back: a doctor', () => {
    const t = triageOf(['发烧第三天了 最高38度9 退了烧就又能吃能玩 要带去看吗']);
    expect(t.level).toBe('amber');
    expect(t.findings).toContain('fever_3_days');
  });
  it('a fever said to be gone still is', () => {
    expect(triageOf(['烧了三天 今天早上退了 精神很好']).findings).not.toContain('fever_3_days');
  });
});

describe("a jellyfish's welts", () => {
  it('are the sting, not an allergic reaction', () => {
    const t = triageOf(['a jellyfish stung her on the leg at the beach, big red welts, she is crying']);
    expect(t.findings).toEqual(['jellyfish']);
  });
  it('and its red lines at the beach are no sunburn unless the sun is named', () => {
    expect(signsOf('在沙滩上被海蜇蜇了 腿上红红的一道')).not.toContain('sunburn');
    expect(signsOf('海边晒了一下午 背上红红的 又被海蜇蜇了')).toContain('sunburn');
  });
  it('swollen lips after a sting are still an allergy', () => {
    expect(signsOf('jellyfish sting on his arm and now his lips are swollen')).toContain('allergy_mild');
  });
});

describe('a faint after crying hard is a breath-holding spell', () => {
  it.each(["he cried so hard he blacked out for a second, lips went blue, he's awake now", '她大哭之后一下子软了 几秒钟就醒过来了'])('%s', (text) => {
    const t = triageOf([text]);
    expect(t.level).not.toBe('red');
    expect(t.findings).toContain('breath_holding');
  });
});

describe('injuries told in other words', () => {
  it('the back or side of the head', () => {
    expect(signsOf('she slipped and hit the back of her head on the tiles')).toContain('head_knock');
  });
  it('broth splashed on a child', () => {
    expect(signsOf('the soup broth splashed on my daughter and her wrist went red')).toContain('scald');
  });
});

describe('water or medicine before going', () => {
  it.each(['去医院之前能不能先喂点水再去', '能不能先给她吃点美林', 'ok to give her calpol on the way in the car?'])('%s — medicine first', (text) => {
    expect(readHealthSigns(toSimplified(text)).medicineFirst).toBe(true);
  });
});
