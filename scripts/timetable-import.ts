/**
 * `npm run timetable:import -- FILE [--dry-run] [--lang zh|en] [--as NAME]`
 * Loads weekly timetables, closed days and extra sessions from a CSV or JSON
 * file, then brings the coming weeks' sessions in line (see the README).
 */
import { loadConfig } from '../src/config/config.ts';
import { cliActor, cliLang, explainForCli, openOperators, OperatorCliError, parseCli, readInputFile } from '../src/operators/cli.ts';
import { describeTimetableResult } from '../src/operators/describeOperatorError.ts';
import { runScript, UsageError } from './runScript.ts';

const USAGE = `Usage: npm run timetable:import -- FILE [--dry-run] [--lang zh|en] [--as NAME]
  FILE       CSV (header row) or JSON with rows of type weekly | closed | extra; '-' reads standard input
  --dry-run  show what would change (sessions created, closed, families told), write nothing`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli(process.argv.slice(2), { 'dry-run': { type: 'boolean' } }, USAGE);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const lang = cliLang(values.lang);
  const file = readInputFile(positionals[0], USAGE);
  const { db, operators } = await openOperators(loadConfig());
  try {
    const r = await operators.importTimetable({ ...file, actor: cliActor(values.as), dryRun: Boolean(values['dry-run']) });
    process.stdout.write(`${describeTimetableResult(r, lang)}\n`);
  } catch (err) {
    explainForCli(err, lang);
  } finally {
    await db.close();
  }
}

runScript(() => main().catch((e) => Promise.reject(e instanceof OperatorCliError ? new UsageError(e.message) : e)));
