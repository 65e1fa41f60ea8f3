// Node-only helpers (imports worker_threads through host-node). Use from the CLI / Node entry, never in the browser.
import { nodeHostFactory } from './host-node';
import type { ModuleSources } from './protocol';
import { WorkerPool, setDefaultPool } from './pool';

export { nodeHostFactory, nodeWorkerPort } from './host-node';

export interface NodeThreadsOptions {
  /** The built Node worker (dist/pkpy-worker.node.mjs). */
  workerUrl: string | URL;
  size?: number;
  /** Folders to import from, like sys.path. */
  paths?: string[];
  moduleSources?: ModuleSources;
}

/** Creates a pool of Node workers and installs it as the default for ComputeThreadCore. */
export function installNodeThreads(options: NodeThreadsOptions): WorkerPool {
  const pool = new WorkerPool({
    host: nodeHostFactory,
    workerUrl: options.workerUrl,
    size: options.size,
    moduleSources: options.moduleSources ?? { kind: 'fs', paths: options.paths ?? [process.cwd()] },
  });
  setDefaultPool(pool);
  return pool;
}
