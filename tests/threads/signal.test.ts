import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ComputeThreadCore } from '../../vm/threads/compute-thread';
import { nodeHostFactory } from '../../vm/threads/host-node';
import { WorkerPool } from '../../vm/threads/pool';
import {
  COOP_COEP_HELP,
  SharedMemoryUnavailableError,
  StatusBlock,
  ThreadState,
  W,
  canBlock,
  hasSharedMemory,
  setBlockingOverride,
  waitWhileEqual,
} from '../../vm/threads/signal';
import { patternBytes } from './fixtures/js-runner';
import { bytesEqual, here, json, makePool, sleep } from './helpers';

/** A worker that sets words[index] = value after `ms` and notifies. */
function setLater(buffer: SharedArrayBuffer, index: number, value: number, ms: number): Worker {
  const code = `
    const { workerData } = require('node:worker_threads');
    const words = new Int32Array(workerData.buffer);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
    Atomics.store(words, workerData.index, workerData.value);
    Atomics.notify(words, workerData.index);
  `;
  return new Worker(code, { eval: true, workerData: { buffer, index, value, ms } });
}

afterEach(() => setBlockingOverride(null));

describe('signal', () => {
  it('detects shared memory and blocking in Node', () => {
    expect(hasSharedMemory()).toBe(true);
    expect(canBlock()).toBe(true); // Node's main thread may Atomics.wait
    setBlockingOverride(false);
    expect(canBlock()).toBe(false);
  });

  it('waits with Atomics.wait until another thread changes the word', async () => {
    const block = StatusBlock.create(true);
    block.store(W.SEQ, 1);
    block.setState(ThreadState.Running);
    const w = setLater(block.buffer as SharedArrayBuffer, W.DONE_SEQ, 1, 0);
    await new Promise((r) => w.once('exit', r));
    const w2 = setLater(block.buffer as SharedArrayBuffer, W.STATE, ThreadState.Done, 150);
    const start = performance.now();
    expect(block.waitDone(1)).toBe(true);
    expect(performance.now() - start).toBeGreaterThanOrEqual(100);
    expect(block.isFinished(1)).toBe(true);
    await w2.terminate();
  });

  it('spins where blocking is forbidden (browser main thread), with the same result', async () => {
    setBlockingOverride(false);
    const buffer = new SharedArrayBuffer(16);
    const words = new Int32Array(buffer);
    const w = setLater(buffer, 0, 5, 120);
    const start = performance.now();
    expect(waitWhileEqual(words, 0, 0, Infinity)).toBe(true);
    expect(performance.now() - start).toBeGreaterThanOrEqual(80);
    expect(words[0]).toBe(5);
    await w.terminate();
  });

  it('times out, blocking or spinning', () => {
    const words = new Int32Array(new SharedArrayBuffer(8));
    for (const block of [true, false]) {
      setBlockingOverride(block);
      const start = performance.now();
      expect(waitWhileEqual(words, 0, 0, performance.now() + 60)).toBe(false);
      const waited = performance.now() - start;
      expect(waited).toBeGreaterThanOrEqual(55);
      expect(waited).toBeLessThan(1000);
    }
  });

  it('explains the COOP/COEP headers when a synchronous wait is impossible', () => {
    const block = StatusBlock.create(false);
    block.store(W.SEQ, 1);
    block.setState(ThreadState.Running);
    let err: unknown;
    try {
      block.waitDone(1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SharedMemoryUnavailableError);
    const msg = (err as Error).message;
    expect(msg).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(msg).toContain('Cross-Origin-Embedder-Policy: require-corp');
    expect(msg).toContain('is_done');
    expect(msg).toContain(COOP_COEP_HELP);
    // already finished: no error
    block.store(W.DONE_SEQ, 1);
    block.setState(ThreadState.Done);
    expect(block.waitDone(1)).toBe(true);
  });
});

describe('ComputeThread with a spinning main thread (browser main-thread path)', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = await makePool({ size: 2, initialResultBytes: 4096 });
  });
  afterAll(async () => {
    await pool.shutdown();
  });

  it('exec / eval and a 10 MB result through the grow negotiation, waiting by spinning', () => {
    setBlockingOverride(false);
    const t = new ComputeThreadCore(1, { pool });
    try {
      t.exec('g.x = 20;');
      expect(json(t.eval('g.x + 1'))).toBe(21);
      const big = t.eval('h.bytes(10 * 1024 * 1024, 5)');
      expect(bytesEqual(big!, patternBytes(10 * 1024 * 1024, 5))).toBe(true);
      t.submitExec('h.sleep(100);');
      expect(t.waitForDone(20)).toBe(false);
      expect(t.waitForDone()).toBe(true);
    } finally {
      t.dispose();
    }
  });
});

describe('browser main thread and a worker that has not started', () => {
  it('fails with an explanation instead of spinning forever', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkpy-silent-'));
    const outfile = path.join(dir, 'silent.mjs');
    await esbuild.build({
      entryPoints: [path.join(here, 'fixtures/silent-worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    const pool = new WorkerPool({ host: nodeHostFactory, workerUrl: pathToFileURL(outfile), size: 0, startupSpinMs: 300 });
    try {
      const t = new ComputeThreadCore(1, { pool });
      t.submitExec('1');
      setBlockingOverride(false);
      expect(t.waitForDone(100)).toBe(false);
      expect(() => t.waitForDone()).toThrow(/ComputeThread 1: its worker has not started yet.*warmUp\(\)/s);
      expect(t.isDone).toBe(false);
    } finally {
      await pool.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('without shared memory (page not cross-origin isolated): postMessage only', () => {
  let pool: WorkerPool;
  beforeAll(async () => {
    pool = await makePool({ size: 2, sharedMemory: false });
  });
  afterAll(async () => {
    await pool.shutdown();
  });

  it('submit + is_done polling works; waiting throws the COOP/COEP explanation', async () => {
    const t = new ComputeThreadCore(1, { pool });
    try {
      t.submitExec('g.n = 1; h.sleep(100);');
      expect(t.isDone).toBe(false);
      expect(() => t.waitForDone()).toThrow(SharedMemoryUnavailableError);
      expect(() => t.waitForDone()).toThrow(/Cross-Origin-Opener-Policy: same-origin/);
      expect(() => t.eval('1')).toThrow(/is busy/);
      while (!t.isDone) await sleep(5);
      expect(t.lastError()).toBeNull();
      expect(t.waitForDone()).toBe(true); // done already: fine

      t.submitEval('g.n + 41');
      await t.whenDone();
      expect(json(t.lastRetval())).toBe(42);

      t.submitExec('h.raise("Traceback (most recent call last):\\nZeroDivisionError: division by zero");');
      while (!t.isDone) await sleep(5);
      expect(t.lastError()).toBe('Traceback (most recent call last):\nZeroDivisionError: division by zero');

      // the synchronous forms need a blocking wait
      expect(() => t.exec('1')).toThrow(SharedMemoryUnavailableError);
      await t.whenDone();
    } finally {
      t.dispose();
    }
  });

  it('round-trips 10 MB by message', async () => {
    const t = new ComputeThreadCore(2, { pool });
    try {
      const payload = patternBytes(10 * 1024 * 1024, 77);
      const expected = payload.slice().reverse();
      t.submitCall('(p) => p.reverse()', payload);
      expect(payload.byteLength).toBe(0); // transferred
      await t.whenDone();
      expect(t.lastError()).toBeNull();
      expect(bytesEqual(t.lastRetval()!, expected)).toBe(true);
    } finally {
      t.dispose();
    }
  });
});
