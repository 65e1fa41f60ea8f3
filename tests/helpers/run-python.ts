// Test helpers: run Python source in a fresh VM capturing stdout/stderr, and run the same in CPython.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { VM } from '../../vm/runtime/vm.js';
import { FsModuleSource, nodeFiles } from '../../vm/node/fs-sources.js';

export interface RunResult {
  stdout: string;
  stderr: string;
  /** The uncaught exception's formatted traceback, or null. */
  error: string | null;
  status: number;
}

export function runPkpy(source: string, filename = 'test.py', opts: { stdin?: string[]; argv?: string[] } = {}): RunResult {
  let stdout = '';
  let stderr = '';
  const input = (opts.stdin ?? []).slice();
  const vm = new VM({
    sources: new FsModuleSource(),
    path: [dirname(filename)],
    argv: opts.argv ?? [filename],
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readline: () => (input.length ? input.shift()! + '\n' : null),
    files: nodeFiles,
  });
  try {
    vm.runMain(source, filename);
    return { stdout, stderr, error: null, status: 0 };
  } catch (e) {
    const text = vm.formatException(e);
    const status = vm.reportUncaught(e);
    return { stdout, stderr, error: text, status };
  }
}

/** Runs python3; throws a loud error when python3 is missing (differential tests must not silently pass). */
export function runCPython(file: string, args: string[] = []): { stdout: string; stderr: string; status: number } {
  const r = spawnSync('python3', [file, ...args], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' } });
  if (r.error) throw new Error(`python3 is required for differential tests and could not be run: ${r.error.message}`);
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}
