import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeHostFactory } from '../../vm/threads/host-node';
import { WorkerPool, type PoolOptions } from '../../vm/threads/pool';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');

let built: Promise<string> | null = null;

/** Builds tests/threads/fixtures/test-worker.ts (with the JS test runner) into a temp dir; returns its file URL. */
export function buildTestWorker(): Promise<string> {
  built ??= (async () => {
    // one file per test process, in a cache folder swept of files from earlier runs
    const dir = path.join(repo, 'node_modules/.cache/pkpy-threads-test');
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(dir)) {
      const file = path.join(dir, f);
      try {
        if (Date.now() - fs.statSync(file).mtimeMs > 3_600_000) fs.rmSync(file, { force: true });
      } catch {
        // another process removed it
      }
    }
    const outfile = path.join(dir, `test-worker-${process.pid}.mjs`);
    await esbuild.build({
      entryPoints: [path.join(here, 'fixtures/test-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    return pathToFileURL(outfile).href;
  })();
  return built;
}

export async function makePool(options: Partial<PoolOptions> = {}): Promise<WorkerPool> {
  const workerUrl = await buildTestWorker();
  const pool = new WorkerPool({ host: nodeHostFactory, workerUrl, onFatal: () => undefined, ...options });
  await pool.warmUp();
  return pool;
}

const dec = new TextDecoder();
export function json(bytes: Uint8Array | null): unknown {
  return bytes === null ? null : JSON.parse(dec.decode(bytes));
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
