import { describe, expect, it } from 'vitest';
import { countTerms, extractTerms, stemWord } from '../../src/knowledge/extractTerms.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

describe('extractTerms on colloquial parent messages', () => {
  it('drops chat filler and feelings so they do not dilute the topic', () => {
    const terms = extractTerms('宝宝晚上老是醒 一晚上醒四五次 怎么办啊 好崩溃');
    for (const filler of ['崩溃', '好崩', '怎么', '么办', '崩', '溃', '怎', '办']) expect(terms).not.toContain(filler);
    expect(terms).toContain('~sleep');
  });

  it('treats 娃 as "the kid", not as part of a topic word', () => {
    const terms = extractTerms('娃老咬人 在外面很尴尬');
    expect(terms).not.toContain('娃老');
    expect(terms).not.toContain('尴尬');
    expect(terms).toContain('咬人');
    expect(terms).toContain('~hitbite');
  });

  it.each([
    ['特别认生 见人就哭', '~stranger'],
    ['宝宝不肯吃饭 挑食严重', '~picky'],
    ['how to wean off the pacifier', '~sucking'],
    ['需要补钙吗', '~supplement'],
    ['你们那边有监控吗', '~cctv'],
    ['可以当天去吗 没提前约', '~walkin'],
    ['can we just walk in without booking', '~walkin'],
    ['有午饭吗 要自己带饭吗', '~meals'],
    ['what age can join', '~eligibility'],
  ])('%s → %s', (q, concept) => {
    expect(extractTerms(q)).toContain(concept);
  });
});

describe('Chinese words (jieba with the domain dictionary)', () => {
  it.each([
    ['周末的半日托和临时托有什么区别', ['半日托', '临时托', '区别']],
    ['我们不是厦门户口，能去爱邻护幼吗', ['户口', '爱邻护幼', '爱邻', '护幼']],
    ['宝宝多大可以断夜奶', ['断夜奶', '夜奶']],
    ['孩子误吞了纽扣电池', ['误吞', '纽扣电池', '电池']],
    ['有没有感统课或者音乐社交', ['感统课', '感统', '音乐社交']],
  ])('%s keeps the domain words whole (and their parts)', (q, words) => {
    expect(extractTerms(q)).toEqual(expect.arrayContaining(words));
  });

  it('replaces character bigrams: no terms across word boundaries, no question words', () => {
    const terms = extractTerms('宝宝晚上老是醒怎么办');
    expect(terms).toEqual(expect.arrayContaining(['晚上', '醒']));
    for (const noise of ['上老', '是醒', '怎么办', '怎么', '么办']) expect(terms).not.toContain(noise);
  });

  it('counts repeats for BM25 term frequency', () => {
    expect(countTerms('夜奶要不要断？断夜奶的方法：逐步减少夜奶。')).toEqual(expect.arrayContaining([['夜奶', 3]]));
  });

  it('gives the same terms for Traditional input once converted to Simplified', () => {
    const simplified = extractTerms('宝宝晚上一直醒');
    expect(extractTerms(toSimplified('寶寶晚上一直醒'))).toEqual(simplified);
    expect(extractTerms(toSimplified('幾個月可以開始吃副食品'))).toContain('~solids');
  });
});

describe('Taiwan words and English spellings', () => {
  it.each([
    ['寶寶幾個月可以吃副食品', '辅食'],
    ['打預防針前要注意什麼', '疫苗'],
    ['小孩流鼻水', '流鼻涕'],
    ['睡覺用包巾包起來可以嗎', '襁褓'],
    ['開冷氣要蓋被子嗎', '空调'],
    ['產後憂鬱怎麼辦', '抑郁'],
  ])('%s is read with the documents’ word (%s)', (q, word) => {
    expect(extractTerms(toSimplified(q))).toContain(word);
  });

  it('leaves the document side and the message side alike (the same reading applies to both)', () => {
    expect(extractTerms('宝宝几个月可以吃副食品')).toEqual(extractTerms('宝宝几个月可以吃辅食'));
  });

  it('reads British spellings and irregular forms as one word', () => {
    expect(stemWord('behaviour')).toBe(stemWord('behavior'));
    expect(stemWord('diarrhoea')).toBe(stemWord('diarrhea'));
    expect(stemWord('paediatrician')).toBe(stemWord('pediatrician'));
    expect(stemWord('immunisation')).toBe(stemWord('immunization'));
    expect(stemWord('slept')).toBe(stemWord('sleep'));
    expect(stemWord('teeth')).toBe(stemWord('tooth'));
    expect(extractTerms('she threw up twice')).toContain('~sick');
    // ("what should I watch for afterwards?" and a section headed "…watch for after vaccination?" share the word.)
    expect(stemWord('afterwards')).toBe(stemWord('after'));
    expect(stemWord('afterward')).toBe(stemWord('after'));
  });

  it('keeps short everyday words that only look irregular', () => {
    expect(stemWord('bit')).toBe('bit');
    expect(stemWord('hours')).toBe('hour');
    expect(stemWord('four')).toBe('four');
  });
});

describe('coming back to care after an illness', () => {
  it('is one concept however the parent asks how many days', () => {
    for (const q of ['拉肚子好了几天能送', '拉肚子好了幾天可以再送', '发烧好了多久能送', 'how soon can he go back to care after a fever']) {
      expect(extractTerms(toSimplified(q))).toContain('~comeback');
    }
  });
});

describe('colloquial, Minnan and voice-typed words (round 4)', () => {
  it.each([
    ['寶寶需要吃維他命D嗎', '维生素'],
    ['家裡講台語跟國語', '闽南话'],
    ['幾個月可以開始親子共讀', '阅读'],
    ['要怎麼找離家最近的據點', '服务点'],
    ['一天睡几个钟头', '小时'],
    ['阿嬷可以来接吗', '奶奶'],
    ['脸上起疙瘩 是不是湿诊', '湿疹'],
    ['几个月可以加付食', '辅食'],
    ['兩歲了還不太會講話', '说话'],
    ['姥姥非要给孩子喂米糊', '外婆'],
    ['二宝出生后老大争宠', '吃醋'],
    ['宝宝偏食怎么办', '挑食'],
    ['美林和泰诺林', '布洛芬'],
  ])('%s is read with the documents’ word (%s)', (q, word) => {
    expect(extractTerms(toSimplified(q))).toContain(word);
  });

  it('reads 盐巴 as 盐', () => {
    expect(extractTerms(toSimplified('副食品可以加鹽巴嗎'))).toEqual(extractTerms('辅食可以加盐吗'));
  });

  it('leaves words with a second meaning alone (粑粑 is also baby talk for dad)', () => {
    expect(extractTerms('粑粑来接我')).not.toContain('大便');
  });

  it('gives the concepts parents ask by their own phrasing', () => {
    expect(extractTerms('奶粉冲稠一点行不行')).toContain('~formulastrength');
    expect(extractTerms('is it ok to make the formula a bit thicker')).toContain('~formulastrength');
    expect(extractTerms('背奶 冰箱冷藏能放几天')).toContain('~milkstorage');
    expect(extractTerms('体检说有点贫血')).toContain('~iron');
    expect(extractTerms('每天早上五点多就醒')).toContain('~earlywaking');
    expect(extractTerms('吃完奶老吐')).toContain('~spitup');
    expect(extractTerms('can she bring her bunny')).toContain('~comfort');
  });
});

describe('everyday and brand English words', () => {
  it.each([
    ['my toddler keeps puking', 'vomit'],
    ['can I give calpol', 'paracetamol'],
    ['is nurofen ok for a fever', 'ibuprofen'],
    ['granny gives her sweets', 'grandma'],
    ['she lost her binky', 'pacifier'],
  ])('%s is read with the documents’ word (%s)', (q, word) => {
    expect(extractTerms(q)).toContain(word);
  });

  it('leaves "temp" alone: it is also the service’s temporary care', () => {
    expect(extractTerms('temp care on saturday')).not.toContain('temperature');
  });
});

describe('naps counted', () => {
  it('reads 两觉 / 一觉 / 并觉 as words about sleep, not the numbers alone', () => {
    const terms = extractTerms('从白天两觉变一觉');
    expect(terms).toEqual(expect.arrayContaining(['两觉', '一觉', '~sleep']));
    expect(terms).not.toContain('两');
  });

  it('reads a clock time and "every single" as when and how often, not as topic words', () => {
    const terms = extractTerms('our 2.5 year old comes into our bed every single night around 2am');
    for (const noise of ['2am', 'singl', 'single', 'around']) expect(terms).not.toContain(noise);
    expect(terms).toEqual(expect.arrayContaining(['bed', 'night']));
    expect(extractTerms('he only says single words')).toContain('singl');
  });
});

describe('"a bit" is a little, not biting (round 41)', () => {
  it('"a bit", "a little bit" and "bit of" give no "bit" term', () => {
    expect(extractTerms('the cord stump smells a bit funny and is a little bit sticky')).not.toContain('bit');
    expect(extractTerms('a bit of redness')).not.toContain('bit');
  });
  it('"bit his lip" and "biting" are still biting', () => {
    expect(extractTerms('he fell and bit his lip')).toContain('bit');
    expect(extractTerms('she keeps biting other kids')).toContain('bit');
  });
});
