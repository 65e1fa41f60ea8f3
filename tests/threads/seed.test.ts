// The seed document's program (../shared/seed/main.py + worldgen.py, unchanged) run with the `pkpy` CLI prints
// what the seed page shows: 3 or 4 frames (timing-dependent) while VM 1 generates the world.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const seedDir = join(root, '..', 'shared', 'seed');

describe('the seed program', () => {
  it('runs unchanged and prints the seed page output', () => {
    if (!existsSync(join(seedDir, 'main.py'))) throw new Error(`the seed files are missing: expected them in ${seedDir}`);
    const dir = mkdtempSync(join(tmpdir(), 'pkpy-seed-'));
    for (const f of ['main.py', 'worldgen.py']) copyFileSync(join(seedDir, f), join(dir, f));
    const r = spawnSync('node', [join(root, 'bin', 'pkpy.mjs'), 'main.py'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const frames = lines.filter((l) => l.startsWith('Frame:'));
    expect([3, 4]).toContain(frames.length);
    expect(lines).toEqual([
      'Game Start',
      'Submit WorldGen Job',
      ...frames.map((_, i) => `Frame: ${i + 1}`),
      'World Generation Complete 3 10000 10',
    ]);
  });
});
