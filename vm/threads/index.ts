// Public API of the threading substrate. Browser-safe: nothing here imports Node modules. Node code imports
// `nodeHostFactory` from './host-node' (or './node') separately.
export type { JobKind, JobRunner, JobRunnerFactory, MainToWorker, ModuleSources, WorkerToMain } from './protocol';
export type { WorkerHost, WorkerHostFactory, WorkerSidePort } from './host';
export { browserHostFactory, browserWorkerPort } from './host-browser';
export { installBrowserThreads } from './browser';
export type { BrowserThreadsOptions } from './browser';
export {
  COOP_COEP_HELP,
  SharedMemoryUnavailableError,
  StatusBlock,
  ThreadState,
  canBlock,
  hasSharedMemory,
} from './signal';
export { MAX_VM_INDEX, WorkerPool, WorkerSlot, checkVmIndex, defaultPoolSize, getDefaultPool, hasDefaultPool, setDefaultPool } from './pool';
export type { JobOutcome, PoolOptions } from './pool';
export { ComputeThreadCore, ComputeThreadError } from './compute-thread';
export type { ComputeThreadOptions } from './compute-thread';
export { startWorker, formatThrown } from './worker-entry';
