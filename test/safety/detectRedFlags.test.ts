import { describe, expect, it } from 'vitest';
import { detectRedFlags } from '../../src/safety/detectRedFlags.ts';

describe('detectRedFlags', () => {
  it.each([
    ['2个月宝宝发烧38度', 'fever_under_3_months'],
    ['新生儿发烧怎么办', 'fever_under_3_months'],
    ['my 6 week old has a temperature of 38.2', 'fever_under_3_months'],
    ['宝宝抽搐了，翻白眼', 'seizure'],
    ['my toddler is having a seizure', 'seizure'],
    ['宝宝呼吸困难，喘不上气', 'breathing_difficulty'],
    ["she can't breathe properly", 'breathing_difficulty'],
    ['嘴唇发紫', 'blue_lips'],
    ['his lips are turning blue', 'blue_lips'],
    ['孩子叫不醒', 'unresponsive'],
    ['baby is limp and unresponsive', 'unresponsive'],
    ['宝宝误食了洗衣液', 'poisoning'],
    ['he swallowed a button battery', 'poisoning'],
    ['宝宝吃了两片药', 'poisoning'],
    ['宝宝吃了几颗奶奶的降压药', 'poisoning'],
    ['孩子偷吃了妈妈的药', 'poisoning'],
    ['从床上摔下来磕到头，吐了两次', 'head_injury'],
    ['she fell off the bed and hit her head, now vomiting', 'head_injury'],
    ['手指割破了血流不止', 'severe_bleeding'],
    ['开水烫伤了一大片，起泡了', 'serious_burn'],
    ['宝宝噎住了', 'choking'],
    ['my son is choking on a grape', 'choking'],
    ['孩子溺水了', 'drowning'],
    ['高烧39度脖子很硬', 'meningitis_signs'],
    ["fever and a rash that doesn't fade", 'meningitis_signs'],
    ['宝宝一天没有尿', 'severe_dehydration'],
    ['从沙发上摔下来 现在好了 但是吐了一次', 'head_injury'],
    ['no wet diapers since this morning', 'severe_dehydration'],
  ])('%s → emergency (%s)', (text, flag) => {
    const r = detectRedFlags(text);
    expect(r.emergency).toBe(true);
    expect(r.flags).toContain(flag);
  });

  it.each([
    '宝宝发烧38度要去医院吗',
    'my 2 year old has a fever of 38.5, what should I do',
    'how to prevent choking',
    '如何预防宝宝噎住',
    '宝宝吃饭容易噎住怎么办',
    '热性惊厥会遗传吗',
    '周六上午有位置吗',
    'i want to book saturday morning',
    '点了没反应',
    '宝宝晚上睡不好',
    '绘本推荐',
    '孩子从沙发上摔下来了 哭了一会儿现在好了 要紧吗',
    'she fell off the bed, seems fine now',
    '怎么防止宝宝从床上摔下来',
    '宝宝吃了一颗退烧药后还是烧',
    '宝宝吃了药还发烧',
    '',
  ])('%s → no emergency', (text) => {
    expect(detectRedFlags(text).emergency).toBe(false);
  });

  it('a very high fever in an older child is flagged but not an emergency by itself', () => {
    const r = detectRedFlags('两岁宝宝烧到40度');
    expect(r.flags).toContain('high_fever');
    expect(r.emergency).toBe(false);
  });
});
