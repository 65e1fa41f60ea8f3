// Browser implementation of WorkerHost (module Web Workers). Uses only browser globals, so it is safe to bundle for
// any platform; it just doesn't work in Node.

import type { WorkerHost, WorkerHostFactory, WorkerSidePort } from './host';
import type { MainToWorker, WorkerToMain } from './protocol';

class BrowserWorkerHost implements WorkerHost {
  private readonly worker: Worker;
  private terminated = false;
  private errorHandler: ((message: string) => void) | null = null;

  constructor(url: string | URL, name?: string) {
    this.worker = new Worker(url, { type: 'module', name });
    this.worker.addEventListener('error', (ev: ErrorEvent) => {
      ev.preventDefault();
      const where = ev.filename ? ` (${ev.filename}:${ev.lineno})` : '';
      this.fail(ev.message ? `uncaught error in worker: ${ev.message}${where}` : `the worker script failed to load: ${String(url)}`);
    });
    this.worker.addEventListener('messageerror', () => {
      this.fail('a message from the worker could not be deserialised');
    });
  }

  private fail(message: string): void {
    if (!this.terminated) this.errorHandler?.(message);
  }

  post(msg: MainToWorker, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(msg, transfer ?? []);
  }

  onMessage(handler: (msg: WorkerToMain) => void): void {
    this.worker.onmessage = (ev: MessageEvent<WorkerToMain>) => handler(ev.data);
  }

  onError(handler: (message: string) => void): void {
    this.errorHandler = handler;
  }

  terminate(): Promise<void> {
    this.terminated = true;
    this.worker.terminate();
    return Promise.resolve();
  }

  setKeepAlive(_keepAlive: boolean): void {
    // pages don't exit
  }
}

export const browserHostFactory: WorkerHostFactory = {
  platform: 'browser',
  spawn(url: string | URL, name?: string): WorkerHost {
    return new BrowserWorkerHost(url, name);
  },
  hardwareConcurrency(): number {
    return typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 4;
  },
};

interface WorkerScope {
  postMessage(msg: unknown, transfer: ArrayBuffer[]): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  close(): void;
}

/** Inside a (module) Web Worker: the port to the page. */
export function browserWorkerPort(): WorkerSidePort {
  const scope = globalThis as unknown as WorkerScope;
  if (typeof scope.close !== 'function' || typeof (globalThis as { document?: unknown }).document !== 'undefined') {
    throw new Error('browserWorkerPort() must be called inside a Web Worker');
  }
  return {
    post(msg: WorkerToMain, transfer?: ArrayBuffer[]): void {
      scope.postMessage(msg, transfer ?? []);
    },
    onMessage(handler: (msg: MainToWorker) => void): void {
      scope.onmessage = (ev: MessageEvent) => handler(ev.data as MainToWorker);
    },
    close(): void {
      scope.close();
    },
  };
}
