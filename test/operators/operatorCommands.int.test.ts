import { beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/createApp.ts';
import { testDatabaseUrl } from '../helpers/testDatabase.ts';
import { createHarness, createTestApp, STAFF, STAFF_GROUP } from '../bot/harness.ts';

const NEW_STAFF = { id: 9100, first_name: '新老师', language_code: 'zh' };

describe(`operator commands in the bot (${testDatabaseUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  let app: App;
  let h: ReturnType<typeof createHarness>;
  beforeEach(async () => {
    app = await createTestApp();
    h = createHarness(app);
  });

  it('an admin assigns staff to a point; that staff member closes their point for a typhoon; a deactivated member loses access at once', async () => {
    await h.text('/staffadd 9100 point_staff HL-JT 新老师', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/已添加：新老师（9100），服务点工作人员：HL-JT/);
    await h.text('/staffadd 9100 point_staff NOPE 新老师', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/参数 points "NOPE"：没有这个服务点编码/);

    await h.text('/closeday SM-QP 2026-12-05 台风', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/没有权限/);
    await h.text('/closeday HL-JT 2026-12-05 台风', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/已关闭 HL-JT 2026-12-05：3个场次/);
    await h.text('/closeday HL-JT 2026-12-01 台风', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/日期已过/);
    await h.text('/closeday tomorrow', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/用法：\/closeday/);

    await h.text('/extra HL-JT 2026-12-03 15:00-16:00 trial_class music_social 8', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/已加开场次 #\d+：HL-JT 2026-12-03 15:00–16:00/);
    await h.text('/extra HL-JT 2026-12-03 16:00-15:00 half_day 8', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/end "15:00"：结束时间应晚于开始时间/);

    await h.text('/week', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/本周概况 2026-11-30 至 2026-12-06\nHL-JT：名额/);

    await h.text('/audit', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/没有权限/);
    await h.text('/audit 5', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/session\.add_extra[\s\S]*point\.close_day[\s\S]*staff\.save/);

    await h.text('/staffoff 9100', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/已停用 9100/);
    await h.text('/today', NEW_STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/仅限|staff only/);
    await h.text('/stafflist', STAFF, STAFF_GROUP);
    expect(h.lastTextTo(STAFF_GROUP)).toMatch(/⛔ 新老师（9100）HL-JT/);
  });
});
