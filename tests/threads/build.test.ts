// What the build must produce, and that the browser side never pulls in Node modules.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeThreadCore } from '../../vm/threads/compute-thread';
import { nodeHostFactory } from '../../vm/threads/host-node';
import { WorkerPool } from '../../vm/threads/pool';
import { buildTestWorker, here, repo } from './helpers';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkpy-build-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const threads = path.join(repo, 'vm/threads');

describe('bundles', () => {
  it('the browser bundles (core API + worker) contain no Node module', async () => {
    const result = await esbuild.build({
      entryPoints: {
        'threads-browser': path.join(threads, 'index.ts'),
        'pkpy-worker.browser': path.join(threads, 'worker-browser.ts'),
      },
      outdir: dir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((f) => f.includes('host-node'))).toBe(false);
    for (const out of ['threads-browser.mjs', 'pkpy-worker.browser.mjs']) {
      const code = fs.readFileSync(path.join(dir, out), 'utf8');
      expect(code).not.toMatch(/worker_threads|node:os|require\(/);
    }
  });

  it('the Node worker bundle runs Python jobs in a worker VM and reports Python tracebacks', async () => {
    const outfile = path.join(dir, 'pkpy-worker.node.mjs');
    await esbuild.build({
      entryPoints: [path.join(threads, 'worker-node.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    const pool = new WorkerPool({ host: nodeHostFactory, workerUrl: pathToFileURL(outfile), size: 1 });
    try {
      await pool.warmUp();
      const t = new ComputeThreadCore(1, { pool, moduleSources: { kind: 'map', modules: {} } });
      t.exec('x = 20 + 1');
      const bytes = t.eval('x * 2');
      // pickle protocol 4 of the int 42: PROTO 4, BININT1 42, STOP (framing is skipped for tiny pickles)
      expect(Array.from(bytes!)).toEqual([0x80, 0x04, 0x4b, 42, 0x2e]);
      expect(() => t.exec('1 / 0')).toThrow(/ZeroDivisionError: division by zero/);
      t.exec('x = 5');
      expect(Array.from(t.eval('x')!)).toEqual([0x80, 0x04, 0x4b, 5, 0x2e]);
      t.dispose();
    } finally {
      await pool.shutdown();
    }
  });
});

describe('Node process lifetime', () => {
  it('idle workers do not keep the process alive; a running job does', async () => {
    const workerUrl = await buildTestWorker();
    const script = path.join(dir, 'exit-script.mjs');
    await esbuild.build({
      entryPoints: [path.join(here, 'fixtures/exit-script.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    const start = performance.now();
    const run = spawnSync(process.execPath, [script, workerUrl], { encoding: 'utf8', timeout: 20_000 });
    const elapsed = performance.now() - start;
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('result "late"\nsync ok\n');
    expect(run.status).toBe(0);
    expect(elapsed).toBeLessThan(10_000);
  });
});
