import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { envSchema, parseConfig } from '../src/config/config.ts';

describe('.env.example', () => {
  const text = readFileSync('.env.example', 'utf8');
  const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);

  it('documents every variable the config reads', () => {
    expect(documented.sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('parses as a valid configuration', () => {
    const env: Record<string, string> = {};
    for (const line of text.split('\n')) {
      const m = /^([A-Z_]+)=(\S*)/.exec(line);
      if (m) env[m[1]!] = m[2]!;
    }
    expect(() => parseConfig(env)).not.toThrow();
  });

  it('reads the same with the loader npm start uses (process.loadEnvFile): no line hides the next', () => {
    const loaded = parseEnv(text);
    for (const name of documented) expect(Object.keys(loaded), name).toContain(name);
    expect(loaded.DB_STATEMENT_TIMEOUT_MS).toBe('15000');
    expect(parseConfig(loaded).mode).toBe('demo');
  });
});
