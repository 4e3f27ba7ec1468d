/**
 * JSON-lines conversation CLI: one JSON object per line in, one per line out.
 * Nothing but answers goes to stdout; logs go to stderr.
 *
 *   npm run converse -- [--now ISO] [--db memory|<dir>] [--brain offline|llm]
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { interactiveLogLevel, loadConfig } from '../src/config/config.ts';
import { createLogger } from '../src/logging/createLogger.ts';
import { fixedClock } from '../src/time/clock.ts';
import { bootstrapApp } from '../src/app/bootstrapApp.ts';
import type { App } from '../src/app/createApp.ts';
import { runScript, UsageError } from './runScript.ts';
import { parseNow } from './parseNow.ts';
import { isDomainError } from '../src/errors/DomainError.ts';
import { describeError } from '../src/errors/describeError.ts';

const lineSchema = z
  .object({
    user: z.union([
      z.number().int().positive(),
      z
        .string()
        .regex(/^\d{1,15}$/)
        .transform(Number),
    ]),
    name: z.string().max(200).optional(),
    text: z.string().max(100_000).optional(),
    location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
    button: z.string().max(200).optional(),
    now: z.string().optional(),
  })
  .refine((l) => l.text !== undefined || l.location !== undefined || l.button !== undefined, 'needs "text", "location" or "button"');

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

runScript(async () => {
  const baseConfig = loadConfig();
  const dbFlag = flag('db');
  const brain = flag('brain');
  if (brain !== undefined && brain !== 'offline' && brain !== 'llm') throw new UsageError('--brain must be offline or llm');
  const fixedNow = parseNow(flag('now'), '--now');
  const useUrl = dbFlag === undefined && baseConfig.database.url;
  const inMemory = !useUrl && (!dbFlag || dbFlag === 'memory');
  const config = useUrl
    ? baseConfig
    : loadConfig({
        DATABASE_URL: '',
        DATA_DIR: inMemory ? 'memory://' : dbFlag!,
        // A throwaway database is always the demo (unless APP_MODE says otherwise).
        ...(inMemory && !process.env.APP_MODE ? { APP_MODE: 'demo' } : {}),
      });
  const logger = createLogger(interactiveLogLevel(config));
  const clock = fixedClock(fixedNow ?? new Date());
  let app: App | undefined;
  let lastNow: Date | undefined;
  const write = (o: unknown) => process.stdout.write(`${JSON.stringify(o)}\n`);

  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    let parsed: z.infer<typeof lineSchema>;
    try {
      parsed = lineSchema.parse(JSON.parse(line));
    } catch (err) {
      const message = err instanceof z.ZodError ? z.prettifyError(err) : `not JSON: ${(err as Error).message}`;
      write({ error: `malformed input line: ${message}` });
      continue;
    }
    let now: Date;
    try {
      // A line without "now" continues from the last line's clock.
      now = fixedNow ?? parseNow(parsed.now, '"now"') ?? (lastNow ? new Date(lastNow.getTime() + 1000) : new Date());
      lastNow = now;
    } catch (err) {
      write({ user: parsed.user, error: (err as Error).message });
      continue;
    }
    clock.set(now);
    // Prepared on the first line so the demo seed follows that line's clock.
    app ??= await bootstrapApp({ config, clock, logger, brain: brain as 'offline' | 'llm' | undefined });
    try {
      const out = await app.core.handleTurn({
        userId: parsed.user,
        name: parsed.name,
        now,
        text: parsed.text,
        location: parsed.location,
        button: parsed.button,
      });
      write({
        user: parsed.user,
        lang: out.lang,
        reply: out.reply,
        buttons: out.buttons,
        tools: out.tools,
        citations: out.citations.map((c) => ({ title: c.title, source: c.source })),
        escalated: out.escalated,
      });
    } catch (err) {
      logger.error({ err }, 'turn failed');
      if (isDomainError(err)) {
        // e.g. DATABASE_BUSY: the words a parent would get ("please try again in a moment").
        const described = describeError(err, 'zh');
        write({ user: parsed.user, error: described.code, reply: described.message });
      } else {
        write({ user: parsed.user, error: 'internal error while handling this line' });
      }
    }
  }
  await app?.db.close();
});
