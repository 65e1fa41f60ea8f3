// How the main thread spawns and talks to workers, independent of the platform. Implementations:
//   host-node.ts    (worker_threads; Node only: import it only from Node entry points)
//   host-browser.ts (module Web Workers; uses only browser globals)
// This file imports neither, so the core never pulls Node modules into a browser bundle.

import type { MainToWorker, WorkerToMain } from './protocol';

/** The main thread's handle on one worker. */
export interface WorkerHost {
  /** Sends a message; the ArrayBuffers in `transfer` are moved, not copied (and detached here). */
  post(msg: MainToWorker, transfer?: ArrayBuffer[]): void;
  /** Sets the (single) handler for the worker's messages. */
  onMessage(handler: (msg: WorkerToMain) => void): void;
  /**
   * Sets the (single) handler for the worker failing: an uncaught error, a failed script load, an unexpected exit.
   * Not called after `terminate()`.
   */
  onError(handler: (message: string) => void): void;
  /** Kills the worker (also in the middle of a job). */
  terminate(): Promise<void>;
  /** Node: whether the worker keeps the process alive (ref/unref). No-op in the browser. */
  setKeepAlive(keepAlive: boolean): void;
}

/** Spawns workers on one platform. */
export interface WorkerHostFactory {
  readonly platform: 'node' | 'browser';
  /** Spawns a worker running the module script at `url` (an ES module). */
  spawn(url: string | URL, name?: string): WorkerHost;
  /** Number of logical CPUs, for the default pool size. */
  hardwareConcurrency(): number;
}

/** The worker's handle on its parent (the other end of a WorkerHost). */
export interface WorkerSidePort {
  post(msg: WorkerToMain, transfer?: ArrayBuffer[]): void;
  onMessage(handler: (msg: MainToWorker) => void): void;
  /** Ends the worker. */
  close(): void;
}
