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

  it('the Node worker bundle loads and reports the unwired VM as a job error', async () => {
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
      const t = new ComputeThreadCore(1, { pool });
      expect(() => t.exec('x = 1')).toThrow(/not wired into the ComputeThread worker yet/);
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
