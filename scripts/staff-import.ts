/**
 * `npm run staff:import -- FILE [--dry-run] [--lang zh|en] [--as NAME]`
 * Loads staff (admins and point staff with their points) from a CSV or JSON
 * file. Rows marked inactive, and staff from an earlier file missing from this
 * one, lose access at once.
 */
import { loadConfig } from '../src/config/config.ts';
import { cliActor, cliLang, explainForCli, openOperators, OperatorCliError, parseCli, readInputFile } from '../src/operators/cli.ts';
import { describeStaffResult } from '../src/operators/describeOperatorError.ts';
import { runScript, UsageError } from './runScript.ts';

const USAGE = `Usage: npm run staff:import -- FILE [--dry-run] [--lang zh|en] [--as NAME]
  FILE  CSV or JSON with telegram_user_id, name, role (admin | point_staff), points (codes, comma-separated), active`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli(process.argv.slice(2), { 'dry-run': { type: 'boolean' } }, USAGE);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const lang = cliLang(values.lang);
  const file = readInputFile(positionals[0], USAGE);
  const { db, operators } = await openOperators(loadConfig());
  try {
    const r = await operators.staff.importFile(cliActor(values.as), { ...file, dryRun: Boolean(values['dry-run']) });
    process.stdout.write(`${describeStaffResult(r, lang)}\n`);
  } catch (err) {
    explainForCli(err, lang);
  } finally {
    await db.close();
  }
}

runScript(() => main().catch((e) => Promise.reject(e instanceof OperatorCliError ? new UsageError(e.message) : e)));
