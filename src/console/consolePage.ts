import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffMember } from '../booking/types.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { ConsoleServices, Flash } from './ConsoleDeps.ts';
import { describeFailure } from './consoleErrors.ts';
import { consoleWords } from './consoleWords.ts';

export type NavPage = 'today' | 'timetables' | 'points' | 'tickets' | 'reports' | 'signin';

/**
 * Rendering and acting, the same way on every page: a page gets the words,
 * the staff member, a CSRF token for its forms and the last action's outcome;
 * an action runs one service call, keeps its outcome (or the rule's refusal
 * with its figures) for the next page and redirects there (Post/Redirect/Get,
 * so reloading never repeats it). Access refusals are not caught here: they
 * become 401/403/404 pages.
 */
export function consolePages(s: ConsoleServices) {
  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    view: string,
    nav: NavPage,
    data: Record<string, unknown>,
    status = 200,
    flash?: Flash | null,
  ) {
    const shown = flash ?? (req.sessionToken ? await s.signIn.takeFlash(req.sessionToken) : null);
    const w = consoleWords(req.lang);
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .view(view, {
        w,
        lang: req.lang,
        staff: req.staff,
        roleLabel: req.staff ? (w.roles[req.staff.role] ?? req.staff.role) : '',
        csrf: reply.generateCsrf(),
        flash: shown,
        nav,
        // Where the language switch returns to.
        back: req.method === 'GET' ? req.url : `/${nav}`,
        ...data,
      });
  }

  async function act(req: FastifyRequest, reply: FastifyReply, back: string, work: () => Promise<Flash | string>) {
    let flash: Flash;
    try {
      const done = await work();
      flash = typeof done === 'string' ? { kind: 'ok', text: done } : done;
    } catch (err) {
      const f = describeFailure(err, req.lang);
      if (!f.refusal) throw err;
      flash = { kind: 'error', text: f.message };
    }
    if (req.sessionToken) await s.signIn.setFlash(req.sessionToken, flash);
    return reply.redirect(back, 303);
  }

  return { render, act };
}

export type ConsolePages = ReturnType<typeof consolePages>;

/** A form field as a trimmed string ('' when absent); forms post strings only. */
export function field(body: unknown, name: string): string {
  const v = (body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** A query parameter as a trimmed string. */
export function param(query: unknown, name: string): string {
  return field(query, name);
}

/** The signed-in staff member (the staff-only routes' hook has checked; NOT_STAFF → 401 otherwise). */
export function staffOf(req: FastifyRequest): StaffMember {
  if (!req.staff) throw new DomainError('NOT_STAFF');
  return req.staff;
}
