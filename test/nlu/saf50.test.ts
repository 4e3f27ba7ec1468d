import { describe, expect, it } from 'vitest';
import { asksAboutOuting } from '../../src/nlu/asksAboutOuting.ts';
import { normalizeText } from '../../src/nlu/normalizeText.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { triageOf } from '../helpers/triageOf.ts';

/**
 * Round 50, saf50 (test/fixtures/eval-tuning/saf50.jsonl): a dog named by its breed, a baby's startle asked as 抽筋, milk
 * out of the nose, a scald over the trunk, a hot spring asked about after a sting. Worded apart from the probe file.
 */
const signsOf = (text: string) => readHealthSigns(toSimplified(text)).signs;

describe('a dog named by its breed is still a dog', () => {
  it.each(['女儿被楼上的柯基咬到手指 出血了', '兒子被朋友家的哈士奇咬了一口 有破皮', "our neighbour's corgi bit my son's hand, it's bleeding a bit"])(
    '%s — an animal bite, not a human one',
    (text) => {
      expect(signsOf(text)).toContain('animal_bite');
    },
  );
});

describe('a startle in sleep, asked as 抽筋', () => {
  it.each(['三个月宝宝睡着以后经常一惊 手一下子举起来 这算抽筋吗', '寶寶睡覺時會突然一驚 兩隻手一下子張開 是不是抽搐'])('%s — not a fit', (text) => {
    expect(signsOf(text)).not.toContain('seizure');
  });
  it('jerking that goes on is still a fit', () => {
    expect(signsOf('宝宝睡觉的时候突然一惊 然后手脚一抽一抽的停不下来')).toContain('seizure');
  });
});

describe('milk out of the nose after a feed', () => {
  it.each(['刚喂完奶他吐奶了 有一点从鼻孔里冒出来 现在没事了', '溢奶的时候奶从鼻子里流出来了 吓我一跳 现在好好的'])('%s — spit-up, not vomiting', (text) => {
    const s = signsOf(text);
    expect(s).toContain('spit_up');
    expect(s).not.toContain('vomiting');
  });
  it('projectile vomiting is still vomiting', () => {
    expect(signsOf('每次喝完奶都喷射状地吐 从鼻子里也出来')).not.toContain('spit_up');
  });
});

describe('a scald over the trunk is a serious burn', () => {
  it.each(['热汤洒了 孩子胸口和肚子都烫到了', 'the kettle tipped and the water went all over his back', 'hot tea spilled on her tummy and thighs'])(
    '%s — 120',
    (text) => {
      expect(triageOf([text]).level).toBe('red');
    },
  );
  it('a small scald on one arm is not', () => {
    expect(triageOf(['手臂被热水溅到一小块 红红的 已经冲了凉水']).level).not.toBe('red');
  });
});

describe('a hot spring asked about is a question about the outing', () => {
  it.each(['后天还能带他去泡温泉吗', '禮拜六可以去泡溫泉嗎', 'is it ok to take her to the hot springs on sunday?'])('%s', (text) => {
    expect(asksAboutOuting(normalizeText(toSimplified(text)))).toBe(true);
  });
});

describe("the child's own medicine asked while ill", () => {
  it.each(['她在吃医生开的抗生素 今天拉肚子了 药还要接着吃吗', 'he vomited twice this morning, do I skip his regular medicine today?'])(
    '%s — asked',
    (text) => {
      expect(readHealthSigns(toSimplified(text)).asksUsualMedicine).toBe(true);
    },
  );
  it('a fever medicine question is not', () => {
    expect(readHealthSigns(toSimplified('发烧39度 退烧药隔多久能再吃')).asksUsualMedicine).toBe(false);
  });
});
