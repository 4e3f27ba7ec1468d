import { describe, expect, it } from 'vitest';
import { words } from '../../src/i18n/catalogue.ts';
import type { Locale } from '../../src/i18n/languages.ts';
import { NOTIFICATION_KINDS } from '../../src/notifications/kinds/index.ts';
import type { RenderContext } from '../../src/notifications/kinds/defineKind.ts';
import type { SessionView } from '../../src/notifications/kinds/parts/sessions.ts';
import { TIMETABLE_CHANGE_REASON } from '../../src/operators/reconcileTimetable.ts';
import { POINT_CLOSED_REASON } from '../../src/operators/deactivatePoint.ts';

const ctx = (locale: Locale): RenderContext => ({ locale, w: words(locale), timeZone: 'Asia/Shanghai', button: undefined });
const session: SessionView = {
  sessionId: 7,
  startsAt: new Date('2026-11-28T01:00:00Z'),
  endsAt: new Date('2026-11-28T04:00:00Z'),
  kind: 'half_day',
  classTitle: null,
  pointName: { zh: '前埔社区爱邻护幼服务点', en: 'Qianpu Community Care Point' },
  address: { zh: '思明区前埔社区党群服务中心二楼', en: '2F, Qianpu Community Service Centre' },
  phone: '0592-5100101',
};

describe('families hear why operators closed their session, in their language', () => {
  it.each([
    [TIMETABLE_CHANGE_REASON, '因服务点调整了时间表', "Because of a change to the care point's timetable"],
    [POINT_CLOSED_REASON, '因服务点暂停服务', 'Because of the care point closing'],
    ['public_holiday', '因法定节假日', 'Because of a public holiday'],
  ])('%s', (reason, zh, en) => {
    const render = (l: Locale) =>
      NOTIFICATION_KINDS.session_closed.render({ reason, refCode: 'AB12CD', childName: null, waitlisted: false, session, alternatives: [] }, ctx(l)).text;
    expect(render('zh')).toContain(zh);
    expect(render('en')).toContain(en);
    expect(render('en')).not.toContain(reason);
  });
});
