import type { FastifyPluginAsync } from 'fastify';
import type { EscalationStatus } from '../../escalation/EscalationService.ts';
import { DomainError } from '../../errors/DomainError.ts';
import type { ConsoleServices } from '../ConsoleDeps.ts';
import { ConsoleRefusal } from '../consoleErrors.ts';
import { field, param, staffOf, type ConsolePages } from '../consolePage.ts';
import type { TicketOutcome } from '../consoleTickets.ts';
import { consoleWords, type ConsoleWords } from '../consoleWords.ts';
import { countTickets, listTickets } from '../ticketList.ts';

const STATUSES: EscalationStatus[] = ['open', 'claimed', 'resolved'];

function ticketId(v: string): number {
  const id = Number(v);
  if (!Number.isSafeInteger(id) || id <= 0) throw new DomainError('ESCALATION_NOT_FOUND', {});
  return id;
}

function outcomeText(o: TicketOutcome, w: ConsoleWords, done: string): string {
  if (o.ok) return done;
  const why = { not_found: w.notFound, already_resolved: w.alreadyResolved, undeliverable: w.undeliverable, no_telegram: w.noTelegram, empty: w.replyEmpty }[
    o.reason
  ];
  if (o.reason === 'not_found') throw new DomainError('ESCALATION_NOT_FOUND', {});
  throw new ConsoleRefusal(why);
}

/**
 * Tickets as the staff group sees them (every staff member sees every ticket,
 * as in the group): open, claimed and resolved, each with its messages; claim,
 * reply and resolve go through the escalation service, tell the family and
 * update the ticket message in the group (consoleTickets).
 */
export function ticketsRoutes(s: ConsoleServices, pages: ConsolePages): FastifyPluginAsync {
  const { app, tickets } = s;
  return async (server) => {
    server.get('/tickets', async (req, reply) => {
      const q = param(req.query, 'status') as EscalationStatus;
      const status = STATUSES.includes(q) ? q : 'open';
      const [rows, counts] = await Promise.all([listTickets(app.db.pool, status), countTickets(app.db.pool)]);
      return pages.render(req, reply, 'tickets', 'tickets', { status, statuses: STATUSES, counts, tickets: rows, timeZone: app.config.timeZone });
    });

    server.get<{ Params: { id: string } }>('/tickets/:id', async (req, reply) => {
      const id = ticketId(req.params.id);
      const e = await app.escalation.get(id);
      if (!e) throw new DomainError('ESCALATION_NOT_FOUND', {});
      const messages = await app.escalation.messages(id);
      return pages.render(req, reply, 'ticket', 'tickets', { ticket: e, messages, timeZone: app.config.timeZone });
    });

    server.post<{ Params: { id: string; action: string } }>('/tickets/:id/:action', async (req, reply) => {
      const staff = staffOf(req);
      const id = ticketId(req.params.id);
      const action = req.params.action;
      if (action !== 'claim' && action !== 'reply' && action !== 'resolve') throw new DomainError('ESCALATION_NOT_FOUND', {});
      return pages.act(req, reply, `/tickets/${id}`, async () => {
        const w = consoleWords(req.lang);
        if (action === 'claim') return outcomeText(await tickets.claim(id, staff), w, w.claimed(id));
        if (action === 'reply') return outcomeText(await tickets.reply(id, staff, field(req.body, 'text')), w, w.replied(id));
        return outcomeText(await tickets.resolve(id, staff), w, w.resolved(id));
      });
    });
  };
}
