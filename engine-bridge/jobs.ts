// ComputeThread jobs submitted by VM 0, polled once per frame.
//
// Every `submit_exec/submit_eval/submit_call` made by VM 0 is tracked (through pkpy's threadHost hooks). `poll()` —
// called by the Phaser plugin once per tick, before the scenes update — reads `is_done` of each pending job (a
// non-blocking read of the thread's status word) and delivers finished ones: the result is unpickled in VM 0 and
// handed to the Python callback registered for the job (`phaser.submit(..., on_done=f)`), and reported to the host
// (TypeScript events). Nothing ever waits for a job.
import { None } from '../vm/runtime/object.js';
import { getAttr } from '../vm/runtime/attributes.js';
import { callSlow } from '../vm/runtime/call.js';
import { exc, RuntimeError, PyBaseException } from '../vm/runtime/exceptions.js';
import { PyComputeThread } from '../vm/modules/pkpy.js';
import { threadHost } from '../vm/threads/thread-host.js';
import type { Kw } from '../vm/runtime/function.js';
import type { VM } from '../vm/runtime/vm.js';

export type JobKind = 'exec' | 'eval' | 'call';

export interface JobInfo {
  /** Increasing id, unique per VM. */
  readonly id: number;
  /** The worker VM running the job (1..15). */
  readonly vmIndex: number;
  readonly kind: JobKind;
  /** The statements/expression (exec, eval) or the callable expression (call). */
  readonly source: string;
  /** What the job was submitted as (`worldgen.generate` for `phaser.submit(t, 'worldgen.generate')`). */
  readonly name: string;
  /** performance.now() at submission. */
  readonly submittedAt: number;
}

interface Job extends JobInfo {
  readonly thread: PyComputeThread;
  onDone: any;
  onError: any;
}

/** Where finished jobs are reported (the plugin turns these into events). */
export interface JobSink {
  done(job: JobInfo, value: any, elapsedMs: number): void;
  /** `handled`: a Python on_error callback receives the traceback too. */
  failed(job: JobInfo, traceback: string, elapsedMs: number, handled: boolean): void;
  /** A Python on_done/on_error callback raised. */
  callbackError(job: JobInfo, error: unknown, where: string): void;
}

const trackers = new WeakMap<object, JobTracker>();
let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  const prevBefore = threadHost.beforeSubmit;
  const prevAfter = threadHost.afterSubmit;
  threadHost.beforeSubmit = (thread) => {
    prevBefore?.(thread);
    if (thread.vm) trackers.get(thread.vm)?.settle(thread);
  };
  threadHost.afterSubmit = (thread, kind, source) => {
    prevAfter?.(thread, kind, source);
    if (thread.vm) trackers.get(thread.vm)?.track(thread, kind, source);
  };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Turns `phaser.submit`'s callable name into the expression a worker VM evaluates: `worldgen.generate` imports
 * `worldgen` first (`__import__('worldgen').generate`), `pkg.mod.fn` imports `pkg.mod`. A name without a dot is used
 * as is (a name defined in the worker's `__main__`, e.g. by an earlier `submit_exec`).
 */
export function callableExpr(name: string): string {
  const parts = name.split('.');
  if (parts.length < 2 || !parts.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return name;
  const mod = parts.slice(0, -1).join('.');
  return `__import__(${JSON.stringify(mod)}).${parts.slice(1).join('.')}`;
}

export class JobTracker {
  private jobs: Job[] = [];
  private nextId = 1;
  private pending: { name: string; onDone: any; onError: any } | null = null;
  private lastTracked: Job | null = null;

  constructor(
    readonly vm: VM,
    private readonly sink: JobSink,
  ) {
    installHooks();
    trackers.set(vm, this);
  }

  /** Jobs not delivered yet. */
  get size(): number {
    return this.jobs.length;
  }

  /** Snapshot of the pending jobs. */
  list(): JobInfo[] {
    return this.jobs.map(({ id, vmIndex, kind, source, name, submittedAt }) => ({ id, vmIndex, kind, source, name, submittedAt }));
  }

  /**
   * `phaser.submit(thread, 'module.fn', *args, on_done=None, on_error=None, **kwargs)`: starts `module.fn(*args,
   * **kwargs)` on the thread and registers the callbacks. Returns the job id.
   */
  submit(thread: any, name: string, args: any[], kw: Kw, onDone: any, onError: any): number {
    if (!(thread instanceof PyComputeThread)) throw exc(RuntimeError, 'submit() needs a pkpy.ComputeThread as its first argument');
    const kwn = kw ? Object.keys(kw) : [];
    this.pending = { name, onDone, onError };
    this.lastTracked = null;
    try {
      callSlow(getAttr(thread, 'submit_call'), [callableExpr(name), ...args], kwn.length ? kwn : null, kwn.length ? kwn.map((k) => kw![k]) : null);
    } finally {
      this.pending = null;
    }
    const job = this.lastTracked as Job | null;
    if (!job) throw exc(RuntimeError, 'submit(): the job was not started');
    return job.id;
  }

  /** @internal pkpy hook: a job was started on `thread`. */
  track(thread: PyComputeThread, kind: JobKind, source: string): void {
    const p = this.pending;
    this.pending = null;
    const job: Job = {
      id: this.nextId++,
      vmIndex: thread.core.vmIndex,
      kind,
      source,
      name: p ? p.name : source,
      submittedAt: now(),
      thread,
      onDone: p ? p.onDone : None,
      onError: p ? p.onError : None,
    };
    this.jobs.push(job);
    this.lastTracked = job;
  }

  /** @internal pkpy hook: a new job is about to replace `thread`'s outcome; deliver the finished one first. */
  settle(thread: PyComputeThread): void {
    const i = this.jobs.findIndex((j) => j.thread === thread);
    if (i >= 0 && this.isDone(this.jobs[i])) this.deliver(i);
  }

  /** Delivers every finished job (in submission order). Returns the number still running. Never blocks. */
  poll(): number {
    for (let i = 0; i < this.jobs.length; ) {
      if (this.isDone(this.jobs[i])) this.deliver(i);
      else i++;
    }
    return this.jobs.length;
  }

  /** Forgets every pending job (their results are never delivered). */
  clear(): void {
    this.jobs = [];
  }

  private isDone(job: Job): boolean {
    try {
      return job.thread.core.isDone;
    } catch {
      return true;
    }
  }

  private deliver(i: number): void {
    const job = this.jobs[i];
    this.jobs.splice(i, 1);
    const elapsed = now() - job.submittedAt;
    let traceback: string | null;
    let value: any = None;
    try {
      traceback = job.thread.core.lastError();
      if (traceback === null && job.kind !== 'exec') value = this.vm.call(getAttr(job.thread, 'last_retval'));
    } catch (e) {
      traceback = e instanceof PyBaseException ? this.vm.formatException(e).replace(/\n$/, '') : String(e instanceof Error ? e.message : e);
    }
    if (traceback !== null) {
      const handled = job.onError !== None && job.onError !== undefined;
      this.sink.failed(job, traceback, elapsed, handled);
      if (handled) this.runCallback(job, job.onError, traceback, 'on_error');
      return;
    }
    this.sink.done(job, value, elapsed);
    if (job.onDone !== None && job.onDone !== undefined) this.runCallback(job, job.onDone, value, 'on_done');
  }

  private runCallback(job: Job, f: any, arg: any, what: string): void {
    try {
      this.vm.call(f, arg);
    } catch (e) {
      this.sink.callbackError(job, e, `${what} callback of job ${job.id} (${job.name})`);
    }
  }
}
