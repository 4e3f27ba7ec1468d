import { createHash } from 'node:crypto';

/** A stable, non-reversible tag for a user or chat id, so logs can be correlated without personal data. */
export function maskId(id: number | undefined): string | undefined {
  if (id === undefined) return undefined;
  return createHash('sha256').update(`ailin:${id}`).digest('hex').slice(0, 10);
}
