/** Telegram HTML escaping, shared with the outbox's renderers. */
export { escapeHtml } from '../../src/notifications/escapeHtml.ts';
