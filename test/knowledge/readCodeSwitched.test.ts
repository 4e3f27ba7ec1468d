import { describe, expect, it } from 'vitest';
import { readCodeSwitched } from '../../src/knowledge/readCodeSwitched.ts';
import { extractTerms } from '../../src/knowledge/extractTerms.ts';
import { toSimplified } from '../../src/text/chineseScript.ts';

describe('readCodeSwitched: illnesses and practicalities named in English inside Chinese', () => {
  it.each([
    ['宝宝有点runny nose 周日还能去吗', '流鼻涕'],
    ['鼻子stuffy nose了 能送吗', '鼻塞'],
    ['班上有hand foot mouth 还能去吗', '手足口病'],
    ['班上有人得了hand, foot and mouth disease', '手足口病'],
    ['好像是HFMD 要在家几天', '手足口病'],
    ['孩子得了pink eye还能送托吗', '结膜炎'],
    ['医生说是conjunctivitis', '结膜炎'],
    ['可以推stroller过去吗', '婴儿推车'],
    ['附近有parking吗', '停车'],
    ['要自己带bottle吗', '奶瓶'],
    ['sibling能一起去吗', '哥哥姐姐'],
    ['older sister四岁了能一起来吗', '哥哥姐姐'],
    ['晚上有staff at night回消息吗', '晚上'],
    ['宝宝stranger anxiety很严重 见到uncle就哭', '认生'],
    ['2岁半 still only says single words 要不要担心', '单个词'],
    ['宝宝7个月 一离开房间就哭 my mom says I spoil her by holding her too much', '惯坏'],
    ['婆婆说 holding him all the time 会让他更黏', '抱'],
    ['脖子后面一片红点 today 很热', '今天'],
    ['我家 toddler 一直 climb 上桌子 sofa 窗台 how to keep her safe', '爬高'],
    ['一直 climb 上桌子 sofa 窗台', '沙发'],
    ['完全不怕 how to keep her safe', '怎么保证安全'],
    ['宝宝8个月 只会 army crawl 肚子贴地', '肚子贴地爬'],
    ['my son 14 months 还是 exclusively breastfed 不吃饭', '只吃母乳'],
    ['宝宝 7个月 left eye 有时候往里斜', '一只眼睛'],
    ['好像有点 cross-eyed 要看医生吗', '斜视'],
    ['2岁 boy 一直 say no 穿衣服也不肯', '说不要'],
    ['宝宝 2岁 什么都说 no 怎么办', '说不要'],
  ])('%s → %s', (q, word) => {
    expect(readCodeSwitched(q)).toContain(word);
  });

  it('reads arriving late as 迟到 and a late milestone as 晚', () => {
    expect(readCodeSwitched('约了周六上午的half day 但是我们可能会late半小时 ok吗')).toContain('迟到半小时');
    expect(readCodeSwitched('we are running late 怎么办')).toContain('迟到');
    expect(readCodeSwitched('8个月还不会sit 是不是late了')).toContain('晚了');
  });

  it('reads a water bottle as a cup, not a feeding bottle', () => {
    expect(readCodeSwitched('要带water bottle吗')).toContain('水杯');
    expect(readCodeSwitched('要带water bottle吗')).not.toContain('奶瓶');
  });

  it('leaves English inside English words and English-only messages alone', () => {
    expect(readCodeSwitched('my kid has pink eye')).toBe('my kid has pink eye');
    expect(readCodeSwitched('要带billy吗')).toBe('要带billy吗');
  });
});

describe('colloquial words for nappies and prams', () => {
  it.each([
    ['尿片要自己带吗', '纸尿裤'],
    ['嬰兒車能推進去嗎', '推车'],
    ['送托要自己帶尿布嗎', '纸尿裤'],
  ])('%s is read with the documents’ word (%s)', (q, word) => {
    expect(extractTerms(toSimplified(q))).toContain(word);
  });
});

it('nappy rash stays nappy rash when 尿布 is read as 纸尿裤', () => {
  expect(extractTerms('宝宝长了尿布疹')).not.toContain('纸尿裤');
});

describe('foods and nutrients named in English inside Chinese', () => {
  it.each([
    ['宝宝9个月 可以吃yogurt吗 要选无糖的吗', '酸奶'],
    ['一岁能吃cheese吗', '奶酪'],
    ['要不要补vitamin D', '维生素D'],
    ['几个月可以吃fish', '鱼'],
    ['宝宝poop有点绿', '大便'],
  ])('%s is read with the documents’ word (%s)', (q, word) => {
    expect(readCodeSwitched(q)).toContain(word);
  });

  it('a word inside a longer English word is left alone ("bathroom" is no bath)', () => {
    expect(readCodeSwitched('bathroom在哪里')).toBe('bathroom在哪里');
  });
});

describe('a cup inside Chinese', () => {
  it.each([
    ['宝宝几个月可以用cup喝水', '用杯子喝水'],
    ['一岁多了 怎么从奶瓶换成straw cup', '换成杯子'],
    ['想让她练习cup喝奶', '杯子喝奶'],
  ])('%s is drinking from a cup (%s), not the cup a child brings', (q, read) => {
    expect(readCodeSwitched(q)).toContain(read);
  });

  it('a cup to bring stays the one to bring', () => {
    expect(readCodeSwitched('送托要带cup吗')).toContain('水杯');
    expect(readCodeSwitched('要带sippy cup吗')).toContain('水杯');
  });
});

describe('readCodeSwitched: body, skin and routine words (round 29)', () => {
  it.each([
    ['我女儿 18 months 有点 O 型腿 bow legs 要不要 绑腿', 'O型腿'],
    ['宝宝走路 pigeon-toed 正常吗', '内八字'],
    ['宝宝头顶的 soft spot 洗头可以碰吗', '囟门'],
    ['湿疹要不要每天 moisturize', '保湿'],
    ['每次送托 我应该 sneak out 还是 say goodbye', '偷偷溜走'],
    ['每次送托 我应该 sneak out 还是 say goodbye', '告别'],
    ['是不是 bilingual 导致说话晚', '双语'],
    ['是不是 lactose intolerant 要换奶粉', '乳糖不耐受'],
    ['怎样才能 sleep through the night', '睡整觉'],
    ['坐飞机去欧洲 time difference 六小时 睡觉怎么办', '时差'],
    ['有什么 routine 可以帮她', '睡前程序'],
    ['那排到了会notify我吗', '通知'],
    ['台风cancel了会send notification吗', '通知'],
  ])('%s → %s', (q, word) => {
    expect(readCodeSwitched(q)).toContain(word);
  });

  it('leaves an English message alone', () => {
    expect(readCodeSwitched('my toddler is bow legged')).toBe('my toddler is bow legged');
  });
});
