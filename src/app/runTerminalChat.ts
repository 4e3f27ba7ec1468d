import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { App } from './createApp.ts';
import type { Button, TurnOutput } from '../conversation/types.ts';

const HELP = [
  'Type a message as a parent would (中文 or English).',
  '  #N          press button N from the last answer',
  '  /loc LAT LON share a location, e.g. /loc 24.48 118.09',
  '  /user ID     act as another parent (default 1001)',
  '  /quit        leave',
].join('\n');

function render(out: TurnOutput): { text: string; buttons: Button[] } {
  const buttons = out.buttons.flat();
  const lines = [out.reply];
  if (out.venue) lines.push(`📍 ${out.venue.title} — ${out.venue.address} (${out.venue.latitude}, ${out.venue.longitude})`);
  if (out.citations.length) lines.push(out.citations.map((c) => `  ↳ ${c.title} (${c.source})`).join('\n'));
  if (buttons.length) lines.push(buttons.map((b, i) => `[#${i + 1} ${b.text}]`).join(' '));
  if (out.requestLocation) lines.push('(send /loc LAT LON to share a location)');
  if (out.escalated) lines.push('(passed to staff)');
  return { text: lines.join('\n'), buttons };
}

/**
 * The terminal chat: the same conversation core as Telegram, with buttons
 * shown as numbered choices. Anyone can try the assistant without a bot token.
 */
export async function runTerminalChat(app: App, input: Readable = process.stdin, output: Writable = process.stdout): Promise<void> {
  const write = (s: string) => output.write(`${s}\n`);
  let userId = 1001;
  let lastButtons: Button[] = [];
  write(`爱邻护幼 community childcare assistant — terminal chat (brain: ${app.brain}, database: ${app.db.describe}).`);
  write(HELP);
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  output.write('> ');
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '/quit' || line === '/exit') break;
    let turn: { text?: string; button?: string; location?: { latitude: number; longitude: number } } | undefined;
    const pressed = /^#(\d+)$/.exec(line);
    const loc = /^\/loc\s+(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)$/.exec(line);
    const user = /^\/user\s+(\d+)$/.exec(line);
    if (line === '/help') write(HELP);
    else if (user) {
      userId = Number(user[1]);
      write(`(now chatting as parent ${userId})`);
    } else if (pressed) {
      const b = lastButtons[Number(pressed[1]) - 1];
      if (b) turn = { button: b.data };
      else write('(no such button)');
    } else if (loc) turn = { location: { latitude: Number(loc[1]), longitude: Number(loc[2]) } };
    else if (line) turn = { text: line };
    if (turn) {
      const now = app.clock.now();
      const out = await app.core.handleTurn({ userId, now, ...turn });
      const r = render(out);
      lastButtons = r.buttons;
      write(`\n${r.text}\n`);
    }
    output.write('> ');
  }
  rl.close();
}
