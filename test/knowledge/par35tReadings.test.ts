import { describe, expect, it } from 'vitest';
import { INTENT_RULES } from '../../src/nlu/lexicon/index.ts';
import { parseLanguageRequest } from '../../src/nlu/parseLanguageRequest.ts';
import { readHealthSigns } from '../../src/safety/healthSigns.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';
import { foldDialectWords } from '../../src/text/dialectWords.ts';

/**
 * Round 35 (par35t): Taiwan and Hong Kong parents' stories read as the parenting questions they are — the languages
 * a family speaks (阿公阿嬤講台語, 屋企講廣東話, 工人姐姐講英文) are not a request to the bot; a child who gets angry and
 * hits (兩歲半生氣就會打我), or another mother angry at my child (人哋阿媽好嬲), is not the parent's complaint.
 */
const read = (text: string) => foldDialectWords(toSimplified(text));
const complaint = (text: string) => INTENT_RULES.filter(([intent]) => intent === 'complaint').some(([, re]) => re.test(read(text)));

describe('the family’s languages, told by Taiwan and Hong Kong parents', () => {
  it.each([
    '我們家阿公阿嬤講台語 我們講國語 爸爸有時候講英文 兒子兩歲了只會講十個字左右 是不是語言太多搞混了',
    '個女18個月 得幾個字識講 屋企講廣東話 外面講普通話 工人姐姐講英文 係咪太多種語言搞到佢遲講嘢',
    '咁我哋使唔使淨係同佢講一種',
  ])('%s is not a request to the bot', (q) => expect(parseLanguageRequest(read(q))).toBeUndefined());
  it('a request to the bot still is one', () => {
    expect(parseLanguageRequest(read('請講中文'))).toBe('zh');
    expect(parseLanguageRequest(read('可以用英文回答嗎'))).toBe('en');
  });
});

describe('anger in a story about the child', () => {
  it.each(['兩歲半生氣就會打我 打我的臉 我該怎麼辦', '我個仔兩歲 成日喺公園打其他細路 人哋阿媽好嬲 我好尷尬 點算好'])('%s is not a complaint', (q) =>
    expect(complaint(q)).toBe(false),
  );
  it.each(['你們老師態度很差 我很生氣', '我真的很生氣 約好了去了說沒有位子', '太生气了'])('%s still is', (q) => expect(complaint(q)).toBe(true));
});

describe('Cantonese folded for understanding', () => {
  it('使唔使 is need or not, 淨係 only, 同佢 with him', () => expect(read('使唔使淨係同佢講一種')).toBe('需不需要只跟他讲一种'));
});

describe('what a child did, or a cot question, is not an injury (round 35)', () => {
  const signs = (text: string) => readHealthSigns(toSimplified(text));
  it('a child who bit two children at a nursery is not bitten, nor hurt at a point', () => {
    const r = signs('兒子18個月 托嬰中心老師說他這週咬了兩個小朋友 我好丟臉 在家要怎麼教');
    expect([...r.signs]).not.toContain('bite');
    expect(r.atPoint).toBe(false);
  });
  it('being bitten at a point still is an incident there', () => {
    const r = signs('托育點老師說他被小朋友咬了');
    expect([...r.signs]).toContain('bite');
    expect(r.atPoint).toBe(true);
  });
  it('a baby who rolls into the cot bars in sleep, asking about a bumper, is not a head knock', () =>
    expect([...signs('8個月的兒子晚上睡覺會滾來滾去 常常咚一聲頭撞到嬰兒床的邊邊 醒來哭一下又睡 要買那種防撞床圍嗎').signs]).not.toContain('head_knock'));
  it.each(['8個月晚上從床上摔下來 頭撞到床邊 起了個包', '寶寶晚上睡覺翻身頭撞到床的欄杆 腫了一個包 一直吐'])('%s is still a head knock', (q) =>
    expect([...signs(q).signs]).toContain('head_knock'),
  );
  it('a knock feared ahead of a bumper question is not a knock; one told besides it still is', () => {
    expect([...signs('嬰兒床要不要裝床圍 怕寶寶撞到頭 長輩送了一組很可愛的').signs]).not.toContain('head_knock');
    expect([...signs('怕他撞到頭 結果昨天真的撞到頭 起了一個包').signs]).toContain('head_knock');
  });
});
