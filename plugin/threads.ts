// ComputeThread support for the Phaser plugin: the page's worker pool (one per page, shared by the games on it) and
// the jobs VM 0 submits, polled once per tick. A part of its own (see threads-part.ts) so that production builds of
// games that never import `pkpy` leave the pool, the job tracker and the `pkpy` module out of the bundle.
import { exc, RuntimeError } from '../vm/runtime/exceptions.js';
import type { VM } from '../vm/runtime/vm.js';
import { threadHost } from '../vm/threads/thread-host.js';
import { installBrowserThreads } from '../vm/threads/browser';
import { hasDefaultPool, getDefaultPool, setDefaultPool, defaultPoolSize, MAX_VM_INDEX, type WorkerPool } from '../vm/threads/pool';
import { JobTracker, type JobSink } from '../engine-bridge/jobs.js';

export interface ThreadsOptions {
  /** The worker script; without it a ComputeThread raises RuntimeError. */
  workerUrl?: string | URL | null;
  /** Workers started ahead of time (default: hardware concurrency - 1); 0 starts them on demand. */
  workers?: number;
}

/** The threads of one plugin (one game): its job tracker and, if it created it, the page's worker pool. */
export interface PluginThreads {
  readonly jobs: JobTracker;
  /** Delivers finished jobs (once per tick). */
  poll(): void;
  /** Worker VMs use `modules` for their next jobs (hot reload). */
  updateModuleSources(modules: Record<string, string>): void;
  destroy(): void;
}

/** The plugin whose game created the worker pool (threadHost is process-wide). */
let poolOwner: Threads | null = null;

class Threads implements PluginThreads {
  readonly jobs: JobTracker;
  private pool: WorkerPool | null = null;

  constructor(
    vm: VM,
    sink: JobSink,
    private readonly options: ThreadsOptions,
    private readonly modules: () => Record<string, string>,
  ) {
    this.jobs = new JobTracker(vm, sink);
    threadHost.ensurePool = () => (poolOwner ?? this).ensurePool();
    if (options.workerUrl && options.workers !== 0 && !hasDefaultPool()) this.ensurePool(); // warm workers early
  }

  /** Creates the worker pool (once per page) if there is none. */
  ensurePool(): void {
    if (hasDefaultPool()) return;
    const url = this.options.workerUrl;
    if (!url) {
      throw exc(
        RuntimeError,
        'ComputeThread needs a worker script: pass workerUrl in the Python plugin options (the Vite plugin exports it from virtual:pkpy-modules)',
      );
    }
    const size = this.options.workers ?? defaultPoolSize(typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2);
    this.pool = installBrowserThreads({ workerUrl: url, size: Math.max(0, Math.min(MAX_VM_INDEX, size)), modules: { ...this.modules() } });
    poolOwner = this;
  }

  poll(): void {
    this.jobs.poll();
  }

  updateModuleSources(modules: Record<string, string>): void {
    const pool = this.pool ?? (hasDefaultPool() ? getDefaultPool() : null);
    pool?.updateModuleSources({ kind: 'map', modules: { ...modules } });
  }

  destroy(): void {
    this.jobs.clear();
    if (this.pool && poolOwner === this) {
      if (hasDefaultPool() && getDefaultPool() === this.pool) setDefaultPool(null);
      void this.pool.shutdown();
      poolOwner = null;
    }
    this.pool = null;
  }
}

export function createPluginThreads(vm: VM, sink: JobSink, options: ThreadsOptions, modules: () => Record<string, string>): PluginThreads {
  return new Threads(vm, sink, options, modules);
}
