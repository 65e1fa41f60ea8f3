// pocketpy's ComputeThread, independent of the Python binding. The Python glue (pkpy.ComputeThread) pickles
// arguments, unpickles `lastRetval()`, turns ComputeThreadError into a Python exception and maps names:
//
//   ComputeThread(i)            -> new ComputeThreadCore(i)
//   .is_done                    -> .isDone
//   .wait_for_done()            -> .waitForDone()
//   .last_error() / .last_retval() -> .lastError() / .lastRetval()
//   .submit_exec / submit_eval / submit_call -> .submitExec / .submitEval / .submitCall
//   .exec / .eval / .call       -> .exec / .eval / .call (submit + wait; raise on error)

import type { ModuleSources } from './protocol';
import type { WorkerPool, WorkerSlot } from './pool';
import { getDefaultPool } from './pool';

/** A job failed in the worker VM; `traceback` is the Python traceback text. */
export class ComputeThreadError extends Error {
  constructor(
    readonly vmIndex: number,
    readonly traceback: string,
  ) {
    super(traceback);
    this.name = 'ComputeThreadError';
  }
}

export interface ComputeThreadOptions {
  /** Default: the pool installed with setDefaultPool. */
  pool?: WorkerPool;
  /** Default: the pool's module sources (which follow pool-wide hot reloads). */
  moduleSources?: ModuleSources;
}

export class ComputeThreadCore {
  private readonly slot: WorkerSlot;

  /**
   * Binds VM `vmIndex` (1..15; 0 is the main VM) to a warm worker. Throws "VM index must be between 1 and 15, got N"
   * or "VM index N is already in use".
   */
  constructor(vmIndex: number, options: ComputeThreadOptions = {}) {
    const pool = options.pool ?? getDefaultPool();
    this.slot = pool.acquire(vmIndex, options.moduleSources);
  }

  get vmIndex(): number {
    return this.slot.vmIndex;
  }

  /** Which pooled worker runs this VM (diagnostics, tests). */
  get workerId(): number {
    return this.slot.workerId;
  }

  /** Non-blocking: true when no job is running (also before the first job). */
  get isDone(): boolean {
    return this.slot.isDone;
  }

  /** True once `dispose()` was called. */
  get isClosed(): boolean {
    return this.slot.isReleased;
  }

  /**
   * Blocks until the current job is done (returns at once if none runs). Uses Atomics.wait where the thread may
   * block and spins on a browser main thread. Returns false if `timeoutMs` passed first. Without shared memory
   * (page not cross-origin isolated) throws SharedMemoryUnavailableError, unless the job is already done.
   */
  waitForDone(timeoutMs = Infinity): boolean {
    return this.slot.wait(timeoutMs);
  }

  /** Resolves when the current job is done (never rejects; read lastError() afterwards). */
  whenDone(): Promise<void> {
    return this.slot.whenDone();
  }

  /** Traceback text of the last job if it failed, else null. Throws while a job runs. */
  lastError(): string | null {
    const o = this.outcome('last_error');
    return o && !o.ok ? o.traceback : null;
  }

  /**
   * Pickled return value of the last job (null for exec, before any job, or if the job failed). Throws while a job
   * runs. Each call returns the same bytes; the array is the caller's (not shared memory).
   */
  lastRetval(): Uint8Array | null {
    const o = this.outcome('last_retval');
    return o && o.ok ? o.value : null;
  }

  /** Starts running `source` as statements (module-level code of the worker VM's __main__). */
  submitExec(source: string): void {
    this.submit('exec', source, null);
  }

  /** Starts evaluating the expression `source`; its pickled value becomes lastRetval(). */
  submitEval(source: string): void {
    this.submit('eval', source, null);
  }

  /**
   * Starts calling the callable named by the expression `evalSource` with the pickled `(args, kwargs)` in `payload`.
   * `payload` is transferred to the worker, not copied, when it owns its whole ArrayBuffer (it is then detached).
   */
  submitCall(evalSource: string, payload: Uint8Array): void {
    this.submit('call', evalSource, payload);
  }

  /** Runs statements synchronously; throws ComputeThreadError if they raise. */
  exec(source: string): void {
    this.submitExec(source);
    this.finishSync();
  }

  /** Evaluates synchronously; returns the pickled value or throws ComputeThreadError. */
  eval(source: string): Uint8Array | null {
    this.submitEval(source);
    return this.finishSync();
  }

  /** Calls synchronously; returns the pickled value or throws ComputeThreadError. */
  call(evalSource: string, payload: Uint8Array): Uint8Array | null {
    this.submitCall(evalSource, payload);
    return this.finishSync();
  }

  /** Hot reload for this VM only (applied after the current job). */
  updateModuleSources(sources: ModuleSources): void {
    this.slot.updateModuleSources(sources);
  }

  /**
   * Frees the VM index for a new ComputeThread. The worker goes back to the pool (its VM state is dropped); if a job
   * is running, the worker is killed instead.
   */
  dispose(): void {
    this.slot.release();
  }

  private submit(kind: 'exec' | 'eval' | 'call', source: string, payload: Uint8Array | null): void {
    if (this.slot.isReleased) throw new Error(`ComputeThread ${this.vmIndex} has been closed`);
    if (!this.slot.isDone) {
      throw new Error(
        `ComputeThread ${this.vmIndex} is busy: wait for the current job (wait_for_done() or is_done) before submitting another`,
      );
    }
    if (typeof source !== 'string') throw new TypeError(`expected the source as a string, got ${typeof source}`);
    this.slot.submit(kind, source, payload);
  }

  private finishSync(): Uint8Array | null {
    this.slot.wait();
    const o = this.slot.lastOutcome();
    if (o && !o.ok) throw new ComputeThreadError(this.vmIndex, o.traceback);
    return o && o.ok ? o.value : null;
  }

  private outcome(what: string) {
    if (!this.slot.isDone) {
      throw new Error(`ComputeThread ${this.vmIndex} is still running: ${what}() needs is_done to be true (or call wait_for_done())`);
    }
    return this.slot.lastOutcome();
  }
}
