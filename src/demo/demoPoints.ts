import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validatePointsFile, type PointInput } from '../operators/pointsFile.ts';
import { readTable } from '../operators/readTable.ts';

/**
 * The demo network lives in files an operator would write: points.csv (the
 * points) and timetable.csv (their weekly timetable), loaded by the demo seed
 * through the same import code as `npm run points:import` / `timetable:import`.
 * Names, operators, addresses and phone numbers are illustrative demo data
 * (not the real points' details); locations are real neighbourhoods.
 */
export const DEMO_DIR = dirname(fileURLToPath(import.meta.url));
export const DEMO_POINTS_FILE = join(DEMO_DIR, 'points.csv');
export const DEMO_TIMETABLE_FILE = join(DEMO_DIR, 'timetable.csv');

export type DemoPoint = PointInput;

function loadDemoPoints(): DemoPoint[] {
  const { points, problems } = validatePointsFile(readTable(readFileSync(DEMO_POINTS_FILE, 'utf8'), { format: 'csv' }));
  if (problems.length) throw new Error(`${DEMO_POINTS_FILE} is invalid: ${JSON.stringify(problems)}`);
  return points;
}

export const DEMO_POINTS: DemoPoint[] = loadDemoPoints();
