import { afterEach, describe, expect, it } from 'vitest';
import { ComputeThreadCore } from '../../vm/threads/compute-thread';
import { nodeHostFactory } from '../../vm/threads/host-node';
import { WorkerPool, checkVmIndex, defaultPoolSize, getDefaultPool, setDefaultPool } from '../../vm/threads/pool';
import { patternBytes } from './fixtures/js-runner';
import { buildTestWorker, bytesEqual, json, makePool, sleep } from './helpers';

const pools: WorkerPool[] = [];
async function pool(options: Parameters<typeof makePool>[0] = {}): Promise<WorkerPool> {
  const p = await makePool(options);
  pools.push(p);
  return p;
}

afterEach(async () => {
  for (const p of pools.splice(0)) await p.shutdown();
});

describe('VM index validation', () => {
  it('accepts 1..15 only', async () => {
    const p = await pool({ size: 1 });
    for (const bad of [0, 16, -1, 1.5, NaN, Infinity]) {
      expect(() => p.acquire(bad)).toThrow(`VM index must be between 1 and 15, got ${bad}`);
    }
    expect(() => checkVmIndex('3')).toThrow('VM index must be between 1 and 15, got "3"');
    expect(checkVmIndex(15)).toBe(15);
    expect(() => new ComputeThreadCore(0, { pool: p })).toThrow('VM index must be between 1 and 15, got 0');
  });

  it('refuses an index already in use, until it is released', async () => {
    const p = await pool({ size: 1 });
    const a = new ComputeThreadCore(3, { pool: p });
    expect(() => new ComputeThreadCore(3, { pool: p })).toThrow('VM index 3 is already in use');
    expect(p.isInUse(3)).toBe(true);
    a.dispose();
    expect(p.isInUse(3)).toBe(false);
    const b = new ComputeThreadCore(3, { pool: p });
    expect(json(b.eval('g.vmIndex'))).toBe(3);
    b.dispose();
  });

  it('needs a configured default pool', () => {
    setDefaultPool(null);
    expect(() => getDefaultPool()).toThrow(/no worker pool has been configured/);
    expect(() => new ComputeThreadCore(1)).toThrow(/no worker pool has been configured/);
  });
});

describe('warm pool', () => {
  it('defaults to hardware concurrency - 1 (at least 1, at most 15)', async () => {
    expect([0, 1, 2, 4, 8, 16, 64].map(defaultPoolSize)).toEqual([1, 1, 1, 3, 7, 15, 15]);
    const url = await buildTestWorker();
    const p = new WorkerPool({ host: { ...nodeHostFactory, hardwareConcurrency: () => 3 }, workerUrl: url });
    pools.push(p);
    expect(p.size).toBe(2);
    expect(p.idleCount).toBe(2);
    const q = new WorkerPool({ host: nodeHostFactory, workerUrl: url, size: 40 });
    pools.push(q);
    expect(q.size).toBe(15);
  });

  it('spawns warm workers up front and reuses a worker after its slot is released', async () => {
    const p = await pool({ size: 2 });
    expect(p.idleCount).toBe(2);
    const a = new ComputeThreadCore(1, { pool: p });
    expect(p.idleCount).toBe(1);
    a.exec('g.secret = "from VM 1";');
    const worker = a.workerId;
    a.dispose();
    expect(p.idleCount).toBe(2);

    // the next slot gets a warm worker; eventually the same one again
    const b = new ComputeThreadCore(2, { pool: p });
    const c = new ComputeThreadCore(5, { pool: p });
    expect([b.workerId, c.workerId]).toContain(worker);
    const reused = b.workerId === worker ? b : c;
    // a fresh VM: no state leaks from the previous slot, and the new index is seen
    expect(json(reused.eval('g.secret === undefined ? null : g.secret'))).toBeNull();
    expect(json(reused.eval('g.vmIndex'))).toBe(reused.vmIndex);
    b.dispose();
    c.dispose();
  });

  it('spawns extra workers beyond the warm ones when needed', async () => {
    const p = await pool({ size: 1 });
    const a = new ComputeThreadCore(1, { pool: p });
    const b = new ComputeThreadCore(2, { pool: p }); // cold worker; the sync wait must still work
    expect(json(b.eval('1 + 1'))).toBe(2);
    expect(a.workerId).not.toBe(b.workerId);
    a.dispose();
    b.dispose();
    expect(p.idleCount).toBe(2);
  });

  it('kills a worker released in the middle of a job, frees the index and keeps the pool warm', async () => {
    const p = await pool({ size: 1 });
    const a = new ComputeThreadCore(4, { pool: p });
    const worker = a.workerId;
    a.submitExec('h.sleep(5000);');
    const waiter = a.whenDone();
    a.dispose();
    await waiter; // resolved, not hanging
    expect(p.isInUse(4)).toBe(false);
    expect(p.idleCount).toBe(1);
    const b = new ComputeThreadCore(4, { pool: p });
    expect(b.workerId).not.toBe(worker);
    const start = performance.now();
    expect(json(b.eval('"fresh"'))).toBe('fresh');
    expect(performance.now() - start).toBeLessThan(3000); // not stuck behind the killed job
    b.dispose();
  });

  it('broadcasts pool-wide hot reloads to slots that follow the pool sources', async () => {
    const p = await pool({ size: 2, moduleSources: { kind: 'map', modules: { m: 'return { v: 1 };' } } });
    const a = new ComputeThreadCore(1, { pool: p });
    const own = new ComputeThreadCore(2, { pool: p, moduleSources: { kind: 'map', modules: { m: 'return { v: 100 };' } } });
    expect(json(a.eval('h.require("m").v'))).toBe(1);
    expect(json(own.eval('h.require("m").v'))).toBe(100);
    p.updateModuleSources({ kind: 'map', modules: { m: 'return { v: 2 };' } });
    expect(json(a.eval('h.require("m").v'))).toBe(2);
    expect(json(own.eval('h.require("m").v'))).toBe(100);
    a.dispose();
    // VMs built later use the new sources
    const c = new ComputeThreadCore(1, { pool: p });
    expect(json(c.eval('h.require("m").v'))).toBe(2);
    c.dispose();
    own.dispose();
  });

  it('passes fs module sources through', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkpy-mods-'));
    fs.writeFileSync(path.join(dir, 'worldgen.js'), 'return { answer: 42 };');
    const p = await pool({ size: 1, moduleSources: { kind: 'fs', paths: [dir] } });
    const t = new ComputeThreadCore(1, { pool: p });
    expect(json(t.eval('h.require("worldgen").answer'))).toBe(42);
    t.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports a crashed worker to the slot instead of hanging', async () => {
    const p = await pool({ size: 1 });
    const slot = p.acquire(1);
    slot.submit('exec', 'process.exit(3);'); // kills the worker thread
    await slot.whenDone();
    const o = slot.lastOutcome();
    expect(o && !o.ok && o.traceback).toMatch(/ComputeThread 1 stopped during its job: worker exited unexpectedly with code 3/);
    expect(() => slot.submit('eval', '1')).toThrow(/cannot run jobs: its worker stopped/);
    slot.release();
    expect(p.isInUse(1)).toBe(false);
    const t = new ComputeThreadCore(1, { pool: p });
    expect(json(t.eval('5'))).toBe(5);
    t.dispose();
  });

  it('reports a worker script that cannot load', async () => {
    const p = new WorkerPool({ host: nodeHostFactory, workerUrl: '/nonexistent/worker.mjs', size: 1, onFatal: () => undefined });
    pools.push(p);
    await expect(p.warmUp()).rejects.toThrow(/ComputeThread worker failed to start/);
  });
});

describe('shared result buffer', () => {
  it('grows on demand and stays grown', async () => {
    const p = await pool({ size: 1, initialResultBytes: 1024 });
    const slot = p.acquire(1);
    expect(slot.resultCapacity).toBe(1024);
    slot.submit('eval', 'h.bytes(1000, 1)');
    slot.wait();
    expect(slot.resultCapacity).toBe(1024);
    slot.submit('eval', 'h.bytes(100000, 2)');
    slot.wait();
    expect(slot.resultCapacity).toBeGreaterThanOrEqual(100000);
    const o = slot.lastOutcome();
    expect(o?.ok && bytesEqual(o.value!, patternBytes(100000, 2))).toBe(true);
    slot.release();
  });

  it('leaves the previous outcome readable until the next submit', async () => {
    const p = await pool({ size: 1 });
    const slot = p.acquire(2);
    slot.submit('eval', '"first"');
    slot.wait();
    const first = slot.lastOutcome();
    expect(first?.ok && json(first.value)).toBe('first');
    expect(slot.lastOutcome()).toBe(first); // same object, copied once
    await sleep(1);
    slot.release();
  });
});
