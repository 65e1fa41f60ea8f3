// Stress the moments where the worker flips the status block while the main thread reads it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeThreadCore } from '../../vm/threads/compute-thread';
import type { WorkerPool } from '../../vm/threads/pool';
import { setBlockingOverride } from '../../vm/threads/signal';
import { patternBytes } from './fixtures/js-runner';
import { bytesEqual, json, makePool, sleep } from './helpers';

let pool: WorkerPool;
beforeAll(async () => {
  pool = await makePool({ size: 2, initialResultBytes: 256 });
});
afterAll(async () => {
  setBlockingOverride(null);
  await pool.shutdown();
});

describe('status races', () => {
  it('busy-polling is_done always sees a consistent outcome', () => {
    const t = new ComputeThreadCore(1, { pool });
    try {
      for (let k = 0; k < 300; k++) {
        const fail = k % 3 === 0;
        t.submitEval(fail ? `h.raise("E${k}")` : `[${k}]`);
        while (!t.isDone) {
          // spin
        }
        if (fail) {
          expect(t.lastError()).toBe(`E${k}`);
          expect(t.lastRetval()).toBeNull();
        } else {
          expect(t.lastError()).toBeNull();
          expect(json(t.lastRetval())).toEqual([k]);
        }
      }
    } finally {
      t.dispose();
    }
  });

  it('alternating blocking, spinning and polling waits, small and grown results, slot reuse', async () => {
    for (let k = 0; k < 40; k++) {
      const t = new ComputeThreadCore(1 + (k % 3), { pool });
      try {
        const size = k % 4 === 0 ? 300_000 + k : 10 + k;
        t.submitEval(`h.bytes(${size}, ${k + 1})`);
        const mode = k % 3;
        if (mode === 0) {
          setBlockingOverride(null);
          expect(t.waitForDone()).toBe(true);
        } else if (mode === 1) {
          setBlockingOverride(false);
          expect(t.waitForDone()).toBe(true);
          setBlockingOverride(null);
        } else {
          while (!t.isDone) await sleep(0);
        }
        expect(bytesEqual(t.lastRetval()!, patternBytes(size, k + 1))).toBe(true);
      } finally {
        t.dispose();
      }
    }
  });
});
