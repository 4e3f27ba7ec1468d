import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/nlu/prepareText.ts';
import { understand } from '../../src/nlu/understand.ts';
import { foldDialectWords } from '../../src/text/dialectWords.ts';

const ctx = { now: new Date('2026-11-25T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

/**
 * Round 21 (Chinese outside set): Cantonese typed by Hong Kong families and Minnan typed by Xiamen grandparents are
 * read as the Mandarin they mean (src/text/dialectWords.ts), so their questions are questions and their searches keep
 * their facts. Mandarin words that share a character (关系, 伊利, 知识, 仲裁) are left as they are.
 */
describe('Cantonese and Minnan words read as Mandarin', () => {
  it.each([
    ['系咪有问题', '是不是有问题'],
    ['14个月仲未识行', '14个月还不会走路'],
    ['佢有时仲会打我 咁又点处理', '他有时还会打我 那又怎么处理'],
    ['到底会冻无', '到底可以吗'],
    ['会冻送去你们那里托无', '可以送去你们那里托吗'],
    ['阮孙仔才5个月', '我孙子才5个月'],
    ['整粒予伊吃无要紧', '整粒给他吃没关系'],
    ['发紧烧 叫极都唔醒', '在发烧 怎么叫都不醒'],
  ])('%s → %s', (from, to) => {
    expect(foldDialectWords(from)).toBe(to);
  });

  it.each(['他们的关系很好', '伊利奶粉可以吗', '学点育儿知识', '劳动仲裁', '辅食怎么做'])('leaves Mandarin alone: %s', (text) => {
    expect(foldDialectWords(text)).toBe(text);
  });

  it('is part of the text every rule reads', () => {
    expect(prepareText('係咪有問題')).toBe('是不是有问题');
  });
});

describe('dialect questions are questions, not booking prompts', () => {
  it.each([
    '我個BB 14個月仲未識行 扶住張梳化先行到兩步 我老公話唔使驚 但我好擔心 係咪有問題',
    '阮孙满一岁了 阮古早时囝仔都嘛吃土豆 就是花生 整粒给他吃 到底会凍无',
    '我个仔13个月 仲未识行 净系识爬 系咪发育慢咗',
    '阮孫一歲半 伊阿公講葡萄整粒予伊吃無要緊 到底會凍無',
  ])('%s', (text) => {
    expect(understand(text, ctx).intent).toBe('knowledge');
  });
});

describe('a search told in two pieces after a question', () => {
  it('keeps the district of the second piece', () => {
    const u = understand('想問兩件事 寶寶20個月 可以上感統的體驗課嗎 一堂多久? 另外這週日下午 集美還有位子嗎', ctx);
    const search = u.requests?.find((r) => r.intent === 'find_slots');
    expect(search?.slots.district).toBe('jimei');
    expect(search?.slots.partOfDay).toBe('afternoon');
    expect(search?.slots.dateRange?.from).toBe('2026-11-29');
  });
});
