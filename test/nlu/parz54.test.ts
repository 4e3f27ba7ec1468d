import { describe, expect, it } from 'vitest';
import { PARENT_DISTRESS } from '../../src/nlu/lexicon/parentDistress.ts';
import { understand } from '../../src/nlu/understand.ts';

/** Round 54, parz54: Chinese parenting stories that carry a booking word, a mood word or a crying child. */
const now = new Date('2026-11-25T10:00:00+08:00');
const ctx = { now, timeZone: 'Asia/Shanghai' };
const intentOf = (text: string) => understand(text, ctx).intent;

describe('a 抢 that ends the clause after a child or a behaviour adverb is snatching told again, not a booking', () => {
  it.each(['试过了没用啊 跟他说轮流他根本不听 照样抢', '说了还是抢', '他们俩老是抢', '教了好几次 他还是抢'])('%s', (text) => {
    expect(intentOf(text)).not.toBe('book');
  });

  it.each(['帮我抢一下周六上午', '我要抢', '我去抢'])('%s stays a booking', (text) => {
    expect(intentOf(text)).toBe('book');
  });
});

describe("the child's mood is not the parent's grievance", () => {
  it('a dummy wanted even when the child is upset: one knowledge question, no complaint', () => {
    const u = understand('兒子兩歲了 還是很依賴奶嘴 睡覺一定要 白天不開心也要 牙醫說要戒了 要怎麼戒比較不會那麼痛苦', ctx);
    expect(u.intent).toBe('knowledge');
    expect((u.requests ?? []).map((r) => r.intent)).not.toContain('complaint');
  });

  it.each(['老师让我很不开心', '你们这样我很不开心'])('%s is still a complaint', (text) => {
    expect(intentOf(text)).toBe('complaint');
  });
});

describe('a child who may cry over a change is a worry about the child, not the parent at the end of her tether', () => {
  it.each(['家里阿姨做到月底要走了 新阿姨下个月来 我怕他接受不了天天哭 要怎么过渡比较好', '换了保姆 宝宝会不会接受不了每天哭'])('%s', (text) => {
    expect(PARENT_DISTRESS.test(text)).toBe(false);
  });

  it.each(['我天天哭 撑不住了', '我每天都在哭', '他接受不了天天哭 我也快崩溃了'])('%s is still distress', (text) => {
    expect(PARENT_DISTRESS.test(text)).toBe(true);
  });
});
