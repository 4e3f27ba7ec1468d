import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

/**
 * Round 35 (par35t): Hong Kong parents' Cantonese read as the documents' words before search — what to eat first
 * (食嘢 / 食咩 / 定係 / 菜蓉), walking (自己行 / 行路 / 踮住腳仔), a rice-only eater (淨係肯食 / 啲菜唔食), throwing the bowl
 * (落地 / 鬧佢), dressing (著幾多件衫 / 阿嫲 / 成身汗), saying goodbye (喊到停唔到 / 講拜拜), how long (幾耐), being held
 * to sleep (攬住), a tired mother (好攰 / 想喊) and nappies (戒片); and the Mandarin picky eater's 只肯吃 / 青菜都不吃.
 */
const terms = (text: string) => extractTerms(toSimplified(text)).join(' ');

describe('Cantonese words of round 35', () => {
  it.each([
    ['BB 啱啱6個月 想開始食嘢 應該先食咩好 米糊定係菜蓉', /吃[\s\S]*菜\s?泥/],
    ['囡囡15個月 仲未識自己行 扶住就行到', /走路/],
    ['我個女20個月 成日踮住腳仔行路', /踮脚[\s\S]*走路/],
    ['BB一歲 食飯成日掟湯匙掟碗落地 鬧佢仲笑', /地上[\s\S]*骂/],
    ['冬天BB要著幾多件衫先夠 阿嫲成日著到佢成身汗', /衣服[\s\S]*奶奶[\s\S]*穿[\s\S]*全身/],
    ['會唔會喊到停唔到 我應該點同佢講拜拜', /不停[\s\S]*再见/],
    ['BB要攬住先肯瞓', /抱/],
    ['湊仔真係好攰 有時好想喊', /累[\s\S]*想哭/],
    ['個仔兩歲半 想同佢戒片', /如厕/],
  ])('%s', (q, want) => expect(terms(q)).toMatch(want));

  it('a rice-only eater is the picky eater, in Cantonese and Mandarin', () => {
    expect(terms('個仔兩歲 淨係肯食白飯同麵 啲菜一啲都唔食')).toMatch(/~picky/);
    expect(terms('兒子兩歲 只肯吃白飯 青菜都不吃')).toMatch(/~picky/);
  });

  it('幾耐 is how long, not a word of its own', () => expect(terms('要幾耐先得')).not.toMatch(/耐/));
});
