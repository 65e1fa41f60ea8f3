// Differential suite: each program in tests/differential/ runs under this VM and under CPython (python3);
// stdout must match exactly. python3 is required: without it these tests fail loudly.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPkpy, runCPython } from './helpers/run-python.js';

const dir = join(__dirname, 'differential');
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('_')).sort();

describe('differential against python3', () => {
  it('has programs', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, () => {
      const path = join(dir, f);
      const expected = runCPython(path);
      const ours = runPkpy(readFileSync(path, 'utf8'), path);
      expect(ours.stdout).toBe(expected.stdout);
      expect(ours.status === 0).toBe(expected.status === 0);
    });
  }
});
