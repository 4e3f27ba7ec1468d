import { loadConfig } from '../src/config/config.ts';
import { prepareDatabase } from '../src/app/prepareDatabase.ts';
import { seedDemo } from '../src/demo/seedDemo.ts';
import { runScript, UsageError } from './runScript.ts';
import { parseNow } from './parseNow.ts';

runScript(async () => {
  const config = loadConfig();
  if (config.mode === 'production') {
    throw new UsageError(
      'APP_MODE is production (set, or implied by TELEGRAM_BOT_TOKEN or DATABASE_URL): demo data (points, bookings, staff) is never seeded into a real service. ' +
        'Load real points with `npm run points:import -- FILE`, or set APP_MODE=demo for a demo database.',
    );
  }
  const nowArg = process.argv.indexOf('--now');
  const now = nowArg > 0 ? parseNow(process.argv[nowArg + 1] ?? '', '--now')! : new Date();
  const db = await prepareDatabase(config);
  const s = await seedDemo(db.pool, { now, timeZone: config.timeZone });
  process.stderr.write(
    `Demo data ready on ${db.describe}: ${s.points} points, ${s.sessionsCreated} new sessions, ` +
      `${s.demoBookingsCreated} new demo bookings, ${s.fullSessionIds.length} full sessions, waitlist on session ${s.waitlistSessionId}.\n`,
  );
  await db.close();
});
