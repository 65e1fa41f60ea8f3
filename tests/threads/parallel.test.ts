// Jobs on several slots overlap in time. The jobs sleep with Atomics.wait (no CPU), so the overlap is real even on a
// 2-core machine; margins are generous.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeThreadCore } from '../../vm/threads/compute-thread';
import type { WorkerPool } from '../../vm/threads/pool';
import { json, makePool, sleep } from './helpers';

let pool: WorkerPool;

beforeAll(async () => {
  pool = await makePool({ size: 15 });
});

afterAll(async () => {
  await pool.shutdown();
});

describe('parallelism', () => {
  it('4 jobs of 400 ms on 4 slots take far less than 1600 ms (synchronous waits)', () => {
    const threads = [1, 2, 3, 4].map((i) => new ComputeThreadCore(i, { pool }));
    try {
      const start = performance.now();
      for (const t of threads) t.submitEval('(h.sleep(400), g.vmIndex)');
      for (const t of threads) expect(t.waitForDone()).toBe(true);
      const elapsed = performance.now() - start;
      expect(threads.map((t) => json(t.lastRetval()))).toEqual([1, 2, 3, 4]);
      expect(elapsed).toBeGreaterThanOrEqual(390);
      expect(elapsed).toBeLessThan(1100);
    } finally {
      for (const t of threads) t.dispose();
    }
  });

  it('4 jobs of 400 ms overlap when polled with is_done', async () => {
    const threads = [5, 6, 7, 8].map((i) => new ComputeThreadCore(i, { pool }));
    try {
      const start = performance.now();
      for (const t of threads) t.submitExec('h.sleep(400); g.done = true;');
      while (!threads.every((t) => t.isDone)) await sleep(5);
      const elapsed = performance.now() - start;
      expect(threads.map((t) => t.lastError())).toEqual([null, null, null, null]);
      expect(elapsed).toBeLessThan(1100);
    } finally {
      for (const t of threads) t.dispose();
    }
  });

  it('runs all 15 slots at once', () => {
    const threads: ComputeThreadCore[] = [];
    for (let i = 1; i <= 15; i++) threads.push(new ComputeThreadCore(i, { pool }));
    try {
      expect(pool.usedIndices).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      // every slot has its own worker
      expect(new Set(threads.map((t) => t.workerId)).size).toBe(15);
      const start = performance.now();
      for (const t of threads) t.submitEval('(h.sleep(300), g.vmIndex * 10)');
      for (const t of threads) t.waitForDone();
      const elapsed = performance.now() - start;
      expect(threads.map((t) => json(t.lastRetval()))).toEqual(threads.map((_, k) => (k + 1) * 10));
      // 15 x 300 ms = 4500 ms sequentially
      expect(elapsed).toBeLessThan(2000);
      expect(() => new ComputeThreadCore(16, { pool })).toThrow('VM index must be between 1 and 15, got 16');
    } finally {
      for (const t of threads) t.dispose();
    }
  });

  it('keeps the main thread free while workers run (async submit)', async () => {
    const t = new ComputeThreadCore(1, { pool });
    try {
      t.submitExec('h.sleep(300);');
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      await t.whenDone();
      clearInterval(timer);
      expect(ticks).toBeGreaterThan(10);
    } finally {
      t.dispose();
    }
  });
});
