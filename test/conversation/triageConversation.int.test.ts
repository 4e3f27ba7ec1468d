import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { chatAs, createTestApp, firstLine, ticketsOf as ticketsOfApp } from '../helpers/testApp.ts';

/**
 * Triage as a parent sees it, through the conversation core: what comes
 * first, what is cited, who is told. Every row would fail with the old
 * one-template keyword list (120 for a bump where the child is fine, no first
 * aid, signs across two messages missed, an injury at a point filed as medical).
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 61000;

const chat = (userId: number) => chatAs(app, userId);
const ticketsOf = (userId: number) => ticketsOfApp(app, userId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('red: 120 first, first aid while waiting, an urgent ticket', () => {
  it.each([
    ['宝宝噎住了 咳不出来', /拍背最多5次/, /胸部正中.*按压/, 'zh'],
    ['我两岁的儿子吃葡萄噎住了', /拍背/, /腹部冲击|海姆立克/, 'zh'],
    ['寶寶被開水燙傷了一大片 起泡了', /流動的涼水.*20分鐘/, /保鮮膜/, 'zh-Hant'],
    ['宝宝抽搐了 翻白眼', /记下.*时间/, /侧躺/, 'zh'],
    ['my baby is not breathing', /dispatcher.*CPR/, /recovery position/, 'en'],
    ['my 2yo swallowed a button battery but seems fine', /honey every 10 minutes/, /never give honey under 12 months/i, 'en'],
    ['孩子喝了洗洁精', /带上.*包装/, /不要催吐/, 'zh'],
    ['84消毒液溅到孩子眼睛里了', /流动的清水.*15—20分钟/, /不要让孩子揉眼睛/, 'zh'],
    ['孩子用钥匙插插座被电了一下', /先切断电源/, /不要用手碰孩子/, 'zh'],
    ['my 1 year old is very hot, floppy and not sweating after the beach', /cool and shaded/, /cool \(not ice-cold\) water/, 'en'],
  ])('%s', async (text, aid1, aid2, locale) => {
    const userId = ++userSeq;
    const out = await chat(userId)(text);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(aid1);
    expect(out.reply).toMatch(aid2);
    expect(out.urgent).toBe(true);
    expect(out.locale).toBe(locale);
    expect(await ticketsOf(userId)).toEqual(['medical']);
    expect(out.citations.some((c) => c.docId === 'parenting-first-aid')).toBe(true);
  });

  it('"but she seems fine, surely it is nothing?" never lowers a red sign: 120 first, then not to wait at home', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('寶寶兩個月 發燒38.5度 不過精神還不錯 應該沒關係吧');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/即使孩子現在看起來還好/);
    expect(out.reply).not.toMatch(/不用擔心|沒關係的/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });

  it('self-harm keeps its words: 12356, 110 and 120, and a person', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('我真的撑不下去了 不想活了');
    expect(out.reply).toMatch(/12356/);
    expect(out.reply).toMatch(/110/);
    expect(out.reply).toMatch(/120/);
    expect(out.urgent).toBe(true);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });

  it('a red sign wins in the middle of another conversation (confirming a cancellation)', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('登记孩子 乐乐 2024-05-03');
    await say('这周六上午湖里有位置吗');
    await say('约第一个');
    await say('取消预约');
    const out = await say('等一下 宝宝抽搐了');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.tools.map((t) => t.name)).not.toContain('cancel_booking');
    const next = await say('是的');
    expect(next.tools.map((t) => t.name)).not.toContain('cancel_booking');
  });
});

describe('amber: see a doctor today, cited, no alarm and no ticket', () => {
  it.each([
    ['5个月宝宝发烧39度', /今天.*看医生/, 'parenting-fever-illness'],
    ['寶寶發燒5天了 還沒退', /今天.*看醫生/, 'parenting-fever-illness'],
    ['my 4 month old has a fever of 39.1', /doctor today/, 'parenting-fever-illness'],
    ['孩子咳嗽像狗叫', /今天.*看医生/, 'parenting-fever-illness'],
    ['两岁的儿子摔了一跤 门牙磕掉了一颗', /乳牙被撞掉不要再放回去/, 'parenting-first-aid'],
    ['刚才洗澡的时候宝宝滑到水里呛了几口水 现在好像没事了', /一直咳嗽、呼吸变快或费力/, 'parenting-first-aid'],
    ['my toddler is throwing up everything, even water', /small, frequent sips|breast milk or formula/, 'parenting-first-aid'],
  ])('%s', async (text, today, doc) => {
    const userId = ++userSeq;
    const out = await chat(userId)(text);
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(today);
    expect(out.reply).toMatch(/120/); // the signs that make it urgent
    expect(out.urgent).toBeFalsy();
    expect(out.escalated).toBe(false);
    expect(await ticketsOf(userId)).toEqual([]);
    expect(out.citations.map((c) => c.docId)).toContain(doc);
  });

  it('a dose question gets no number: a doctor or pharmacist decides', async () => {
    const out = await chat(++userSeq)('4个月宝宝发烧39度 退烧药吃多少');
    expect(out.reply).toMatch(/医生或药师/);
    expect(out.reply).not.toMatch(/\d+\s*(?:毫升|ml|mg|毫克)/i);
  });
});

describe('watch: a minor incident and the child is fine now', () => {
  it.each([
    ['孩子磕到头了 现在在玩 没事', /24小时/, /呕吐（哪怕只吐了一次）/, 'parenting-first-aid'],
    ['宝宝三天没拉大便了 但是吃得好 挺开心', /24小时/, /大便带血/, 'parenting-common-concerns'],
    ['胳膊被热水烫了一点 已经冲了凉水', /24小时/, /水疱/, 'parenting-first-aid'],
    ["he bumped his head on the table, he's playing normally now", /24 hours/, /vomiting, even once/, 'parenting-first-aid'],
    ['孩子流鼻血了 要不要仰头', /身体向前倾/, /不要仰头/, 'parenting-first-aid'],
    ['一岁宝宝今天打了疫苗 晚上发烧38度 还能吃能玩', /48小时/, /今天就看医生/, 'parenting-fever-illness'],
  ])('%s', async (text, hours, sign, doc) => {
    const userId = ++userSeq;
    const out = await chat(userId)(text);
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(hours);
    expect(out.reply).toMatch(sign);
    expect(out.escalated).toBe(false);
    expect(out.urgent).toBeFalsy();
    expect(out.citations.map((c) => c.docId)).toContain(doc);
  });
});

describe('signs across turns', () => {
  it('a dog bite, then "is it really today?": the bite advice again (rabies clinic today), not a search', async () => {
    const say = chat(++userSeq);
    await say('孩子被邻居家的狗咬了一口 手背破皮出血了');
    const out = await say('伤口很小 一定要今天去打针吗');
    expect(out.reply).toMatch(/狂犬/);
    expect(out.reply).toMatch(/今天/);
    expect(out.tools.some((c) => c.name === 'search_slots')).toBe(false);
  });

  it('diarrhoea, then no wee all day, dry lips, listless: 120 and dehydration care', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    const first = await say('孩子拉肚子');
    expect(first.urgent).toBeFalsy();
    const out = await say('一天没尿了 嘴唇干 没精神', 30);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/少量多次/);
    expect(out.citations.some((c) => c.heading?.includes('脱水'))).toBe(true);
  });

  it('diarrhoea, then fewer wet nappies and a dry mouth: a doctor today', async () => {
    const say = chat(++userSeq);
    await say('my 1 year old has had diarrhoea since this morning');
    const out = await say('fewer wet nappies now and a dry mouth', 120);
    expect(out.reply).toMatch(/doctor today/);
    expect(out.reply).toMatch(/dehydration/);
    expect(firstLine(out)).not.toMatch(/120/);
  });

  it('a bump to watch, then vomiting an hour later: 120', async () => {
    const say = chat(++userSeq);
    expect((await say('孩子磕到头了 现在在玩 没事')).urgent).toBeFalsy();
    const out = await say('刚才吐了', 60);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.urgent).toBe(true);
  });

  it('signs from yesterday are forgotten', async () => {
    const say = chat(++userSeq);
    await say('孩子拉肚子');
    const out = await say('现在没精神 很蔫', 24 * 60);
    expect(out.reply).not.toMatch(/脱水/);
  });
});

describe('the child the parent registered, dose questions, a choke that cleared', () => {
  it("the only registered child's age counts: a 2-month-old with 38.3 is 120 first", async () => {
    const userId = ++userSeq;
    await app.booking.ensureParent({ parentId: userId, displayName: 'triage test', language: 'zh' });
    await app.booking.registerChild(userId, { name: '小满', birthDate: '2026-09-18' });
    const out = await chat(userId)('小满发烧了 38.3度');
    expect(firstLine(out)).toMatch(/120/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });

  it('with two registered children, 小宝 is the younger one: a 2-month-old with 38.5 is 120 first', async () => {
    const userId = ++userSeq;
    await app.booking.ensureParent({ parentId: userId, displayName: 'triage test', language: 'zh' });
    await app.booking.registerChild(userId, { name: '朵朵', birthDate: '2024-01-20' });
    await app.booking.registerChild(userId, { name: '果果', birthDate: '2026-09-20' });
    const out = await chat(userId)('小宝发烧38.5度');
    expect(firstLine(out)).toMatch(/120/);
  });

  it('a fever-medicine dose question with no sign to triage: no number, home care and the signs, cited', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('两岁孩子发烧38.6 布洛芬要吃几毫升');
    expect(out.reply).toMatch(/医生或药师/);
    expect(out.reply).toMatch(/说明书/);
    expect(out.reply).toMatch(/阿司匹林/);
    expect(out.reply).not.toMatch(/\d+\s*(?:毫升|ml|mg|毫克)/i);
    expect(out.citations.some((c) => c.heading?.includes('在家怎么护理'))).toBe(true);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('a cough-syrup dose question (English): not for under 2 and 4, no number', async () => {
    const out = await chat(++userSeq)('how much cough syrup can I give my 18 month old');
    expect(out.reply).toMatch(/FDA/);
    expect(out.reply).not.toMatch(/\d+\s*(?:ml|mg)/i);
    expect(out.citations.map((c) => c.docId)).toContain('parenting-fever-illness');
  });

  it('a choke the child coughed out and is fine now (Traditional): no alarm, what to watch, how to cut grapes', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('剛剛小孩吃葡萄噎到 咳一咳就吐出來了 現在沒事在玩');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.locale).toBe('zh-Hant');
    expect(out.reply).toMatch(/呼吸/);
    expect(out.reply).toMatch(/縱向切成四瓣/);
    expect(out.citations.map((c) => c.docId)).toEqual(expect.arrayContaining(['parenting-first-aid', 'parenting-home-safety-choking']));
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('a blistering scald in English is 120 first with cool running water', async () => {
    const out = await chat(++userSeq)('toddler pulled a cup of hot tea onto his chest, skin is red and blistering');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/cool running water for 20 minutes/);
  });
});

describe('while a person holds the ticket', () => {
  it('a doctor-today sign is answered and also joins the open ticket for staff', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('我要投诉 前埔的老师今天对孩子很凶');
    expect(await ticketsOf(userId)).toEqual(['complaint']);
    const out = await say('另外孩子烧了五天了 还没退');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/今天.*看医生/);
    expect(out.reply).toMatch(/转给了正在跟进/);
    expect(out.escalated).toBe(true);
    const messages = await app.db.pool.query<{ text: string }>(
      `SELECT m.text FROM escalation_messages m JOIN escalations e ON e.id = m.escalation_id WHERE e.parent_id = $1 ORDER BY m.id`,
      [userId],
    );
    expect(messages.rows.map((m) => m.text)).toContain('另外孩子烧了五天了 还没退');
    expect(await ticketsOf(userId)).toEqual(['complaint']);
  });

  it('a red sign turns the open ticket into the urgent medical one', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('我要投诉 前埔的老师今天对孩子很凶');
    const out = await say('先别管了 孩子突然抽搐了 叫不醒');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.urgent).toBe(true);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });
});

describe('an emergency asked about ahead: the first aid, cited, no alarm and no ticket', () => {
  it.each([
    ['如果孩子抽筋了怎么办', /侧躺/, /^真的发生时：热性惊厥.{0,60}5分钟.{0,40}120/],
    ['what if my 2 year old chokes on a grape', /abdominal thrusts/, /^If it happens, call 120/],
    ['萬一寶寶被熱水燙到要怎麼處理', /沖洗燙傷處20分鐘/, /^真的發生時，馬上這樣做/],
    ['如果孩子触电了怎么办', /先切断电源/, /^真的发生时，先立即拨打120/],
    ['what should I do if my toddler gets heatstroke', /cool and shaded/, /^If it happens, call 120/],
  ])('%s', async (text, aid, opening) => {
    const userId = ++userSeq;
    const out = await chat(userId)(text);
    expect(out.reply).toMatch(opening);
    expect(out.reply).toMatch(aid);
    expect(out.urgent).toBeFalsy();
    expect(await ticketsOf(userId)).toEqual([]);
    expect(out.citations.map((c) => c.docId)).toContain('parenting-first-aid');
  });
});

describe('an injury at a point: a complaint ticket and the safety answer', () => {
  it('在托育点摔了 磕到头 现在没事', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('孩子今天在托育点摔了一跤 磕到头了 现在没事');
    expect(out.reply).toMatch(/24小时/);
    expect(out.reply).toMatch(/当天就向保育人员问清楚/);
    expect(out.reply).toMatch(/作为投诉/);
    expect(out.reply).toMatch(/呕吐（哪怕只吐了一次）/);
    expect(out.reply).toMatch(/投诉|意见/);
    expect(await ticketsOf(userId)).toEqual(['complaint']);
    expect(out.urgent).toBeFalsy();
  });

  it('擦破了 at a named point, fine now: wash it, what to watch, a complaint ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('孩子今天在前埔的点摔了 膝盖擦破了 现在没事');
    expect(out.reply).toMatch(/清水冲洗/);
    expect(await ticketsOf(userId)).toEqual(['complaint']);
  });

  it('被咬了 (Traditional): wash it, watch it, a complaint ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('我兒子在服務點被別的小朋友咬了 有牙印');
    expect(out.locale).toBe('zh-Hant');
    expect(out.reply).toMatch(/清水|沖洗|洗乾淨/);
    expect(out.reply).toMatch(/紅|腫|醫生/);
    expect(await ticketsOf(userId)).toEqual(['complaint']);
  });

  it('a red sign at a point is still 120 first and an urgent medical ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('老师说孩子在服务点摔到头了 现在一直吐');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.urgent).toBe(true);
    expect(out.reply).toMatch(/向服务点了解经过/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });
});

describe('third round: burns by where they are, naps after a bump, things in the mouth, a fit yesterday', () => {
  it('a palm burned on the oven door: 120 first, cool for 20 minutes, why it is the hospital (NHS), a medical ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('两岁的儿子摸了烤箱门 手掌红了一片');
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/20分钟/);
    expect(out.reply).toMatch(/手、脸、脚或会阴/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });

  it('a bump, then "can she nap?": sleep is fine if she wakes normally, what to watch, no 120 first, no ticket', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('女儿刚才撞到床头 额头起了个包');
    const out = await say('她现在困了 可以让她睡午觉吗', 20);
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/可以睡觉/);
    expect(out.reply).toMatch(/正常叫醒/);
    expect(out.reply).toMatch(/呕吐（哪怕只吐了一次）/);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('a bite of soap (English): wipe the mouth, sips of water, what to watch, cited, no alarm', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('my daughter bit a chunk off the soap bar');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/wipe out the mouth/);
    expect(out.reply).toMatch(/vomiting more than once/);
    expect(out.citations.some((c) => c.heading?.includes('soap, lipstick, chewing gum'))).toBe(true);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('a fit yesterday, fever today: what to do if it comes back and when that is 120, no 120 first, no ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('宝宝昨天发烧抽了一下 去医院看过了 今天还在烧 要注意什么');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/如果再抽/);
    expect(out.reply).toMatch(/超过5分钟/);
    expect(await ticketsOf(userId)).toEqual([]);
  });
});

describe('third round: follow-ups read with the message before', () => {
  it('a knock with nothing said, then "没事了 在玩": asked how the child is, then a bump to watch', async () => {
    const say = chat(++userSeq);
    // Nothing said about how the child is: asked, with the signs that mean 120 — not 120 as the opening alarm.
    const first = await say('孩子头撞了一下');
    expect(firstLine(first)).not.toMatch(/120/);
    expect(first.reply).toMatch(/孩子现在怎么样/);
    expect(first.reply).toMatch(/立即拨打120/);
    const out = await say('没事了 在玩', 3);
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/呕吐（哪怕只吐了一次）/);
  });

  it('a knock and vomiting, then "现在没事了": still 120 first, and not to wait at home', async () => {
    const say = chat(++userSeq);
    await say('孩子撞到头了 吐了两次');
    const out = await say('现在没事了', 3);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/不要在家观察等待/);
  });

  it('grandmother\'s pills, then "现在看着没事 还要去吗": 120 again with the poison first aid', async () => {
    const say = chat(++userSeq);
    await say('孩子吃了奶奶的药');
    const out = await say('大概两颗 现在看着没事 还要去吗', 2);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/不要催吐/);
  });

  it("a dog bite gets the rabies care, not the human bite's reason", async () => {
    const out = await chat(++userSeq)('被狗咬了 手上破皮了');
    expect(out.reply).toMatch(/狂犬/);
    expect(out.reply).not.toMatch(/人咬伤/);
  });
});

describe('round 4: remedies asked after an incident, a poison then "drank some", fish bones, heat', () => {
  it('a scald, then "奶奶说涂牙膏 可以吗": the burn advice again, which says no toothpaste; no search', async () => {
    const say = chat(++userSeq);
    await say('热水洒到孩子大腿上了 红了一大片');
    const out = await say('奶奶说涂点牙膏 可以吗', 2);
    expect(out.reply).toMatch(/不要[^。]{0,4}涂牙膏/);
    expect(out.tools.some((c) => c.name === 'search_slots')).toBe(false);
  });

  it('a bead up the nose, then "can I use tweezers?": no tweezers, a doctor today', async () => {
    const say = chat(++userSeq);
    await say('she pushed a bead up her nose, breathing fine');
    const out = await say('can I get it out with tweezers?', 2);
    expect(out.reply).toMatch(/tweezers/i);
    expect(firstLine(out)).not.toMatch(/120/);
  });

  it('a cleaner bottle in the hands, then "好像喝了一口": 120 first and an urgent ticket', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('孩子刚才拿着洁厕灵的瓶子在玩');
    const out = await say('好像喝了一口 一直在咳', 1);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.reply).toMatch(/不要催吐/);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });

  it('a fish bone with the child breathing: no 120 first, no rice or vinegar, the ENT clinic today, cited', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)('鱼刺卡在喉咙里了 说疼 能吞口饭吗');
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/不要喝醋|也不要喝醋/);
    expect(out.reply).toMatch(/耳鼻喉科/);
    expect(await ticketsOf(userId)).toEqual([]);
    expect(out.citations.some((c) => c.docId === 'parenting-first-aid')).toBe(true);
  });

  it('hot and sweaty from a car but talking: cool down and watch, no 120 first, no ticket', async () => {
    const userId = ++userSeq;
    const out = await chat(userId)("he was in the hot car for 20 minutes, really sweaty and red but he's talking");
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/30 minutes/);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('sleepy and fussy after vaccines: a mild reaction to watch, the vaccination answer cited, no doctor-today first, no ticket', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    const out = await say("she's really sleepy and a bit fussy after her vaccines this morning, normal?");
    expect(firstLine(out)).not.toMatch(/120|doctor today/);
    expect(out.reply).toMatch(/day or two/);
    expect(out.citations.some((c) => c.docId === 'parenting-vaccination')).toBe(true);
    expect(await ticketsOf(userId)).toEqual([]);
    // "when should I take her in then?": that incident's signs again, not a search or a new topic.
    const next = await say('when should I take her in then?', 10);
    expect(next.reply).toMatch(/Call 120/);
    expect(next.reply).toMatch(/can't be woken/);
    expect(next.citations.some((c) => c.docId === 'parenting-vaccination')).toBe(true);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('a bump to watch, then "那什么情况要去医院": the head signs to watch, no 120 first', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say('儿子两岁 从沙发上摔下来磕到头 哭了一下 现在在玩');
    const out = await say('那什么情况要去医院', 5);
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).toMatch(/呕吐（哪怕只吐了一次）/);
    expect(out.citations.some((c) => c.docId === 'parenting-first-aid')).toBe(true);
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it('the temperature of formula water or a bath is a question, not a fever; a choking-size question is not a choke', async () => {
    const userId = ++userSeq;
    const say = chat(userId);
    for (const text of [
      '40度的温水冲奶粉可以吗',
      '洗澡水38度合适吗',
      'bath water 37 degrees ok?',
      '多小的东西会噎到',
      'how small does something have to be to choke a toddler',
    ]) {
      const out = await say(text, 300);
      expect(firstLine(out)).not.toMatch(/120|看医生|doctor/);
      expect(out.reply).not.toMatch(/请今天就带孩子去看医生|Please take your child to see a doctor today|等待急救时|while you wait/i);
      expect(out.urgent).toBeFalsy();
    }
    expect(await ticketsOf(userId)).toEqual([]);
  });
});

describe('round 5: the answer to "how is your child now?" after a bare fall or knock', () => {
  it.each([
    ['孩子从沙发上摔下来 磕到头了', '他现在挺好 在玩', /24小时/],
    ['寶寶撞到頭了', '現在很好 在玩', /24小時/],
    ['she fell off the bed and bumped her head', "she's fine now, playing", /24 hours/],
  ])('%s, then "%s": the watch advice for a head bump, not asked again, no alarm', async (knock, fine, watch) => {
    const userId = ++userSeq;
    const say = chat(userId);
    const first = await say(knock);
    expect(first.reply).toMatch(/孩子现在怎么样|孩子現在怎麼樣|How is (?:your child|he|she|they) now/i);
    const out = await say(fine, 2);
    expect(firstLine(out)).not.toMatch(/120/);
    expect(out.reply).not.toMatch(/孩子现在怎么样|孩子現在怎麼樣|How is (?:your child|he|she|they) now/i);
    expect(out.reply).toMatch(watch);
    expect(out.citations.some((c) => c.docId === 'parenting-first-aid')).toBe(true);
    expect(out.urgent).toBeFalsy();
    expect(await ticketsOf(userId)).toEqual([]);
  });

  it.each([
    ['宝宝撞到头了', '有吐一次'],
    ['he knocked his head on the table', 'he threw up once'],
  ])('%s, then "%s": a warning sign after the knock is 120 first', async (knock, sign) => {
    const userId = ++userSeq;
    const say = chat(userId);
    await say(knock);
    const out = await say(sign, 2);
    expect(firstLine(out)).toMatch(/120/);
    expect(out.urgent).toBe(true);
    expect(await ticketsOf(userId)).toEqual(['medical']);
  });
});

describe('round 5: limp while screaming in a tantrum is behaviour; limp and not responding stays 120', () => {
  it.each(['my toddler goes limp on the floor screaming when I say no', '他一不顺心就躺在地上打滚尖叫 全身软下来 拉都拉不起来'])(
    '%s: no alarm, no ticket, the tantrum advice',
    async (text) => {
      const userId = ++userSeq;
      const out = await chat(userId)(text);
      expect(firstLine(out)).not.toMatch(/120/);
      expect(out.urgent).toBeFalsy();
      expect(out.citations.some((c) => c.docId === 'parenting-tantrums')).toBe(true);
      expect(await ticketsOf(userId)).toEqual([]);
    },
  );

  it.each(['孩子突然全身软下来 叫他没反应 也不哭', 'he went limp on the floor and is not crying or responding', '哭着哭着突然全身软了'])(
    '%s: 120 first and an urgent ticket',
    async (text) => {
      const userId = ++userSeq;
      const out = await chat(userId)(text);
      expect(firstLine(out)).toMatch(/120/);
      expect(out.urgent).toBe(true);
      expect(await ticketsOf(userId)).toEqual(['medical']);
    },
  );
});
