// The .py conformance corpus: every file in tests/python/ runs in a fresh VM and must finish without an
// uncaught exception (the files are assert-based).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPkpy } from './helpers/run-python.js';

const dir = join(__dirname, 'python');
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('_')).sort();

describe('python conformance corpus', () => {
  it('has files', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, () => {
      const r = runPkpy(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      expect(r.error, r.error ?? '').toBeNull();
    });
  }
});
