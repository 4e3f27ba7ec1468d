/**
 * `npm run timetable:export -- [--point CODE]... [--format csv|json] > FILE`
 * Writes the timetable (weekly rows, closed days and extra sessions from today)
 * in the format timetable:import reads back.
 */
import { loadConfig } from '../src/config/config.ts';
import { cliLang, explainForCli, openOperators, OperatorCliError, parseCli } from '../src/operators/cli.ts';
import { runScript, UsageError } from './runScript.ts';

const USAGE = `Usage: npm run timetable:export -- [--point CODE]... [--format csv|json] > FILE`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli(process.argv.slice(2), { point: { type: 'string', multiple: true }, format: { type: 'string' } }, USAGE);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (positionals.length) throw new OperatorCliError(`Unexpected argument ${positionals[0]}\n\n${USAGE}`);
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new OperatorCliError(`--format must be csv or json (got ${format})\n\n${USAGE}`);
  const lang = cliLang(values.lang);
  const pointCodes = (values.point ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  const { db, operators } = await openOperators(loadConfig());
  try {
    process.stdout.write(await operators.exportTimetable({ format, pointCodes }));
  } catch (err) {
    explainForCli(err, lang);
  } finally {
    await db.close();
  }
}

runScript(() => main().catch((e) => Promise.reject(e instanceof OperatorCliError ? new UsageError(e.message) : e)));
