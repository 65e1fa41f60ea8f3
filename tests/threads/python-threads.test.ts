// pkpy.ComputeThread from Python, through the `pkpy` CLI: real worker threads, pickle payloads, errors as
// tracebacks, state kept between jobs, all 15 worker VMs. (Uses the built dist/ bundles: `npm run build`.)
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
function run(script: string): string {
  const r = spawnSync('node', [join(root, 'bin', 'pkpy.mjs'), join(__dirname, 'py', script)], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`pkpy ${script} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('ComputeThread from Python', () => {
  it('runs jobs on several VMs in parallel', () => {
    expect(run('overlap.py')).toBe('[1, 4, 9, 16]\noverlapped\n');
  });

  it('returns errors as tracebacks, keeps state, rejects busy submits and bad indices', () => {
    expect(run('errors_state.py')).toBe(
      [
        'main vm 0 1',
        'error is text: True',
        'has traceback: True',
        'last line: ValueError: it broke',
        'retval after error: None',
        'counter 3 vm 3',
        'last_error after success: None',
        'busy: True',
        'ValueError VM index must be between 1 and 15, got 0',
        'ValueError VM index must be between 1 and 15, got 16',
        'ValueError VM index 3 is already in use',
        'exec raised RuntimeError ZeroDivisionError: division by zero',
        '',
      ].join('\n'),
    );
  });

  it('drives all 15 worker VMs at once', () => {
    expect(run('fifteen.py')).toBe('15 workers ok\n');
  });

  it('moves a 10 MB payload and a world-sized structure', () => {
    expect(run('payload.py')).toBe(`None\n(10485761, b'\\x00\\x01\\x02', b'\\xfd\\xfe\\xff')\nTrue\n`);
  });
});
