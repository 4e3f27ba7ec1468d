import { beforeAll, describe, expect, it } from 'vitest';
import { chatAs, citedDocs, createTestApp, ticketsOf } from '../helpers/testApp.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Round 38 (par38t): Taiwan families' parenting questions in Traditional Chinese, answered in Traditional from the
 * section that answers them. Worded apart from the documents' question lines and from the probe file's messages.
 */
describe('round 38: Taiwan parents’ questions reach the answer, in Traditional', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  }, 300_000);

  it('脹氣 is the wind section (burping, tummy rub, when to see a doctor), not "not covered"', async () => {
    const say = chatAs(app, 9_538_001);
    const r = await say('三週大的女兒 一直脹氣 肚子鼓鼓的 放很多屁 要怎麼幫她');
    expect(citedDocs(r)).toContain('parenting-crying-calming');
    expect(r.reply).toMatch(/拍嗝/);
    expect(r.reply).toMatch(/順時針/);
    expect(r.reply).toMatch(/綠色/);
    expect(r.reply).not.toMatch(/沒有可靠/);
  });

  it('a pacifier for a breastfed baby says to wait until feeding at the breast goes well, written 親餵', async () => {
    const say = chatAs(app, 9_538_002);
    const r = await say('全親餵的寶寶 什麼時候可以開始給奶嘴');
    expect(citedDocs(r)).toContain('parenting-teething-oral-care');
    expect(r.reply).toMatch(/3—4週|3—4周/);
    expect(r.reply).toMatch(/親餵/);
    expect(r.reply).not.toMatch(/親喂/);
  });

  it('being startled awake once unswaddled is the startle reflex, with a sleeping bag', async () => {
    const say = chatAs(app, 9_538_003);
    await say('包巾要包到幾個月');
    const r = await say('那不包他會一直被自己嚇醒');
    expect(r.reply).toMatch(/驚跳反射|莫羅/);
    expect(r.reply).toMatch(/睡袋/);
  });

  it('glucose water for jaundice is answered: no, feed milk', async () => {
    const say = chatAs(app, 9_538_004);
    const r = await say('新生兒黃疸 婆婆說多喝葡萄糖水就會退 真的嗎');
    expect(r.reply).toMatch(/葡萄糖水/);
    expect(r.reply).toMatch(/餵奶|吃奶/);
  });

  it('honey at 8 months is the under-1 section, which does not open with "可以"', async () => {
    const say = chatAs(app, 9_538_005);
    const r = await say('七個月的寶寶可以喝一點蜂蜜水嗎 阿嬤說可以潤喉');
    expect(citedDocs(r)).toEqual(['parenting-starting-solids']);
    expect(r.reply).toMatch(/1歲以內不能吃/);
  });

  it('vaccines with no 健保: programme vaccines are free, others voluntary and paid', async () => {
    const say = chatAs(app, 9_538_006);
    const r = await say('我們在廈門沒有健保 小孩打疫苗要收費嗎');
    expect(citedDocs(r)).toContain('parenting-vaccination');
    expect(r.reply).toMatch(/免費/);
    expect(r.reply).toMatch(/自費/);
  });

  it('a bath on the day of the jabs is answered', async () => {
    const say = chatAs(app, 9_538_007);
    await say('寶寶今天打了預防針 有點低燒');
    const r = await say('晚上可以幫他洗澡嗎');
    expect(r.reply).toMatch(/洗澡/);
    expect(r.reply).toMatch(/可以/);
  });

  it('腸病毒 in the group: hand washing with soap and the signs of severe illness', async () => {
    const say = chatAs(app, 9_538_008);
    const r = await say('托嬰中心有小孩得腸病毒 要怎麼預防');
    expect(citedDocs(r)).toContain('parenting-fever-illness');
    expect(r.reply).toMatch(/肥皂/);
  });

  it('when a baby may start tummy time and for how long is the tummy-time section, not milk amounts', async () => {
    const say = chatAs(app, 9_538_009);
    const r = await say('新生兒幾週可以開始練趴 每天趴幾分鐘');
    expect(citedDocs(r)).toContain('parenting-motor-milestones');
    expect(r.reply).toMatch(/30分鐘/);
  });

  it('whether to keep waking a newborn at night for feeds is answered: not once back to birth weight and gaining', async () => {
    const say = chatAs(app, 9_538_010);
    const r = await say('出院的時候護理師說每三小時要叫醒寶寶喝奶 晚上也要一直叫醒嗎');
    expect(citedDocs(r)).toContain('parenting-breastfeeding');
    expect(r.reply).toMatch(/出生體重/);
  });

  it('a person asked for by name beside a question about 台胞證 reaches staff, and the question is still answered', async () => {
    const userId = 9_538_011;
    const say = chatAs(app, userId);
    const r = await say('幫我轉人工 想問小孩只有台胞證能不能預約');
    expect(await ticketsOf(app, userId)).toHaveLength(1);
    expect(citedDocs(r)).toContain('service-eligibility');
  });
});
