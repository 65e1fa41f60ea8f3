// Browser helpers. Safe to bundle anywhere (no Node imports).
import { browserHostFactory } from './host-browser';
import type { ModuleSources } from './protocol';
import { WorkerPool, setDefaultPool } from './pool';

export interface BrowserThreadsOptions {
  /** The built browser worker (dist/pkpy-worker.browser.mjs), e.g. new URL('./pkpy-worker.browser.mjs', import.meta.url). */
  workerUrl: string | URL;
  size?: number;
  /** Module name -> Python source, for `import` inside worker VMs. */
  modules?: Record<string, string>;
  moduleSources?: ModuleSources;
}

/**
 * Creates a pool of module Web Workers and installs it as the default for ComputeThreadCore. Call it early (and
 * `await pool.warmUp()` if the game may block on a ComputeThread soon after): a browser main thread that blocks cannot
 * let a worker start.
 */
export function installBrowserThreads(options: BrowserThreadsOptions): WorkerPool {
  const pool = new WorkerPool({
    host: browserHostFactory,
    workerUrl: options.workerUrl,
    size: options.size,
    moduleSources: options.moduleSources ?? { kind: 'map', modules: options.modules ?? {} },
  });
  setDefaultPool(pool);
  return pool;
}
