import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, searchedSlots as searched } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Round 46, par46z (test/fixtures/eval-tuning/par46z.jsonl): Chinese parenting questions answered from their sections. */
describe('round 46 Chinese parenting questions (par46z)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  let user = 9_546_600;
  it.each([
    ['宝宝三个月了 奶奶说多抱出去晒晒太阳就能补钙 维生素AD就不用吃了 是这样吗', /晒太阳不能代替维生素D滴剂/, 'parenting-common-concerns'],
    ['孩子两岁了 邻居说每年都要吃一次打虫药 就是宝塔糖那种 我们也要吃吗', /不需要定期吃打虫药/, 'parenting-common-concerns'],
    ['维生素AD滴剂哪个牌子最好啊 星鲨 伊可新 还是买进口的D3好', /不比较、不推荐品牌/, 'parenting-common-concerns'],
    ['两岁多 在小区玩老是抢别人的玩具 要不要逼他分享', /轮流/, 'parenting-behaviour-social'],
    ['儿保说我女儿体重在第15百分位 看着比别人家的瘦好多 是不是要给她加餐', /正常范围/, 'parenting-growth-supplements'],
    ['4個月要幫寶寶收涎 阿嬤說收完口水就會變少 真的嗎 收涎餅乾可以給她吃嗎', /不會讓口水變少/, 'parenting-folk-practices'],
    ['寶寶快滿週歲了 要準備抓周 聽說抓到筆以後會愛讀書 是真的嗎', /沒有科學根據/, 'parenting-folk-practices'],
    ['2歲女兒到哪裡都要帶她的安撫娃娃 去托嬰也要帶 會不會太依賴 要不要幫她戒掉', /不用急著戒/, 'parenting-separation-anxiety'],
    ['一歲半晚上還要起來喝兩次奶 牙醫說會蛀牙 要怎麼戒夜奶', /全家先商量好同一種做法/, 'parenting-common-concerns'],
  ])('%s', async (text, says, doc) => {
    const out = await chatAs(app, ++user)(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it.each([
    ['一周岁了一颗牙都没长 是不是缺钙', '那一般先长哪几颗 顺序是怎么样的', /上中切牙/, 'parenting-teething-oral-care'],
    ['宝宝八个月 辅食不放盐是不是没味道 可以滴两滴酱油吗', '那超市卖的儿童酱油呢 上面写着减盐的', /儿童酱油/, 'parenting-starting-solids'],
    ['娃一岁半了 晚上还要喝两三次奶 不喝就哭 要不要断夜奶', '断的时候她哭得很厉害 婆婆心疼又给她喝了 怎么办', /同一种做法/, 'parenting-common-concerns'],
    ['四个月突然不爱吃奶了 吃两口就扭头到处看 这是厌奶期吗', '要不要给她换个奶粉或者加点米粉', /不用因为厌奶换奶粉/, 'parenting-formula-feeding'],
    [
      '我女兒1歲半 中午睡到快4點 阿嬤說睡著的小孩不要吵她 可是她晚上11點了還在玩 午覺要叫她起來嗎',
      '那午覺大概幾點結束比較好 睡多久',
      /下午3點/,
      'parenting-sleep-routines',
    ],
    ['2歲兒子很愛看平板 阿嬤說看一下沒關係 這樣會不會近視', '那每天要帶他去戶外多久', /2小時/, 'parenting-play-reading'],
  ])('%s → %s', async (first, text, says, doc) => {
    const say = chatAs(app, ++user);
    await say(first);
    const out = await say(text);
    expect(searched(out)).toBe(false);
    expect(out.reply).toMatch(says);
    expect(citedDocs(out)).toContain(doc);
  });

  it('a grandparent who has had enough of the mess gets the self-feeding answer, not the distress reply', async () => {
    const say = chatAs(app, ++user);
    await say('一岁三个月 想让他自己拿勺子吃饭 是不是太早了');
    const out = await say('他吃得满地都是 衣服全弄脏 奶奶受不了就直接喂了');
    expect(out.reply).not.toMatch(/撑了很久|心理援助热线/);
    expect(out.reply).toMatch(/垫子/);
    expect(citedDocs(out)).toContain('parenting-starting-solids');
  });
});
