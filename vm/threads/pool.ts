// A warm pool of workers, and the main-thread side of one thread slot (a worker bound to a VM index).
//
// Workers are spawned ahead of time so that creating a ComputeThread doesn't pay worker start-up. A slot binds a
// worker to a VM index (1..15) and builds a fresh VM in it (`init`); releasing the slot drops that VM (`reset`) and
// puts the worker back in the pool.
//
// Result path. With shared memory, the worker writes a job's outcome into a shared result buffer and then flips the
// status word (signal.ts), so the main thread can read it synchronously, even from inside a blocking wait during which
// no message can be received. A result larger than the buffer makes the worker ask for a bigger one (state NeedGrow +
// a `needGrow` message); the main thread allocates it and sends it with a `grow` message, which the worker can
// receive because only the main thread is blocked. Without shared memory, outcomes come by postMessage (transferred)
// and only polling works.

import type { WorkerHost, WorkerHostFactory } from './host';
import type { JobKind, ModuleSources, WorkerToMain } from './protocol';
import { transferable } from './protocol';
import { StatusBlock, ThreadState, W, canBlock, hasSharedMemory, now, waitWhileEqual } from './signal';

export const MAX_VM_INDEX = 15;
const DEFAULT_RESULT_BYTES = 64 * 1024;
const RESULT_ROUND = 64 * 1024;
/** browser main thread: how long a synchronous wait spins for a worker that has not started yet */
const DEFAULT_STARTUP_SPIN_MS = 5000;

export type JobOutcome = { ok: true; value: Uint8Array | null } | { ok: false; traceback: string };

export interface PoolOptions {
  /** How to spawn workers: `nodeHostFactory` (host-node.ts) or `browserHostFactory` (host-browser.ts). */
  host: WorkerHostFactory;
  /** The worker script (an ES module that calls `startWorker`). */
  workerUrl: string | URL;
  /** Workers kept warm. Default: hardware concurrency - 1, at least 1, at most 15. */
  size?: number;
  /** Module sources given to new VMs unless a slot asks for others. Default: an empty map. */
  moduleSources?: ModuleSources;
  /** Use shared memory (blocking waits, shared result buffer). Default: when available. */
  sharedMemory?: boolean;
  /** Initial size of each slot's shared result buffer. Default 64 KiB; it grows on demand. */
  initialResultBytes?: number;
  /**
   * Where waits spin (browser main thread): how long a synchronous wait waits for a worker that has not started yet
   * before throwing an explanation. Default 5000 ms.
   */
  startupSpinMs?: number;
  /** Called with messages about failures that belong to no job. Default: console.warn. */
  onFatal?: (message: string, vmIndex: number | null) => void;
}

interface PooledWorker {
  readonly id: number;
  readonly host: WorkerHost;
  readonly ready: Promise<void>;
  isReady: boolean;
  slot: WorkerSlot | null;
  dead: string | null;
}

export function checkVmIndex(vmIndex: unknown): number {
  if (typeof vmIndex !== 'number' || !Number.isInteger(vmIndex) || vmIndex < 1 || vmIndex > MAX_VM_INDEX) {
    const shown = typeof vmIndex === 'number' ? String(vmIndex) : typeof vmIndex === 'string' ? JSON.stringify(vmIndex) : String(vmIndex);
    throw new RangeError(`VM index must be between 1 and ${MAX_VM_INDEX}, got ${shown}`);
  }
  return vmIndex;
}

/** Hardware concurrency - 1 (the main thread keeps a core), at least 1, at most 15. */
export function defaultPoolSize(hardwareConcurrency: number): number {
  const hw = Math.max(1, Math.floor(hardwareConcurrency || 1));
  return Math.min(MAX_VM_INDEX, Math.max(1, hw - 1));
}

export class WorkerPool {
  readonly size: number;
  readonly sharedMemory: boolean;
  private readonly host: WorkerHostFactory;
  private readonly workerUrl: string | URL;
  private readonly initialResultBytes: number;
  /** @internal */
  readonly startupSpinMs: number;
  private readonly onFatal: (message: string, vmIndex: number | null) => void;
  private moduleSources: ModuleSources;
  private readonly idle: PooledWorker[] = [];
  private readonly slots = new Map<number, WorkerSlot>();
  private readonly all = new Set<PooledWorker>();
  private nextWorkerId = 1;
  private closed = false;

  constructor(options: PoolOptions) {
    this.host = options.host;
    this.workerUrl = options.workerUrl;
    const size = options.size ?? defaultPoolSize(options.host.hardwareConcurrency());
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`pool size must be a non-negative integer, got ${size}`);
    this.size = Math.min(MAX_VM_INDEX, size);
    this.sharedMemory = options.sharedMemory ?? hasSharedMemory();
    if (this.sharedMemory && !hasSharedMemory()) {
      throw new Error('WorkerPool: sharedMemory requested but SharedArrayBuffer is not available here');
    }
    this.initialResultBytes = Math.max(16, options.initialResultBytes ?? DEFAULT_RESULT_BYTES);
    this.startupSpinMs = options.startupSpinMs ?? DEFAULT_STARTUP_SPIN_MS;
    this.moduleSources = options.moduleSources ?? { kind: 'map', modules: {} };
    this.onFatal =
      options.onFatal ??
      ((message, vmIndex) => {
        console.warn(`[ComputeThread${vmIndex === null ? '' : ` ${vmIndex}`}] ${message}`);
      });
    for (let i = 0; i < this.size; i++) this.idle.push(this.spawn());
  }

  /** Resolves when every worker currently in the pool (idle or bound) has loaded its script. */
  async warmUp(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.ready));
  }

  /** Number of workers waiting in the pool. */
  get idleCount(): number {
    return this.idle.length;
  }

  /** VM indices currently bound. */
  get usedIndices(): number[] {
    return [...this.slots.keys()].sort((a, b) => a - b);
  }

  isInUse(vmIndex: number): boolean {
    return this.slots.has(vmIndex);
  }

  /** Binds a worker (a warm one if any) to `vmIndex` and builds its VM. */
  acquire(vmIndex: number, moduleSources?: ModuleSources): WorkerSlot {
    checkVmIndex(vmIndex);
    if (this.closed) throw new Error('ComputeThread: the worker pool has been shut down');
    if (this.slots.has(vmIndex)) throw new Error(`VM index ${vmIndex} is already in use`);
    const worker = this.idle.shift() ?? this.spawn();
    const slot = new WorkerSlot(this, worker, vmIndex, moduleSources ?? this.moduleSources, moduleSources === undefined);
    worker.slot = slot;
    this.slots.set(vmIndex, slot);
    return slot;
  }

  /** Hot reload: new module sources for the VMs that use the pool's sources (and for VMs built later). */
  updateModuleSources(moduleSources: ModuleSources): void {
    this.moduleSources = moduleSources;
    for (const slot of this.slots.values()) {
      if (slot.usesPoolSources) slot.updateModuleSources(moduleSources, true);
    }
  }

  /** Kills every worker. Bound slots become unusable. */
  async shutdown(): Promise<void> {
    this.closed = true;
    const workers = [...this.all];
    this.all.clear();
    this.idle.length = 0;
    for (const slot of [...this.slots.values()]) slot.markDead('the worker pool was shut down');
    this.slots.clear();
    await Promise.all(workers.map((w) => w.host.terminate().catch(() => undefined)));
  }

  // --- internal, used by WorkerSlot -------------------------------------------------------------------------------

  /** @internal */
  get resultBytes(): number {
    return this.initialResultBytes;
  }

  /** @internal called by WorkerSlot.release */
  releaseSlot(slot: WorkerSlot, worker: PooledWorker, reusable: boolean): void {
    if (this.slots.get(slot.vmIndex) === slot) this.slots.delete(slot.vmIndex);
    worker.slot = null;
    if (this.closed) return;
    if (worker.dead) {
      if (this.idle.length < this.size) this.idle.push(this.spawn()); // keep the pool warm
      return;
    }
    if (reusable) {
      worker.host.post({ type: 'reset' });
      if (worker.isReady) worker.host.setKeepAlive(false);
      if (this.idle.length < MAX_VM_INDEX) {
        this.idle.push(worker);
        return;
      }
    }
    this.kill(worker);
    if (this.idle.length < this.size) this.idle.push(this.spawn());
  }

  /** @internal */
  fatal(message: string, vmIndex: number | null): void {
    this.onFatal(message, vmIndex);
  }

  private kill(worker: PooledWorker): void {
    this.all.delete(worker);
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    worker.host.terminate().catch(() => undefined);
  }

  private spawn(): PooledWorker {
    const id = this.nextWorkerId++;
    const host = this.host.spawn(this.workerUrl, `pkpy-compute-${id}`);
    let resolveReady!: () => void;
    let rejectReady!: (e: Error) => void;
    const ready = new Promise<void>((res, rej) => {
      resolveReady = res;
      rejectReady = rej;
    });
    ready.catch(() => undefined); // reported through warmUp() / the slot, never unhandled
    const worker: PooledWorker = { id, host, ready, isReady: false, slot: null, dead: null };
    host.onMessage((msg: WorkerToMain) => {
      if (msg.type === 'ready') {
        worker.isReady = true;
        resolveReady();
        // an idle worker (or one whose slot has no job in flight) must not keep a Node process alive
        if (!worker.slot || worker.slot.isDone) host.setKeepAlive(false);
        return;
      }
      if (worker.slot) worker.slot.onMessage(msg);
      else if (msg.type === 'fatal') this.fatal(msg.message, null);
    });
    host.onError((message) => {
      worker.dead = message;
      rejectReady(new Error(`ComputeThread worker failed to start: ${message}`));
      this.all.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      if (worker.slot) worker.slot.markDead(message);
      else this.fatal(`an idle worker stopped: ${message}`, null);
    });
    this.all.add(worker);
    return worker;
  }
}

const decoder = new TextDecoder();

/** The main-thread side of one bound worker: submits jobs, tracks completion, reads outcomes. */
export class WorkerSlot {
  readonly vmIndex: number;
  readonly workerId: number;
  /** whether this slot follows the pool's module sources (hot reload through the pool) */
  usesPoolSources: boolean;
  private readonly status: StatusBlock;
  private resultView: Uint8Array | null;
  private seq = 0;
  private finished = true;
  private outcome: JobOutcome | null = null;
  /** shared mode: ok outcome whose bytes are still in the shared buffer (copied on first read) */
  private lazyLen: number | null = null;
  private grantedSeq = 0;
  private messageTraceback: { seq: number; text: string } | null = null;
  private waiters: Array<() => void> = [];
  private dead: string | null = null;
  private released = false;

  /** @internal use WorkerPool.acquire */
  constructor(
    private readonly pool: WorkerPool,
    private readonly worker: PooledWorker,
    vmIndex: number,
    moduleSources: ModuleSources,
    usesPoolSources: boolean,
  ) {
    this.vmIndex = vmIndex;
    this.workerId = worker.id;
    this.usesPoolSources = usesPoolSources;
    const shared = pool.sharedMemory;
    this.status = StatusBlock.create(shared);
    const resultSab = shared ? new SharedArrayBuffer(pool.resultBytes) : null;
    this.resultView = resultSab ? new Uint8Array(resultSab) : null;
    worker.host.post({
      type: 'init',
      vmIndex,
      moduleSources,
      signal: shared ? (this.status.buffer as SharedArrayBuffer) : null,
      result: resultSab,
    });
  }

  get shared(): boolean {
    return this.status.shared;
  }

  /** Non-blocking: true when no job is running (also before the first job). */
  get isDone(): boolean {
    return this.poll();
  }

  get isReleased(): boolean {
    return this.released;
  }

  /** Why the worker stopped, if it did. */
  get deadReason(): string | null {
    return this.dead;
  }

  /** Byte size of the shared result buffer (0 without shared memory). */
  get resultCapacity(): number {
    return this.resultView?.byteLength ?? 0;
  }

  /** Starts a job. Throws if one is running, or if the slot is released or its worker dead. */
  submit(kind: JobKind, source: string, payload: Uint8Array | null = null): void {
    this.checkUsable();
    if (!this.poll()) throw new Error(`ComputeThread ${this.vmIndex} is busy`);
    const seq = ++this.seq;
    this.finished = false;
    this.outcome = null;
    this.lazyLen = null;
    this.messageTraceback = null;
    this.status.store(W.SEQ, seq);
    this.status.setState(ThreadState.Running);
    this.worker.host.setKeepAlive(true);
    if (payload) {
      const t = transferable(payload);
      this.worker.host.post({ type: 'job', seq, kind, source, payload: t.bytes }, t.transfer);
    } else {
      this.worker.host.post({ type: 'job', seq, kind, source, payload: null });
    }
  }

  /**
   * Blocks until the current job is done (Atomics.wait, or a spin on a browser main thread), at most `timeoutMs`.
   * Returns false on timeout. Without shared memory, throws SharedMemoryUnavailableError unless already done.
   */
  wait(timeoutMs = Infinity): boolean {
    if (this.poll()) return true;
    const seq = this.seq;
    const start = now();
    if (this.status.shared && !canBlock() && this.status.load(W.INIT_ACK) === 0) {
      // Browser main thread: a worker that has not started yet may need this thread's event loop to start, so spinning
      // could last forever. Give it a moment, then fail with an explanation instead of hanging the page.
      const limit = Math.min(timeoutMs, this.pool.startupSpinMs);
      if (!waitWhileEqual(this.status.words, W.INIT_ACK, 0, start + limit)) {
        if (timeoutMs <= this.pool.startupSpinMs) return false;
        throw new Error(
          `ComputeThread ${this.vmIndex}: its worker has not started yet, and a browser page cannot wait for a worker ` +
            'to start while its main thread is blocked. Create the ComputeThread earlier (or await the pool\'s ' +
            'warmUp()) before waiting synchronously, or use submit_* and poll is_done.',
        );
      }
    }
    const left = timeoutMs === Infinity ? Infinity : Math.max(0, timeoutMs - (now() - start));
    const ok = this.status.waitDone(seq, left, (size) => this.grow(seq, size));
    return ok ? this.poll() : false;
  }

  /** Resolves when the current job is done (immediately if none runs). Never rejects. */
  whenDone(): Promise<void> {
    if (this.poll()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The outcome of the last finished job, null before the first job. Throws while a job runs. */
  lastOutcome(): JobOutcome | null {
    if (!this.poll()) throw new Error(`ComputeThread ${this.vmIndex} is still running a job`);
    if (this.lazyLen !== null && this.resultView) {
      // copy out of the shared buffer (a later job or grow would overwrite it)
      this.outcome = { ok: true, value: this.resultView.slice(0, this.lazyLen) };
      this.lazyLen = null;
    }
    return this.outcome;
  }

  /** Hot reload for this VM. Applied by the worker after its current job. */
  updateModuleSources(moduleSources: ModuleSources, fromPool = false): void {
    this.checkUsable();
    if (!fromPool) this.usesPoolSources = false;
    this.worker.host.post({ type: 'updateModules', moduleSources });
  }

  /**
   * Frees the VM index. An idle worker goes back to the pool (its VM is dropped); a worker in the middle of a job is
   * killed (a new warm one replaces it).
   */
  release(): void {
    if (this.released) return;
    const reusable = !this.dead && this.poll();
    this.released = true;
    if (!this.finished) this.finish({ ok: false, traceback: `ComputeThread ${this.vmIndex} was closed during its job` });
    this.pool.releaseSlot(this, this.worker, reusable);
  }

  // --- internal ---------------------------------------------------------------------------------------------------

  /** @internal */
  onMessage(msg: WorkerToMain): void {
    if (this.released) return;
    switch (msg.type) {
      case 'result':
        if (msg.seq !== this.seq || this.finished) return;
        if (this.status.shared) this.poll();
        else {
          this.status.store(W.DONE_SEQ, msg.seq);
          this.status.store(W.STATE, ThreadState.Done);
          this.finish({ ok: true, value: msg.data });
        }
        return;
      case 'error':
        if (msg.seq !== this.seq || this.finished) return;
        this.messageTraceback = { seq: msg.seq, text: msg.traceback };
        if (this.status.shared) this.poll();
        else {
          this.status.store(W.DONE_SEQ, msg.seq);
          this.status.store(W.STATE, ThreadState.Error);
          this.finish({ ok: false, traceback: msg.traceback });
        }
        return;
      case 'needGrow':
        if (msg.seq === this.seq && !this.finished) this.poll();
        return;
      case 'fatal':
        this.pool.fatal(msg.message, this.vmIndex);
        return;
      case 'ready':
        return;
    }
  }

  /** @internal the worker stopped (crash, pool shutdown) */
  markDead(reason: string): void {
    if (this.dead) return;
    this.dead = reason;
    if (!this.finished) {
      // unblock pollers; a thread blocked in wait() can't be reached (it can use a timeout)
      this.status.store(W.RESULT_LEN, -1);
      this.status.store(W.DONE_SEQ, this.seq);
      this.status.setState(ThreadState.Error);
      this.finish({ ok: false, traceback: `ComputeThread ${this.vmIndex} stopped during its job: ${reason}` });
    }
  }

  private checkUsable(): void {
    if (this.released) throw new Error(`ComputeThread ${this.vmIndex} has been closed`);
    if (this.dead) throw new Error(`ComputeThread ${this.vmIndex} cannot run jobs: its worker stopped (${this.dead})`);
  }

  /** Brings `finished` up to date from the status block; answers grow requests. Returns true when done. */
  private poll(): boolean {
    if (this.finished) return true;
    if (!this.status.shared) return false;
    const s = this.status.state;
    if (s === ThreadState.NeedGrow) {
      this.grow(this.seq, this.status.load(W.GROW_REQ));
      return false;
    }
    // decide from this one read of the state word (the worker may change it at any moment)
    if (s !== ThreadState.Done && s !== ThreadState.Error) return false;
    if (this.status.load(W.DONE_SEQ) !== this.seq) return false;
    const len = this.status.load(W.RESULT_LEN);
    if (s === ThreadState.Done) {
      if (len < 0) this.finish({ ok: true, value: null });
      else {
        this.lazyLen = len;
        this.finish(null);
      }
    } else {
      let text: string;
      if (len >= 0 && this.resultView) text = decoder.decode(this.resultView.slice(0, len));
      else if (this.messageTraceback?.seq === this.seq) text = this.messageTraceback.text;
      else text = `ComputeThread ${this.vmIndex} failed (no details)`;
      this.finish({ ok: false, traceback: text });
    }
    return true;
  }

  private finish(outcome: JobOutcome | null): void {
    this.finished = true;
    this.outcome = outcome;
    if (this.worker.isReady) this.worker.host.setKeepAlive(false);
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Sends the worker a shared result buffer of at least `size` bytes, once per job. */
  private grow(seq: number, size: number): void {
    if (this.grantedSeq === seq || !this.resultView) return;
    this.grantedSeq = seq;
    const current = this.resultView.byteLength;
    const round = (n: number) => Math.ceil(n / RESULT_ROUND) * RESULT_ROUND;
    let sab: SharedArrayBuffer | null = null;
    for (const n of [round(Math.max(size, current * 2)), round(size), size]) {
      try {
        sab = new SharedArrayBuffer(n);
        break;
      } catch {
        // try a smaller size
      }
    }
    if (sab) this.resultView = new Uint8Array(sab);
    this.worker.host.post({ type: 'grow', seq, result: sab });
  }
}

let defaultPool: WorkerPool | null = null;

/** The host (CLI, Phaser plugin) installs the pool that `new ComputeThreadCore(i)` uses. */
export function setDefaultPool(pool: WorkerPool | null): void {
  defaultPool = pool;
}

export function getDefaultPool(): WorkerPool {
  if (!defaultPool) {
    throw new Error('ComputeThread is not available: no worker pool has been configured (the host must call setDefaultPool)');
  }
  return defaultPool;
}

export function hasDefaultPool(): boolean {
  return defaultPool !== null;
}
