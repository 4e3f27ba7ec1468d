/**
 * `npm run report -- --from DATE --to DATE [--format md|csv] [--table points|weekly|unmet] [--point CODE]... [--lang zh|en]`
 * `npm run report -- --audit [--from DATE] [--to DATE] [--limit N]` prints the staff actions (audit log).
 * Usage per point × weekday × part of day, the weekly trend and the unmet
 * demand (searches that found no free place) for a date range.
 */
import { loadConfig } from '../src/config/config.ts';
import { cliLang, explainForCli, openOperators, OperatorCliError, parseCli } from '../src/operators/cli.ts';
import { reportCsv, reportMarkdown } from '../src/operators/formatReport.ts';
import { isValidLocalDate, zonedInstant, addDays } from '../src/time/zonedTime.ts';
import { runScript, UsageError } from './runScript.ts';

const USAGE = `Usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--format md|csv] [--table points|weekly|unmet] [--point CODE]... [--lang zh|en]
       npm run report -- --audit [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
  --format md   the whole report (totals, weekly trend, unmet demand, per point × weekday × part of day); default
  --format csv  one table for spreadsheets: --table points (default), weekly or unmet
  --audit       the audit log of staff actions instead (newest first)`;

async function main(): Promise<void> {
  const { values, positionals } = parseCli(
    process.argv.slice(2),
    {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      table: { type: 'string' },
      point: { type: 'string', multiple: true },
      audit: { type: 'boolean' },
      limit: { type: 'string' },
    },
    USAGE,
  );
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (positionals.length) throw new OperatorCliError(`Unexpected argument ${positionals[0]}\n\n${USAGE}`);
  const lang = cliLang(values.lang);
  for (const k of ['from', 'to'] as const) {
    if (values[k] !== undefined && !isValidLocalDate(values[k]!))
      throw new OperatorCliError(`--${k} must be a real date written YYYY-MM-DD (got ${values[k]})\n\n${USAGE}`);
  }
  const config = loadConfig();
  if (values.audit) {
    const limit = values.limit === undefined ? 100 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw new OperatorCliError(`--limit must be a whole number from 1 to 10000 (got ${values.limit})`);
    const { db, operators } = await openOperators(config);
    try {
      const rows = await operators.auditLogCli({
        limit,
        from: values.from ? zonedInstant(values.from, '00:00', config.timeZone) : undefined,
        to: values.to ? zonedInstant(addDays(values.to, 1), '00:00', config.timeZone) : undefined,
      });
      process.stdout.write('at,actor,action,target,point,details\n');
      for (const r of rows) {
        const cells = [r.at, r.actorLabel, r.action, `${r.targetType ?? ''}:${r.targetId ?? ''}`, r.pointCode ?? '', JSON.stringify(r.details)];
        process.stdout.write(`${cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\n`);
      }
    } finally {
      await db.close();
    }
    return;
  }
  if (!values.from || !values.to) throw new OperatorCliError(`--from and --to are needed\n\n${USAGE}`);
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'csv') throw new OperatorCliError(`--format must be md or csv (got ${format})\n\n${USAGE}`);
  const tableName = values.table ?? 'points';
  if (tableName !== 'points' && tableName !== 'weekly' && tableName !== 'unmet')
    throw new OperatorCliError(`--table must be points, weekly or unmet (got ${tableName})`);
  const pointCodes = (values.point ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  const { db, operators } = await openOperators(config);
  try {
    const report = await operators.report({ from: values.from, to: values.to, pointCodes });
    process.stdout.write(format === 'csv' ? reportCsv(report, tableName) : reportMarkdown(report, lang));
  } catch (err) {
    explainForCli(err, lang);
  } finally {
    await db.close();
  }
}

runScript(() => main().catch((e) => Promise.reject(e instanceof OperatorCliError ? new UsageError(e.message) : e)));
