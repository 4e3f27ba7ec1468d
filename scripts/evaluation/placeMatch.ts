import { toSimplified } from '../../src/text/chineseScript.ts';
import type { PlaceSpec } from './caseSchema.ts';
import type { PlaceFact } from './familyFacts.ts';

/** Child names compare after Traditional→Simplified folding, case and spaces ignored. */
export function sameName(a: string, b: string): boolean {
  const f = (s: string) => toSimplified(s).replace(/\s+/g, '').toLowerCase();
  return f(a) === f(b);
}

export function matchesPlace(spec: PlaceSpec & { date?: string; child?: string }, fact: PlaceFact): boolean {
  if (spec.child !== undefined && !sameName(spec.child, fact.child)) return false;
  if (spec.date !== undefined && spec.date !== fact.date) return false;
  if (spec.district !== undefined && spec.district !== fact.district) return false;
  if (spec.partOfDay !== undefined && spec.partOfDay !== fact.partOfDay) return false;
  if (spec.kind !== undefined && spec.kind !== fact.kind) return false;
  if (spec.classTitle !== undefined && spec.classTitle !== fact.classTitle) return false;
  if (spec.point !== undefined && spec.point !== fact.point) return false;
  return true;
}

/** Exactly as many facts as specs, each spec matched by a different fact. */
export function matchesAll(specs: PlaceSpec[], facts: PlaceFact[]): boolean {
  if (specs.length !== facts.length) return false;
  const used = new Set<number>();
  const assign = (i: number): boolean => {
    if (i === specs.length) return true;
    for (let j = 0; j < facts.length; j++) {
      if (used.has(j) || !matchesPlace(specs[i]!, facts[j]!)) continue;
      used.add(j);
      if (assign(i + 1)) return true;
      used.delete(j);
    }
    return false;
  };
  return assign(0);
}

export function describePlace(f: PlaceFact): string {
  return [f.point, f.date, f.partOfDay, f.classTitle ?? f.kind, f.child, f.status].join(' ');
}

export function describeSpec(s: Record<string, unknown>): string {
  return Object.entries(s)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}
