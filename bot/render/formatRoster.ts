import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { RosterSession } from '../../src/booking/types.ts';
import { words } from '../../src/i18n/catalogue.ts';
import { staffWords } from '../../src/escalation/renderTicket.ts';
import { encodeStaffButton } from '../../src/escalation/staffButtons.ts';
import { escapeHtml } from '../../src/notifications/escapeHtml.ts';

const STATUS_MARK: Record<string, string> = {
  held: '⏳',
  confirmed: '•',
  attended: '✅',
  no_show: '❌',
};

/** A page stays well inside Telegram's 4096 characters, with room for the header and footer. */
const PAGE_CHARS = 3300;
/** Attendance buttons per page (two per booking), so a page's keyboard stays usable on a phone. */
const MARKABLE_PER_PAGE = 20;

export interface RosterPage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

interface Line {
  html: string;
  /** A booking staff can mark attended / no-show from this page. */
  markable?: string;
  /** Repeated at the top of a page when its session continues from the previous one. */
  head?: string;
}

/**
 * A day's roster for staff as pages: every session with booked children
 * (each booking one line with its code, child and age, and attended /
 * no-show buttons), then the sessions without bookings one line each.
 * /roster sends page 1 as one message; the page buttons show the others in
 * the same message, so the group limit (about 20 messages a minute) is never
 * approached, nothing is cut silently, and page 1 says how many there are.
 */
export function rosterPages(date: string, sessions: RosterSession[]): RosterPage[] {
  const w = staffWords();
  const f = words('zh').format;
  if (sessions.length === 0) return [{ html: escapeHtml(w.rosterEmpty(date)) }];

  const lines: Line[] = [];
  const quiet: string[] = [];
  for (const s of sessions) {
    const head =
      `<b>#${s.sessionId}</b> ${escapeHtml(f.timeRange(s.startTime, s.endTime))} ${escapeHtml(s.point.nameZh)} · ` +
      `${escapeHtml(f.service(s.kind, s.classTitle))} · ${s.booked}/${s.capacity}` +
      (s.waiting ? ` · ${escapeHtml(w.rosterWaiting(s.waiting))}` : '') +
      (s.status === 'cancelled' ? ` · ${escapeHtml(w.rosterCancelled(s.cancelReason))}` : '');
    const active = s.bookings.filter((b) => b.status !== 'cancelled' && b.status !== 'expired');
    if (active.length === 0) {
      quiet.push(head);
      continue;
    }
    lines.push({ html: head });
    for (const b of active) {
      lines.push({
        html: `${STATUS_MARK[b.status] ?? '•'} <code>${escapeHtml(b.refCode)}</code> ${escapeHtml(b.childName)} (${escapeHtml(f.age(b.ageMonths))})`,
        markable: b.status === 'held' ? undefined : b.refCode,
        head,
      });
    }
  }
  if (quiet.length) {
    lines.push({ html: `\n<i>${escapeHtml(w.rosterQuiet)}</i>` });
    for (const q of quiet) lines.push({ html: q });
  }

  // Fill pages in order; a session split across pages repeats its heading.
  const pages: Line[][] = [];
  let page: Line[] = [];
  let chars = 0;
  let marks = 0;
  for (const line of lines) {
    const full = chars + line.html.length + 1 > PAGE_CHARS || (line.markable !== undefined && marks >= MARKABLE_PER_PAGE);
    if (full && page.length) {
      pages.push(page);
      page = [];
      chars = 0;
      marks = 0;
      if (line.head) {
        const cont = { html: `${line.head} ${escapeHtml(w.rosterContinued)}` };
        page.push(cont);
        chars += cont.html.length + 1;
      }
    }
    page.push(line);
    chars += line.html.length + 1;
    if (line.markable !== undefined) marks++;
  }
  if (page.length) pages.push(page);

  return pages.map((p, i) => {
    const n = i + 1;
    const html = [escapeHtml(w.rosterHead(date, n, pages.length)), '', ...p.map((l) => l.html)];
    if (n < pages.length) html.push('', `<i>${escapeHtml(w.rosterMore(n, pages.length))}</i>`);
    const rows: InlineKeyboardButton[][] = p
      .filter((l) => l.markable !== undefined)
      .map((l) => [
        { text: `${w.attendedButton} ${l.markable}`, callback_data: encodeStaffButton({ kind: 'attendance', refCode: l.markable!, outcome: 'attended' }) },
        { text: `${w.noShowButton} ${l.markable}`, callback_data: encodeStaffButton({ kind: 'attendance', refCode: l.markable!, outcome: 'no_show' }) },
      ]);
    const nav: InlineKeyboardButton[] = [];
    if (n > 1) nav.push({ text: w.rosterPrev, callback_data: encodeStaffButton({ kind: 'roster_page', date, page: n - 1 }) });
    if (n < pages.length) nav.push({ text: w.rosterNext(n + 1, pages.length), callback_data: encodeStaffButton({ kind: 'roster_page', date, page: n + 1 }) });
    if (nav.length) rows.push(nav);
    return { html: html.join('\n'), keyboard: rows.length ? { inline_keyboard: rows } : undefined };
  });
}
