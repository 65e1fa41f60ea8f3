// Node implementation of WorkerHost (worker_threads). Node only: import this module from Node entry points (the CLI,
// the Node build of the worker, tests), never from code that goes into the browser bundle.

import * as os from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import type { WorkerHost, WorkerHostFactory, WorkerSidePort } from './host';
import type { MainToWorker, WorkerToMain } from './protocol';

function toWorkerTarget(url: string | URL): string | URL {
  if (url instanceof URL) return url;
  // a string 'file:///…' would be taken as a path: make it a URL
  if (/^(file|data):/i.test(url)) return new URL(url);
  return url;
}

class NodeWorkerHost implements WorkerHost {
  private readonly worker: Worker;
  private terminating = false;
  private errorHandler: ((message: string) => void) | null = null;
  private failed = false;

  constructor(url: string | URL, name?: string) {
    this.worker = new Worker(toWorkerTarget(url), { name });
    this.worker.on('error', (err: unknown) => {
      this.fail(`uncaught error in worker: ${describe(err)}`);
    });
    this.worker.on('messageerror', (err: unknown) => {
      this.fail(`a message from the worker could not be deserialised: ${describe(err)}`);
    });
    this.worker.on('exit', (code: number) => {
      if (!this.terminating) this.fail(`worker exited unexpectedly with code ${code}`);
    });
  }

  private fail(message: string): void {
    if (this.terminating || this.failed) return;
    this.failed = true;
    this.errorHandler?.(message);
  }

  post(msg: MainToWorker, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(msg, transfer);
  }

  onMessage(handler: (msg: WorkerToMain) => void): void {
    this.worker.removeAllListeners('message');
    this.worker.on('message', handler);
  }

  onError(handler: (message: string) => void): void {
    this.errorHandler = handler;
  }

  async terminate(): Promise<void> {
    this.terminating = true;
    await this.worker.terminate();
  }

  setKeepAlive(keepAlive: boolean): void {
    if (keepAlive) this.worker.ref();
    else this.worker.unref();
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export const nodeHostFactory: WorkerHostFactory = {
  platform: 'node',
  spawn(url: string | URL, name?: string): WorkerHost {
    return new NodeWorkerHost(url, name);
  },
  hardwareConcurrency(): number {
    const o = os as { availableParallelism?: () => number };
    return typeof o.availableParallelism === 'function' ? o.availableParallelism() : os.cpus().length;
  },
};

/** Inside a Node worker: the port to the parent. */
export function nodeWorkerPort(): WorkerSidePort {
  if (isMainThread || !parentPort) throw new Error('nodeWorkerPort() must be called inside a worker thread');
  const port = parentPort;
  return {
    post(msg: WorkerToMain, transfer?: ArrayBuffer[]): void {
      port.postMessage(msg, transfer);
    },
    onMessage(handler: (msg: MainToWorker) => void): void {
      port.removeAllListeners('message');
      port.on('message', handler);
    },
    close(): void {
      port.close();
      process.exit(0); // in a worker this ends the worker thread only
    },
  };
}
