import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComputeThreadCore, ComputeThreadError } from '../../vm/threads/compute-thread';
import type { WorkerPool } from '../../vm/threads/pool';
import { getDefaultPool, setDefaultPool } from '../../vm/threads/pool';
import { patternBytes } from './fixtures/js-runner';
import { bytesEqual, json, makePool, sleep } from './helpers';

let pool: WorkerPool;

beforeAll(async () => {
  pool = await makePool({ size: 4 });
  setDefaultPool(pool);
});

afterAll(async () => {
  setDefaultPool(null);
  await pool.shutdown();
});

function thread(i: number): ComputeThreadCore {
  return new ComputeThreadCore(i, { pool });
}

describe('ComputeThreadCore', () => {
  it('uses the default pool', () => {
    expect(getDefaultPool()).toBe(pool);
    const t = new ComputeThreadCore(9);
    try {
      expect(json(t.eval('g.vmIndex'))).toBe(9);
    } finally {
      t.dispose();
    }
  });

  it('is done before any job, with no error and no retval', () => {
    const t = thread(1);
    try {
      expect(t.isDone).toBe(true);
      expect(t.lastError()).toBeNull();
      expect(t.lastRetval()).toBeNull();
      expect(t.waitForDone()).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('waits synchronously on the Node main thread (exec / eval / call)', () => {
    const t = thread(1);
    try {
      // no await anywhere: the result must arrive while the event loop is blocked
      t.exec('g.counter = 40;');
      expect(json(t.eval('g.counter + 2'))).toBe(42);
      const payload = new TextEncoder().encode(JSON.stringify([3, 4]));
      expect(json(t.call('(p) => { const [a, b] = JSON.parse(new TextDecoder().decode(p)); return a * b; }', payload))).toBe(12);
      expect(t.exec('g.sideEffect = 1;')).toBeUndefined();
      expect(t.lastRetval()).toBeNull(); // exec has no value
    } finally {
      t.dispose();
    }
  });

  it('keeps VM state between jobs', () => {
    const t = thread(2);
    try {
      t.exec('g.items = [];');
      for (let i = 0; i < 5; i++) t.exec(`g.items.push(${i});`);
      expect(json(t.eval('g.items'))).toEqual([0, 1, 2, 3, 4]);
    } finally {
      t.dispose();
    }
  });

  it('polls is_done without blocking while a job runs', async () => {
    const t = thread(3);
    try {
      t.submitEval('(h.sleep(300), "slept")');
      expect(t.isDone).toBe(false);
      let polls = 0;
      while (!t.isDone) {
        polls++;
        await sleep(10);
      }
      expect(polls).toBeGreaterThan(5);
      expect(t.lastError()).toBeNull();
      expect(json(t.lastRetval())).toBe('slept');
    } finally {
      t.dispose();
    }
  });

  it('polls is_done from a busy loop without ever yielding (no message can arrive)', () => {
    const t = thread(3);
    try {
      t.submitEval('(h.sleep(100), 7)');
      const start = Date.now();
      while (!t.isDone) {
        if (Date.now() - start > 10_000) throw new Error('timed out');
      }
      expect(json(t.lastRetval())).toBe(7);
    } finally {
      t.dispose();
    }
  });

  it('resolves whenDone()', async () => {
    const t = thread(4);
    try {
      t.submitEval('(h.sleep(50), [1, 2])');
      await t.whenDone();
      expect(t.isDone).toBe(true);
      expect(json(t.lastRetval())).toEqual([1, 2]);
      await t.whenDone(); // already done
    } finally {
      t.dispose();
    }
  });

  it('refuses to submit while busy, and to read results before done', () => {
    const t = thread(5);
    try {
      t.submitExec('h.sleep(200);');
      expect(() => t.submitEval('1')).toThrow(/ComputeThread 5 is busy: wait for the current job/);
      expect(() => t.submitExec('1')).toThrow(/is busy/);
      expect(() => t.submitCall('x', new Uint8Array(1))).toThrow(/is busy/);
      expect(() => t.exec('1')).toThrow(/is busy/);
      expect(() => t.lastRetval()).toThrow(/ComputeThread 5 is still running/);
      expect(() => t.lastError()).toThrow(/still running/);
      expect(t.waitForDone()).toBe(true);
      expect(json(t.eval('"free again"'))).toBe('free again');
    } finally {
      t.dispose();
    }
  });

  it('reports errors as traceback text and stays usable', () => {
    const t = thread(6);
    try {
      const tb = 'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nValueError: bad value';
      t.exec('g.before = "kept";');
      t.submitExec(`h.raise(${JSON.stringify(tb)});`);
      expect(t.waitForDone()).toBe(true);
      expect(t.lastError()).toBe(tb);
      expect(t.lastRetval()).toBeNull();

      // a JS error thrown by the runner
      t.submitEval('undefinedName.x');
      t.waitForDone();
      expect(t.lastError()).toMatch(/^ReferenceError: undefinedName is not defined/);

      // the synchronous forms throw ComputeThreadError carrying the text
      let caught: unknown;
      try {
        t.eval(`h.raise(${JSON.stringify(tb)})`);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ComputeThreadError);
      expect((caught as ComputeThreadError).traceback).toBe(tb);
      expect((caught as ComputeThreadError).vmIndex).toBe(6);

      // still usable, state kept, error cleared by the next job
      expect(json(t.eval('g.before'))).toBe('kept');
      expect(t.lastError()).toBeNull();
    } finally {
      t.dispose();
    }
  });

  it('reports a long traceback (larger than the shared buffer)', () => {
    const t = thread(6);
    try {
      t.submitExec('h.raise("Traceback:\\n" + "  File \\"x.py\\", line 1\\n".repeat(20000) + "RecursionError: too deep");');
      t.waitForDone();
      const err = t.lastError()!;
      expect(err.startsWith('Traceback:\n')).toBe(true);
      expect(err.endsWith('RecursionError: too deep')).toBe(true);
      expect(err.length).toBeGreaterThan(400_000);
    } finally {
      t.dispose();
    }
  });

  it('round-trips a 10 MB payload intact (synchronous wait)', () => {
    const t = thread(7);
    try {
      const size = 10 * 1024 * 1024;
      const payload = patternBytes(size, 12345);
      const expected = payload.slice();
      // the worker checks what it received and echoes it back reversed
      const out = t.call('(p) => { const r = p.slice(); r.reverse(); return r; }', payload);
      expect(payload.byteLength).toBe(0); // transferred, not copied
      expect(out).not.toBeNull();
      expect(out!.byteLength).toBe(size);
      expected.reverse();
      expect(bytesEqual(out!, expected)).toBe(true);
      // a second, larger result grows the buffer again
      const big = t.eval('h.bytes(12 * 1024 * 1024 + 3, 99)');
      expect(bytesEqual(big!, patternBytes(12 * 1024 * 1024 + 3, 99))).toBe(true);
      // and small results still work with the big buffer
      expect(json(t.eval('"small"'))).toBe('small');
    } finally {
      t.dispose();
    }
  });

  it('round-trips a 10 MB result when only polling (grow negotiated through is_done)', async () => {
    const t = thread(8);
    try {
      t.submitEval('h.bytes(10 * 1024 * 1024, 7)');
      while (!t.isDone) await sleep(5);
      expect(t.lastError()).toBeNull();
      expect(bytesEqual(t.lastRetval()!, patternBytes(10 * 1024 * 1024, 7))).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('round-trips a 10 MB result through whenDone() alone (grow negotiated by message)', async () => {
    const t = thread(8);
    try {
      t.submitEval('h.bytes(10 * 1024 * 1024, 8)');
      await t.whenDone();
      expect(bytesEqual(t.lastRetval()!, patternBytes(10 * 1024 * 1024, 8))).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('copies a payload that does not own its whole buffer instead of detaching it', () => {
    const t = thread(10);
    try {
      const backing = patternBytes(1000, 3);
      const view = backing.subarray(100, 200);
      const out = t.call('(p) => p', view);
      expect(backing.byteLength).toBe(1000);
      expect(bytesEqual(out!, backing.subarray(100, 200))).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('waitForDone honours a timeout', () => {
    const t = thread(11);
    try {
      t.submitExec('h.sleep(400);');
      const start = performance.now();
      expect(t.waitForDone(50)).toBe(false);
      const waited = performance.now() - start;
      expect(waited).toBeGreaterThanOrEqual(45);
      expect(waited).toBeLessThan(350);
      expect(t.isDone).toBe(false);
      expect(t.waitForDone()).toBe(true);
    } finally {
      t.dispose();
    }
  });

  it('hot-reloads module sources', () => {
    const t = new ComputeThreadCore(12, {
      pool,
      moduleSources: { kind: 'map', modules: { worldgen: 'return { version: () => 1 };' } },
    });
    try {
      expect(json(t.eval('h.require("worldgen").version()'))).toBe(1);
      t.updateModuleSources({ kind: 'map', modules: { worldgen: 'return { version: () => 2 };' } });
      expect(json(t.eval('h.require("worldgen").version()'))).toBe(2);
    } finally {
      t.dispose();
    }
  });

  it('reports a VM that failed to start on every job', () => {
    const t = new ComputeThreadCore(13, { pool, moduleSources: { kind: 'map', modules: { __fail_init__: 'boom' } } });
    try {
      expect(() => t.exec('1')).toThrow(/could not start the VM of ComputeThread 13:\nError: init failed on purpose: boom/);
      t.submitEval('1');
      t.waitForDone();
      expect(t.lastError()).toMatch(/init failed on purpose/);
    } finally {
      t.dispose();
    }
  });

  it('refuses jobs after dispose', () => {
    const t = thread(14);
    t.dispose();
    expect(t.isClosed).toBe(true);
    expect(() => t.submitExec('1')).toThrow(/ComputeThread 14 has been closed/);
    t.dispose(); // idempotent
  });
});
