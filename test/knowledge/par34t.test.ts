import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 34 (par34t): Taiwan and Hong Kong parents' words read as the documents' words before search — Taiwan's 黑棗汁
 * (prune juice), 蝦子 (shrimp), 幼幼班, 珍奶, 頸圈 and 揹巾; Cantonese 飲幾多 / 一日 / 唔肯食; and English words of care and
 * gear inside a Traditional sentence.
 */
const terms = (text: string) => extractTerms(toSimplified(text)).join(' ');

describe('Taiwan words of round 34', () => {
  it("黑棗汁 reads as the documents' 西梅汁 (prune juice)", () => expect(terms('便秘可以給他喝黑棗汁嗎')).toMatch(/西\s?梅/));
  it('蝦子 in a weaning question is shrimp, not roe', () => {
    const t = terms('寶寶八個月 可以開始吃蝦子嗎');
    expect(t).toMatch(/虾/);
    expect(t).not.toMatch(/虾子/);
  });
  it('幼幼班 reads as 托班', () => expect(terms('兩歲要不要讀幼幼班')).toMatch(/托\s?班/));
  it('起跑點 reads as 起跑线', () => expect(terms('沒上幼幼班會不會輸在起跑點')).toMatch(/起跑线/));
  it('珍奶 reads as 奶茶', () => expect(terms('餵母乳可以喝珍奶嗎')).toMatch(/奶茶/));
  it('頸圈 reads as 脖圈, 揹巾 as 背带', () => {
    expect(terms('寶寶游泳戴頸圈安全嗎')).toMatch(/脖\s?圈/);
    expect(terms('揹巾要怎麼揹才安全')).toMatch(/背带/);
  });
});

describe('Cantonese words of round 34', () => {
  it('飲幾多水 / 一日 read as 喝多少水 / 一天', () => {
    const t = terms('BB一歲 一日要飲幾多水先夠');
    expect(t).toMatch(/一天/);
    expect(t).toMatch(/水/);
    expect(t).not.toMatch(/饮/);
  });
  it('飯就唔肯食 reads as 不肯吃', () => expect(terms('淨係想飲奶 飯就唔肯食')).toMatch(/不肯 吃|不肯吃/));
});

describe('English words inside Chinese, round 34', () => {
  it.each([
    ['baby三個月鼻塞 可以用電動的nasal aspirator嗎', '吸鼻器'],
    ['我女兒weight一直在10th percentile', '百分位'],
    ['要去做early intervention評估嗎', '早期干预'],
    ['餵母乳每天想喝一杯latte', '咖啡'],
    ['游泳頸圈 neck float 四個月可以玩嗎', '脖圈'],
    ['想用baby carrier揹兩個月的寶寶', '背带'],
    ['baby很喜歡一條小lovey', '安抚巾'],
    ['明年要見K1 interview', '面试'],
  ])('%s → %s', (q, word) => expect(readCodeSwitched(q)).toContain(word));
});
