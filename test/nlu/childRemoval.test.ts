import { describe, expect, it } from 'vitest';
import { readChildRemoval } from '../../src/nlu/childRemoval.ts';

describe('readChildRemoval: removing ONE registered child', () => {
  it.each([
    ['朵朵不用了 帮我把她删掉', ['朵朵', '果果'], { name: '朵朵' }],
    ['please remove Leo from my account, he started kindergarten', ['Leo', 'Mia'], { name: 'Leo' }],
    ['把老大刪掉 他滿三歲了', ['小宇', '安安'], { rank: 'eldest' }],
    ['i registered the wrong kid, delete 小明', ['小明', '安安'], { name: '小明' }],
    ['帮我把小明删掉', ['米粒'], { name: '小明' }],
    ['我登記錯了 請把小寶刪除', ['小寶'], { name: '小寶' }],
    ['remove Sam from my account please', ['Leo'], { name: 'Sam' }],
    ["Mia doesn't need the childcare any more, please take her off my list of kids", ['Leo', 'Mia'], { name: 'Mia' }],
    ['朵朵已经上幼儿园了 please remove her from the account', ['朵朵'], { name: '朵朵' }],
    ['删掉一个孩子', ['小鱼', '豆包'], {}],
    ['幫我刪掉一個小孩', [], {}],
  ])('%s', (text, names, want) => {
    expect(readChildRemoval(text, names)).toEqual(want);
  });

  it.each([
    ["cancel 朵朵's booking this Saturday", ['朵朵']],
    ['朵朵这周六不去了', ['朵朵']],
    ['取消小寶週六的預約', ['小寶']],
    ["cancel Leo's booking on Saturday", ['Leo']],
    ['delete the booking', ['Leo']],
    ['把周六的预约删掉', ['朵朵']],
    ['删掉我的资料', ['朵朵']],
    ['forget me, delete all my data', ['Leo']],
    ['删除聊天记录', []],
    ['把这条消息删掉', []],
    ['remove the sugar from her diet', []],
    ['take off her shoes?', []],
    ['can I drop her off on Saturday?', ['Leo']],
    ['baby has 乳痂 on the head, yellow and thick. how to remove?', []],
    ['怎么去掉宝宝的乳痂', []],
    ['刪掉以後 我已經約好的那場還在嗎', []],
  ])('not a child removal: %s', (text, names) => {
    expect(readChildRemoval(text, names)).toBeUndefined();
  });
});
