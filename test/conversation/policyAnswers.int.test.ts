import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import type { TurnOutput } from '../../src/conversation/types.ts';
import { createTestApp, TEST_NOW } from '../helpers/testApp.ts';

/**
 * Service and policy questions parents ask that the documents did not answer
 * before (photos, chat-history retention, special needs, nappies, what is
 * not free), asked on the real knowledge base: the sentence that answers,
 * cited, in the parent's script, nothing searched or booked.
 */
let app: App & { clock: { set(d: Date): void } };
let userSeq = 64000;

async function ask(text: string): Promise<TurnOutput> {
  return app.core.handleTurn({ userId: ++userSeq, now: TEST_NOW, text });
}
const cited = (o: TurnOutput) => o.citations.map((c) => c.docId);

beforeAll(async () => {
  app = await createTestApp();
}, 180_000);

describe('service and policy answers', () => {
  it('photos of children need the parent’s consent (Simplified, Traditional, English)', async () => {
    const zh = await ask('孩子在服务点会被拍照吗');
    expect(cited(zh)).toContain('policy-privacy');
    expect(zh.reply).toMatch(/监护人的同意/);
    const hant = await ask('老師會幫小孩拍照嗎？會不會傳到群組裡');
    expect(hant.reply).toMatch(/監護人的同意/);
    const en = await ask('will the carers post photos of my child online?');
    expect(en.reply).toMatch(/consent/);
  });

  it('chat history is kept as long as the engine keeps it', async () => {
    const days = app.config.memory.retentionDays;
    const zh = await ask('我跟你的聊天记录你们会保存多久');
    expect(cited(zh)).toContain('policy-privacy');
    expect(zh.reply).toContain(`${days}天`);
    const en = await ask('how long do you keep our chat history?');
    expect(en.reply).toContain(`${days} days`);
  });

  it('a child with special needs: tell the point beforehand, no diagnosis', async () => {
    const zh = await ask('孩子有点发育迟缓 可以送托吗');
    expect(cited(zh)).toContain('service-eligibility');
    expect(zh.reply).toMatch(/提前告诉服务点/);
    const en = await ask('my daughter is autistic, can the carers look after her?');
    expect(cited(en)).toContain('service-eligibility');
    expect(en.reply).toMatch(/in advance/);
  });

  it('nappies are brought from home, not a toilet-training answer', async () => {
    const hant = await ask('尿布要自己準備嗎 還是那邊有');
    expect(cited(hant)).toContain('service-what-to-bring');
    expect(hant.reply).toMatch(/要自己帶/);
    const en = await ask('will the carers change nappies?');
    expect(cited(en)).toContain('service-what-to-bring');
  });

  it('what is not free: the child’s own food and nappies; full-day care is not part of it', async () => {
    const out = await ask('除了托育免费 还有什么是要自己掏钱的吗');
    expect(out.reply).toMatch(/不收押金、报名费或材料费/);
    expect(out.reply).toMatch(/自己带/);
  });

  it('how late a session can still be booked, from the configuration', async () => {
    const out = await ask('最晚开始前多久还能预约');
    expect(out.reply).toContain(`${app.config.booking.closesMinutesBefore} 分钟`);
  });

  it('a retention answer from the configuration alone cites the privacy document', async () => {
    const days = app.config.memory.retentionDays;
    const mixed = await ask('chat history 你们存多久');
    expect(mixed.reply).toContain(`${days}`);
    expect(cited(mixed)).toContain('policy-privacy');
  });

  it('going back to care after an illness: the rule itself (Simplified, Traditional, English)', async () => {
    const zh = await ask('发烧退了多久可以再去托育点');
    expect(zh.reply).toMatch(/不用退烧药满24小时/);
    const hant = await ask('發燒退了多久可以再去托育點');
    expect(hant.reply).toMatch(/24小時/);
    const en = await ask('how long after a fever can he go back');
    expect(en.reply).toMatch(/24 hours without fever-reducing medicine/);
    const diarrhoea = await ask('拉肚子好了几天能送');
    expect(diarrhoea.reply).toMatch(/停止满24小时/);
  });

  it('a follow-up with weak words of its own stays on the topic before (photos, then "can I tell them not to")', async () => {
    const userId = ++userSeq;
    await app.core.handleTurn({ userId, now: TEST_NOW, text: '服务点会给孩子拍照发朋友圈吗 我不太愿意' });
    const next = await app.core.handleTurn({ userId, now: TEST_NOW, text: '那我可以跟老师说不要拍吗' });
    expect(next.citations.map((c) => c.docId)).toContain('policy-privacy');
    expect(next.reply).toMatch(/告诉保育人员/);
  });

  it('parking and strollers: no per-point information, so the point is phoned (Simplified, English), cited', async () => {
    const zh = await ask('开车过去好停车吗');
    expect(cited(zh)).toContain('service-practical-questions');
    expect(zh.reply).toMatch(/服务点电话|打服务点电话/);
    const en = await ask('is there anywhere to park near the point?');
    expect(cited(en)).toContain('service-practical-questions');
    expect(en.reply).toMatch(/phone the point/);
  });

  it('arriving late is no no-show; trial classes are free', async () => {
    const late = await ask('送孩子迟到了算不算爽约');
    expect(late.reply).toMatch(/不算预约未到/);
    const classes = await ask('体验课要不要钱');
    expect(classes.reply).toMatch(/免费/);
  });
});
