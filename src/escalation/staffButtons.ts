/**
 * Callback data for staff buttons (tickets, attendance, roster pages). Not
 * signed: every press is checked against the staff table, so forging one
 * gains nothing. Distinct from the parents' codec data, which starts with a
 * version and a dot.
 */
export type StaffButton =
  | { kind: 'claim'; escalationId: number }
  | { kind: 'resolve'; escalationId: number }
  | { kind: 'attendance'; refCode: string; outcome: 'attended' | 'no_show' }
  | { kind: 'roster_page'; date: string; page: number };

export function encodeStaffButton(b: StaffButton): string {
  switch (b.kind) {
    case 'claim':
      return `tc:${b.escalationId}`;
    case 'resolve':
      return `tr:${b.escalationId}`;
    case 'attendance':
      return `at:${b.refCode}:${b.outcome === 'attended' ? 'a' : 'n'}`;
    case 'roster_page':
      return `rp:${b.date}:${b.page}`;
  }
}

export function parseStaffButton(data: string): StaffButton | null {
  let m = /^t([cr]):(\d{1,9})$/.exec(data);
  if (m) return { kind: m[1] === 'c' ? 'claim' : 'resolve', escalationId: Number(m[2]) };
  m = /^at:([A-Z0-9]{4,10}):([an])$/.exec(data);
  if (m) return { kind: 'attendance', refCode: m[1]!, outcome: m[2] === 'a' ? 'attended' : 'no_show' };
  m = /^rp:(\d{4}-\d{2}-\d{2}):(\d{1,3})$/.exec(data);
  if (m) return { kind: 'roster_page', date: m[1]!, page: Number(m[2]) };
  return null;
}
