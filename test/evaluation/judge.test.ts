import { describe, expect, it } from 'vitest';
import { expectation, type Expectation } from '../../scripts/evaluation/caseSchema.ts';
import type { FactsDiff, PlaceFact } from '../../scripts/evaluation/familyFacts.ts';
import { diffFacts } from '../../scripts/evaluation/familyFacts.ts';
import { districtAt, judgeEnd, judgeTurn, type TurnObservation } from '../../scripts/evaluation/judge.ts';

// Hand-made turn outputs: every check must pass on the right output and fail on a wrong one.

const place = (over: Partial<PlaceFact> = {}): PlaceFact => ({
  id: 1,
  status: 'confirmed',
  child: '朵朵',
  date: '2026-11-28',
  partOfDay: 'morning',
  kind: 'half_day',
  classTitle: null,
  district: 'haicang',
  point: 'HC-XY',
  ...over,
});

const noDiff = (): FactsDiff => ({ booked: [], cancelled: [], waitlisted: [], registered: [], escalations: [] });

function obs(over: Partial<TurnObservation> = {}): TurnObservation {
  return {
    reply: '11月28日（周六）海沧的空位：1. 新阳社区爱邻护幼服务点 09:00–12:00 半日托',
    buttons: ['预约 1'],
    tools: [],
    citations: [],
    diff: noDiff(),
    childAges: new Map([[1, 22]]),
    childNames: ['朵朵'],
    ...over,
  };
}

const judge = (want: Expectation, o: TurnObservation) => judgeTurn(expectation.parse(want), o);

describe('always-on checks', () => {
  it('fails an empty reply and an internal error', () => {
    expect(judge({}, obs())).toEqual([]);
    expect(judge({}, obs({ reply: '  ' }))).toContain('empty reply');
    expect(judge({}, obs({ reply: 'Sorry, an internal error occurred' }))).toContain('reply reports an internal error');
  });
});

describe('booked / waitlisted / cancelled', () => {
  const want = { booked: { district: 'haicang', date: '2026-11-28', partOfDay: 'morning', child: '朵朵' } } as const;
  it('passes exactly one matching booking', () => {
    expect(judge(want, obs({ diff: { ...noDiff(), booked: [place()] } }))).toEqual([]);
  });
  it('fails no booking, a wrong field, or two bookings', () => {
    expect(judge(want, obs())).toHaveLength(1);
    for (const wrong of [{ district: 'huli' }, { date: '2026-11-29' }, { partOfDay: 'afternoon' as const }, { child: '果果' }]) {
      expect(judge(want, obs({ diff: { ...noDiff(), booked: [place(wrong)] } }))[0]).toMatch(/^booked: expected/);
    }
    expect(judge(want, obs({ diff: { ...noDiff(), booked: [place(), place({ id: 2, child: '果果' })] } }))).toHaveLength(1);
  });
  it('checks kind, class, point and folds Traditional names', () => {
    const w = { booked: { kind: 'trial_class', classTitle: 'sensory_integration', point: 'HL-JT', child: '語晴' } } as const;
    const good = place({ kind: 'trial_class', classTitle: 'sensory_integration', point: 'HL-JT', child: '语晴' });
    expect(judge(w, obs({ diff: { ...noDiff(), booked: [good] } }))).toEqual([]);
    expect(judge(w, obs({ diff: { ...noDiff(), booked: [{ ...good, classTitle: 'picture_books' }] } }))).toHaveLength(1);
    expect(judge(w, obs({ diff: { ...noDiff(), booked: [{ ...good, point: 'HL-DQ' }] } }))).toHaveLength(1);
    expect(judge(w, obs({ diff: { ...noDiff(), booked: [{ ...good, kind: 'half_day' }] } }))).toHaveLength(1);
  });
  it('booked: false fails on any new booking', () => {
    expect(judge({ booked: false }, obs())).toEqual([]);
    expect(judge({ booked: false }, obs({ diff: { ...noDiff(), booked: [place()] } }))).toHaveLength(1);
  });
  it('a list of specs needs exactly that many bookings, one each', () => {
    const w = { booked: [{ child: '宇恩' }, { child: '語晴' }] };
    const both = [place({ child: '宇恩' }), place({ id: 2, child: '语晴' })];
    expect(judge(w, obs({ diff: { ...noDiff(), booked: both } }))).toEqual([]);
    expect(judge(w, obs({ diff: { ...noDiff(), booked: [both[0]!] } }))).toHaveLength(1);
    expect(judge(w, obs({ diff: { ...noDiff(), booked: [both[0]!, place({ id: 3, child: '宇恩' })] } }))).toHaveLength(1);
  });
  it('waitlisted and cancelled use their own diffs', () => {
    const w = { waitlisted: { point: 'SM-QP', child: '朵朵' }, cancelled: { child: '果果', date: '2026-11-29' } };
    const d = {
      ...noDiff(),
      waitlisted: [place({ point: 'SM-QP', status: 'waiting' })],
      cancelled: [place({ child: '果果', date: '2026-11-29', status: 'cancelled' })],
    };
    expect(judge(w, obs({ diff: d }))).toEqual([]);
    expect(judge(w, obs({ diff: { ...d, cancelled: [place({ child: '朵朵', date: '2026-11-29', status: 'cancelled' })] } }))).toHaveLength(1);
    expect(judge(w, obs({ diff: { ...d, waitlisted: [] } }))).toHaveLength(1);
    expect(judge({ cancelled: false, waitlisted: false }, obs({ diff: d }))).toHaveLength(2);
  });
});

describe('diffFacts', () => {
  it('sees new bookings, status changes to cancelled, new waitlist entries, children and escalations', () => {
    const before = { bookings: [place({ id: 1 })], waitlist: [], children: [{ id: 1, name: '朵朵', birthDate: '2024-01-20' }], escalations: [] };
    const after = {
      bookings: [place({ id: 1, status: 'cancelled' }), place({ id: 2 }), place({ id: 3, status: 'cancelled' })],
      waitlist: [place({ id: 7, status: 'waiting' })],
      children: [...before.children, { id: 2, name: '果果', birthDate: '2025-03-11' }],
      escalations: [{ id: 4, reason: 'complaint' }],
    };
    const d = diffFacts(before, after);
    expect(d.booked.map((b) => b.id)).toEqual([2]);
    expect(d.cancelled.map((b) => b.id)).toEqual([1, 3]);
    expect(d.waitlisted.map((b) => b.id)).toEqual([7]);
    expect(d.registered.map((c) => c.name)).toEqual(['果果']);
    expect(d.escalations).toEqual([{ id: 4, reason: 'complaint' }]);
  });
});

describe('registered', () => {
  it('needs exactly the named children (folded), or none', () => {
    const two = {
      ...noDiff(),
      registered: [
        { id: 2, name: '宇恩', birthDate: '2024-03-03' },
        { id: 3, name: '语晴', birthDate: '2025-12-01' },
      ],
    };
    expect(judge({ registered: ['宇恩', '語晴'] }, obs({ diff: two }))).toEqual([]);
    expect(judge({ registered: ['宇恩', '語晴'] }, obs({ diff: { ...two, registered: [two.registered[0]!] } }))).toHaveLength(1);
    expect(judge({ registered: ['小米'] }, obs({ diff: { ...noDiff(), registered: [{ id: 4, name: '老二小米', birthDate: '2026-03-02' }] } }))).toHaveLength(1);
    expect(judge({ registered: false }, obs())).toEqual([]);
    expect(judge({ registered: false }, obs({ diff: two }))).toHaveLength(1);
  });
});

describe('searched', () => {
  const call = (args: Record<string, unknown>) => [{ name: 'search_slots', args }];
  const want = {
    searched: { district: 'huli', date: '2026-11-29', dateNot: '2026-11-28', partOfDay: 'morning', kind: 'half_day', childAgeMonths: 8 },
  } as const;
  const good = { from: '2026-11-29', to: '2026-11-29', district: 'huli', partOfDay: 'morning', kind: 'half_day', childAgeMonths: 8 };
  it('passes the right arguments', () => {
    expect(judge(want, obs({ tools: call(good) }))).toEqual([]);
  });
  it('fails each wrong argument', () => {
    const bad: Array<Record<string, unknown>> = [
      { district: 'jimei' },
      { from: '2026-12-05', to: '2026-12-06' },
      { from: '2026-11-28', to: '2026-11-29' },
      { partOfDay: undefined },
      { kind: 'temporary_care' },
      { childAgeMonths: 33 },
    ];
    for (const b of bad) expect(judge(want, obs({ tools: call({ ...good, ...b }) })), JSON.stringify(b)).toHaveLength(1);
  });
  it('fails when there is no search, and searched: false fails when there is one', () => {
    expect(judge(want, obs())).toEqual(['searched: no search_slots call']);
    expect(judge({ searched: false }, obs())).toEqual([]);
    expect(judge({ searched: false }, obs({ tools: call(good) }))).toHaveLength(1);
  });
  it('takes the child age from a childId, the district from a shared location, and checks class titles', () => {
    const ages = new Map([
      [5, 8],
      [6, 33],
    ]);
    expect(judge(want, obs({ childAges: ages, tools: call({ ...good, childAgeMonths: undefined, childId: 5 }) }))).toEqual([]);
    expect(judge(want, obs({ childAges: ages, tools: call({ ...good, childAgeMonths: undefined, childId: 6 }) }))).toHaveLength(1);
    expect(judge(want, obs({ tools: call({ ...good, district: undefined, near: { latitude: 24.5215, longitude: 118.1745 } }) }))).toEqual([]);
    expect(judge(want, obs({ tools: call({ ...good, district: undefined, near: { latitude: 24.5221, longitude: 118.0437 } }) }))).toHaveLength(1);
    expect(judge({ searched: { classTitle: 'picture_books' } }, obs({ tools: call({ from: '2026-12-01', to: '2026-12-01' }) }))).toHaveLength(1);
  });
  it('judges the first search of the turn (later ones are the engine widening it)', () => {
    const tools = [...call(good), ...call({ ...good, from: '2026-12-05', to: '2026-12-06' })];
    expect(judge(want, obs({ tools }))).toEqual([]);
    expect(judge(want, obs({ tools: [...tools].reverse() }))).toHaveLength(1);
  });
  it('knows where places are', () => {
    expect(districtAt(24.4476, 118.1302)).toBe('siming'); // 曾厝垵
    expect(districtAt(24.5233, 118.1771)).toBe('huli'); // 五缘湾
    expect(districtAt(24.5962, 118.1133)).toBe('jimei');
  });
});

describe('escalation', () => {
  it('needs a new escalation with the reason, or none', () => {
    const d = { ...noDiff(), escalations: [{ id: 1, reason: 'complaint' }] };
    expect(judge({ escalated: true, escalationReason: 'complaint' }, obs({ diff: d }))).toEqual([]);
    expect(judge({ escalated: true }, obs())).toHaveLength(1);
    expect(judge({ escalationReason: 'human_requested' }, obs({ diff: d }))).toHaveLength(1);
    expect(judge({ escalated: false }, obs({ diff: d }))).toHaveLength(1);
    expect(judge({ escalated: false }, obs())).toEqual([]);
  });
});

describe('reply text', () => {
  it('replyIncludes needs every pattern (reply or button labels), case-insensitive', () => {
    expect(judge({ replyIncludes: ['海沧|海滄', '预约 1'] }, obs())).toEqual([]);
    expect(judge({ replyIncludes: ['HALF'] }, obs({ reply: 'a half day' }))).toEqual([]);
    expect(judge({ replyIncludes: ['海沧', '湖里'] }, obs())).toEqual(['replyIncludes /湖里/ missing']);
  });
  it('replyExcludes fails on any match and shows it', () => {
    expect(judge({ replyExcludes: ['满了'] }, obs())).toEqual([]);
    expect(judge({ replyExcludes: ['已满|满了'] }, obs({ reply: '这个点满了' }))).toEqual(['replyExcludes /已满|满了/ found "满了"']);
  });
  it('first must match within the first 120 characters', () => {
    expect(judge({ first: '120' }, obs({ reply: '请马上拨打120。' }))).toEqual([]);
    expect(judge({ first: '120' }, obs({ reply: `${'先别慌。'.repeat(40)}拨打120` }))).toHaveLength(1);
  });
  it('maxChars', () => {
    expect(judge({ maxChars: 500 }, obs())).toEqual([]);
    expect(judge({ maxChars: 10 }, obs())).toHaveLength(1);
  });
  it('cites and noCitation', () => {
    const cited = obs({ citations: [{ docId: 'service-waitlist' }] });
    expect(judge({ cites: ['waitlist'] }, cited)).toEqual([]);
    expect(judge({ cites: ['no-show'] }, cited)).toHaveLength(1);
    expect(judge({ cites: ['waitlist'] }, obs())).toHaveLength(1);
    expect(judge({ noCitation: true }, obs())).toEqual([]);
    expect(judge({ noCitation: true }, cited)).toHaveLength(1);
  });
});

describe('script', () => {
  it('Hans: Simplified passes, Traditional and English fail', () => {
    expect(judge({ script: 'Hans' }, obs({ reply: '这周六上午还有空位，点按钮预约。' }))).toEqual([]);
    expect(judge({ script: 'Hans' }, obs({ reply: '這週六上午還有空位，點按鈕預約。' }))).toHaveLength(1);
    expect(judge({ script: 'Hans' }, obs({ reply: 'There are places on Saturday morning.', buttons: ['Book 1'] }))).toHaveLength(1);
  });
  it('Hant: Traditional passes even when it quotes a point name in Simplified; Simplified fails', () => {
    expect(judge({ script: 'Hant' }, obs({ reply: '這週六上午江头社区爱邻护幼服务点還有空位，請點按鈕預約。', buttons: ['預約 1'] }))).toEqual([]);
    expect(judge({ script: 'Hant' }, obs({ reply: '这周六上午江头社区爱邻护幼服务点还有空位，请点按钮预约。', buttons: ['预约 1'] }))).toHaveLength(1);
  });
  it('en: English with a Chinese point name passes, Chinese fails', () => {
    expect(judge({ script: 'en' }, obs({ reply: 'Saturday 28 Nov: 新阳社区爱邻护幼服务点 (Haicang) has 8 places.', buttons: ['Book 1'] }))).toEqual([]);
    expect(judge({ script: 'en' }, obs({ reply: '11月28日（周六）海沧还有8个名额，点预约按钮。', buttons: ['预约 1'] }))).toHaveLength(1);
  });
});

describe('end of conversation', () => {
  it('judges the whole-case diff', () => {
    const d = { ...noDiff(), cancelled: [place({ child: '果果', status: 'cancelled' })] };
    expect(judgeEnd({ cancelled: [{ child: '果果' }], booked: false }, d)).toEqual([]);
    expect(judgeEnd({ cancelled: [{ child: '朵朵' }] }, d)).toHaveLength(1);
    expect(judgeEnd({ booked: false }, { ...d, booked: [place()] })).toHaveLength(1);
    expect(judgeEnd({ registered: ['果果'] }, d)).toHaveLength(1);
    expect(judgeEnd({ waitlisted: [{ child: '朵朵' }] }, d)).toHaveLength(1);
  });
});
