import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 10 item 13: the pgvector set-up script uses the machine's own mirror,
 * keeps signature checks, pins the version, builds unprivileged, and leaves
 * nothing behind; CI installs exactly the lockfile.
 */
const script = readFileSync('scripts/install-pgvector.sh', 'utf8');
const code = script
  .split('\n')
  .filter((l) => !/^\s*#/.test(l))
  .join('\n');
const root = mkdtempSync(join(tmpdir(), 'ailin-apt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function aptEtc(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'etc-'));
  mkdirSync(join(dir, 'sources.list.d'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function mirrorFor(files: Record<string, string>): string {
  expect(script).toContain('--print-mirror'); // never run an older script that would start installing
  return execFileSync('bash', ['scripts/install-pgvector.sh', '--print-mirror'], { env: { ...process.env, APT_ETC: aptEtc(files) }, encoding: 'utf8' }).trim();
}

/** A shell variable reference as it appears in the script, e.g. ${KEYRING}. */
const shellVar = (expr: string) => `$${'{'}${expr}}`;

describe('scripts/install-pgvector.sh', () => {
  it("takes the Debian mirror from the machine's own apt sources (deb822 or one-line), never the security archive or the old trixie entry", () => {
    expect(
      mirrorFor({
        'sources.list.d/debian.sources': [
          'Types: deb',
          '# http://snapshot.debian.org/archive/debian/20250520T000000Z',
          'URIs: https://mirrors.ustc.edu.cn/debian-security',
          'Suites: bookworm-security',
          '',
          'Types: deb',
          'URIs: https://mirrors.ustc.edu.cn/debian/',
          'Suites: bookworm bookworm-updates',
          'Components: main',
          'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
          '',
        ].join('\n'),
        'sources.list.d/trixie-src.list': 'deb-src http://deb.debian.org/debian trixie main\n',
      }),
    ).toBe('https://mirrors.ustc.edu.cn/debian/');
    expect(
      mirrorFor({
        'sources.list': [
          '# deb http://commented.example/debian bookworm main',
          'deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://mirrors.tuna.tsinghua.edu.cn/debian bookworm main',
          'deb http://security.debian.org/debian-security bookworm-security main',
          '',
        ].join('\n'),
      }),
    ).toBe('http://mirrors.tuna.tsinghua.edu.cn/debian');
    expect(mirrorFor({ 'sources.list.d/trixie-src.list': 'deb-src http://deb.debian.org/debian trixie main\n' })).toBe('');
  });

  it("keeps the archive's signature and checksum checks, pins 0.8.0, and verifies the .dsc", () => {
    expect(code).not.toContain('--no-check');
    expect(code).not.toMatch(/AllowUnauthenticated|allow-insecure|trusted=yes|--allow-unauthenticated/);
    expect(code).toContain(`PGVECTOR_VERSION="${shellVar('PGVECTOR_VERSION:-0.8.0')}"`);
    expect(code).toMatch(/is pinned to \$\{PGVECTOR_VERSION\}/);
    expect(code).toMatch(/sha256sum "\$DSC"/);
    expect(code).toContain(`Signed-By: ${shellVar('KEYRING')}`);
  });

  it("never changes the machine's apt sources (a private apt state), and removes the old script's permanent trixie entry", () => {
    expect(code).not.toMatch(/tee[^\n]*sources\.list/);
    expect(code).toContain('Dir::Etc::SourceList=$APTDIR/trixie-src.sources');
    expect(code).toContain('Dir::State::Lists=$APTDIR/lists');
    expect(code).toMatch(/rm -f "\$LEGACY_SOURCE"\n\s*\$SUDO apt-get update/);
  });

  it('builds as nobody when run as root, installs as root, and purges exactly the build packages it added', () => {
    expect(code).toContain('runuser -u nobody --');
    expect(code).toMatch(/as_builder env HOME="\$BUILD" make -s PG_CONFIG/);
    expect(code).toMatch(/\$SUDO make -s install/);
    expect(code).toMatch(/comm -13 "\$WORK\/before" "\$WORK\/after"/);
    expect(code).toMatch(/apt-get purge -y -qq \$ADDED_PACKAGES/);
    expect(code).toContain('trap cleanup EXIT');
  });
});

describe('.ci/run', () => {
  const ci = readFileSync('.ci/run', 'utf8');
  it('installs exactly the lockfile (npm ci) and keeps both test runs and the summary', () => {
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).not.toMatch(/npm install/);
    expect(ci).toContain('== Run 1: embedded PGlite');
    expect(ci).toMatch(/TEST_DATABASE_URL=.*npm test/);
    expect(ci).toContain('summary postgres');
  });
});
