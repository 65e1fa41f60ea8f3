// Messages between the main thread and a ComputeThread worker, and the interface a worker needs from a VM.
//
// This file has no runtime dependencies and no Node imports: it is shared by the main-thread side, the worker
// side, the Node host and the browser host.

/** Where a worker VM imports modules from. */
export type ModuleSources =
  /** Node: folders searched in order, like `sys.path`. */
  | { kind: 'fs'; paths: string[] }
  /** Browser (or tests): module name (`'worldgen'`, `'pkg.sub'`) -> source text. */
  | { kind: 'map'; modules: Record<string, string> };

export type JobKind = 'exec' | 'eval' | 'call';

/** What a worker needs from a VM. The lead wires the real VM in; tests use a small JS runner. */
export interface JobRunner {
  /**
   * Runs one job. For 'call', `source` is the expression naming the callable and `payload` holds the pickled
   * `(args, kwargs)`. Returns the pickled result (or null, e.g. for 'exec'), or throws a value whose traceback text
   * is reported to the main thread.
   */
  run(kind: JobKind, source: string, payload: Uint8Array | null): Uint8Array | null;
  /** Optional: turns a value thrown by `run` into traceback text. Without it see `formatThrown` in worker-entry. */
  formatError?(thrown: unknown): string;
  /**
   * Optional hot reload hook: the module sources changed. Without it, the new sources are only used the next time a
   * VM is built in this worker (the next time the worker is bound to a thread slot).
   */
  updateModuleSources?(sources: ModuleSources): void;
  /** Optional: the slot was released; free what the VM holds. */
  dispose?(): void;
}

export type JobRunnerFactory = (vmIndex: number, moduleSources: ModuleSources) => JobRunner;

// ---------------------------------------------------------------------------------------------------------------
// main -> worker

/**
 * Binds the worker to a VM index and builds its VM. `signal` is the status block (see signal.ts) and `result` the
 * shared result buffer; both are null when shared memory is unavailable (browser page that is not cross-origin
 * isolated), in which case results travel back by postMessage only.
 */
export interface InitMsg {
  type: 'init';
  vmIndex: number;
  moduleSources: ModuleSources;
  signal: SharedArrayBuffer | null;
  result: SharedArrayBuffer | null;
}

/** Runs one job. `payload` (for 'call') is transferred, not copied, when it owns its whole buffer. */
export interface JobMsg {
  type: 'job';
  seq: number;
  kind: JobKind;
  source: string;
  payload: Uint8Array | null;
}

/**
 * Answer to a `needGrow` request: a new, larger shared result buffer (allocated by the main thread, which therefore
 * knows it without having to receive a message). `result` is null if the main thread could not allocate it; the
 * worker then reports an error instead of the result.
 */
export interface GrowMsg {
  type: 'grow';
  seq: number;
  result: SharedArrayBuffer | null;
}

/** Hot reload: the module sources changed. Applied after the current job, in message order. */
export interface UpdateModulesMsg {
  type: 'updateModules';
  moduleSources: ModuleSources;
}

/** The slot was released: drop the VM, keep the worker warm for the next `init`. */
export interface ResetMsg {
  type: 'reset';
}

/** Graceful shutdown: the worker closes itself. (The host can also kill it with `terminate()`.) */
export interface TerminateMsg {
  type: 'terminate';
}

export type MainToWorker = InitMsg | JobMsg | GrowMsg | UpdateModulesMsg | ResetMsg | TerminateMsg;

// ---------------------------------------------------------------------------------------------------------------
// worker -> main

/** The worker script has loaded and listens for messages. */
export interface ReadyMsg {
  type: 'ready';
}

/**
 * A job succeeded. With shared memory, the pickled bytes are in the shared result buffer (`inShared: true`,
 * `data: null`) and the status block already says done; without, `data` carries them (transferred).
 */
export interface JobResultMsg {
  type: 'result';
  seq: number;
  inShared: boolean;
  data: Uint8Array | null;
}

/** A job failed. `traceback` is the Python traceback text (also in the shared result buffer when there is one). */
export interface JobErrorMsg {
  type: 'error';
  seq: number;
  traceback: string;
}

/** The result of job `seq` needs `size` bytes, more than the shared result buffer has: please send a `grow`. */
export interface NeedGrowMsg {
  type: 'needGrow';
  seq: number;
  size: number;
}

/** Something failed outside of a job (a bug in the worker, a bad message). */
export interface FatalMsg {
  type: 'fatal';
  message: string;
}

export type WorkerToMain = ReadyMsg | JobResultMsg | JobErrorMsg | NeedGrowMsg | FatalMsg;

// ---------------------------------------------------------------------------------------------------------------
// helpers shared by both sides

/**
 * Returns bytes that can go in a transfer list without affecting anything else: the array itself (whose buffer is
 * then detached by postMessage) when it owns its whole, non-shared ArrayBuffer, else a copy.
 */
export function transferable(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const buf = bytes.buffer;
  if (buf instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buf.byteLength) {
    return { bytes, transfer: [buf] };
  }
  const copy = bytes.slice(); // always a fresh, non-shared ArrayBuffer
  return { bytes: copy, transfer: [copy.buffer as ArrayBuffer] };
}
