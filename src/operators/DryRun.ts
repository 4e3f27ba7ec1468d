/**
 * Thrown at the end of a dry run so the transaction that computed the result
 * rolls back: a dry run runs exactly the code a real run does, then nothing is kept.
 */
export class DryRun<T = unknown> extends Error {
  constructor(readonly result: T) {
    super('dry run: rolled back');
    this.name = 'DryRun';
  }
}
