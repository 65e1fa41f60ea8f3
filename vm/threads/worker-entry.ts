// The code that runs inside a ComputeThread worker, whatever the platform. A platform entry wires it up:
//
//   startWorker(createJobRunner, nodeWorkerPort());     // worker-node.ts
//   startWorker(createJobRunner, browserWorkerPort());  // worker-browser.ts
//
// Protocol (see protocol.ts): `init` builds a VM through the factory; each `job` runs synchronously to completion,
// then its outcome is written where the main thread can read it synchronously (status block + shared result buffer)
// and announced by a message (for the main thread's async listeners). `reset` drops the VM so the warm worker can be
// bound to another slot.

import type { WorkerSidePort } from './host';
import type { JobMsg, JobRunner, JobRunnerFactory, MainToWorker, ModuleSources } from './protocol';
import { transferable } from './protocol';
import { StatusBlock, ThreadState, W } from './signal';

/** Turns a value thrown by a runner into traceback text. */
export function formatThrown(thrown: unknown, runner?: JobRunner | null): string {
  if (typeof thrown === 'string') return thrown;
  if (runner?.formatError) {
    try {
      return runner.formatError(thrown);
    } catch {
      // fall through to the generic formats
    }
  }
  if (thrown !== null && typeof thrown === 'object') {
    const tb = (thrown as { traceback?: unknown }).traceback;
    if (typeof tb === 'string') return tb;
    if (thrown instanceof Error) {
      if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
        return 'RecursionError: maximum recursion depth exceeded';
      }
      return `${thrown.name}: ${thrown.message}`;
    }
  }
  try {
    return String(thrown);
  } catch {
    return 'unknown error';
  }
}

interface Pending {
  seq: number;
  ok: boolean;
  bytes: Uint8Array | null;
  traceback: string | null;
}

const encoder = new TextEncoder();

/** Starts serving the protocol on `port`. Returns nothing: the worker lives until `terminate` or is killed. */
export function startWorker(factory: JobRunnerFactory, port: WorkerSidePort): void {
  let vmIndex = 0;
  let sources: ModuleSources = { kind: 'map', modules: {} };
  let runner: JobRunner | null = null;
  let initError: string | null = null;
  let status: StatusBlock | null = null;
  let result: Uint8Array | null = null; // view of the shared result buffer
  let pending: Pending | null = null; // result waiting for a bigger buffer

  function dropRunner(): void {
    const r = runner;
    runner = null;
    if (r?.dispose) {
      try {
        r.dispose();
      } catch {
        // nothing useful to do
      }
    }
  }

  function buildRunner(): void {
    dropRunner();
    initError = null;
    try {
      runner = factory(vmIndex, sources);
    } catch (e) {
      initError = `could not start the VM of ComputeThread ${vmIndex}:\n${formatThrown(e)}`;
    }
  }

  /** Makes the outcome readable: shared buffer + status block, then a message. */
  function publish(p: Pending): void {
    if (status && result) {
      const bytes = p.ok ? p.bytes : encoder.encode(p.traceback ?? '');
      const len = bytes ? bytes.byteLength : -1;
      if (len > result.byteLength) {
        pending = p;
        status.store(W.GROW_REQ, len);
        status.setState(ThreadState.NeedGrow);
        port.post({ type: 'needGrow', seq: p.seq, size: len });
        return;
      }
      if (bytes) result.set(bytes, 0);
      status.store(W.RESULT_LEN, len);
      status.store(W.DONE_SEQ, p.seq);
      status.setState(p.ok ? ThreadState.Done : ThreadState.Error);
      if (p.ok) port.post({ type: 'result', seq: p.seq, inShared: true, data: null });
      else port.post({ type: 'error', seq: p.seq, traceback: p.traceback ?? '' });
      return;
    }
    if (p.ok) {
      if (p.bytes) {
        const t = transferable(p.bytes);
        port.post({ type: 'result', seq: p.seq, inShared: false, data: t.bytes }, t.transfer);
      } else {
        port.post({ type: 'result', seq: p.seq, inShared: false, data: null });
      }
    } else {
      port.post({ type: 'error', seq: p.seq, traceback: p.traceback ?? '' });
    }
  }

  function runJob(msg: JobMsg): void {
    if (!runner) {
      const why = initError ?? `ComputeThread worker received a job before init`;
      publish({ seq: msg.seq, ok: false, bytes: null, traceback: why });
      return;
    }
    let out: Uint8Array | null;
    try {
      out = runner.run(msg.kind, msg.source, msg.payload);
      if (out !== null && out !== undefined && !(out instanceof Uint8Array)) {
        throw new TypeError(`JobRunner.run returned ${typeof out}, expected Uint8Array or null`);
      }
    } catch (e) {
      publish({ seq: msg.seq, ok: false, bytes: null, traceback: formatThrown(e, runner) });
      return;
    }
    publish({ seq: msg.seq, ok: true, bytes: out ?? null, traceback: null });
  }

  function handle(msg: MainToWorker): void {
    switch (msg.type) {
      case 'init':
        vmIndex = msg.vmIndex;
        sources = msg.moduleSources;
        status = msg.signal ? StatusBlock.attach(msg.signal) : null;
        if (status) {
          status.store(W.INIT_ACK, 1);
          status.notify(W.INIT_ACK);
        }
        result = msg.result ? new Uint8Array(msg.result) : null;
        pending = null;
        buildRunner();
        return;
      case 'job':
        runJob(msg);
        return;
      case 'grow': {
        const p = pending;
        if (!p || p.seq !== msg.seq) return;
        pending = null;
        if (msg.result) {
          result = new Uint8Array(msg.result);
          publish(p);
        } else {
          const size = p.ok ? (p.bytes?.byteLength ?? 0) : encoder.encode(p.traceback ?? '').byteLength;
          const tb = `MemoryError: the result of ComputeThread ${vmIndex} (${size} bytes) is too large to send back`;
          publish({ seq: p.seq, ok: false, bytes: null, traceback: tb });
        }
        return;
      }
      case 'updateModules':
        sources = msg.moduleSources;
        if (runner?.updateModuleSources) {
          try {
            runner.updateModuleSources(sources);
          } catch (e) {
            port.post({ type: 'fatal', message: `updating the module sources failed: ${formatThrown(e, runner)}` });
          }
        }
        return;
      case 'reset':
        dropRunner();
        initError = null;
        status = null;
        result = null;
        pending = null;
        vmIndex = 0;
        return;
      case 'terminate':
        dropRunner();
        port.close();
        return;
      default:
        port.post({ type: 'fatal', message: `unknown message ${JSON.stringify((msg as { type?: unknown }).type)}` });
    }
  }

  port.onMessage((msg) => {
    try {
      handle(msg);
    } catch (e) {
      // a bug on our side: report it, and don't leave a synchronous waiter hanging
      const text = `internal error in the ComputeThread worker: ${formatThrown(e)}`;
      if (msg.type === 'job' || msg.type === 'grow') {
        pending = null;
        try {
          publish({ seq: msg.seq, ok: false, bytes: null, traceback: text });
          return;
        } catch {
          try {
            if (status) {
              status.store(W.RESULT_LEN, -1); // the main thread reports "no details" and gets the text by message
              status.store(W.DONE_SEQ, msg.seq);
              status.setState(ThreadState.Error);
            }
            port.post({ type: 'error', seq: msg.seq, traceback: text });
            return;
          } catch {
            // fall through
          }
        }
      }
      port.post({ type: 'fatal', message: text });
    }
  });
  port.post({ type: 'ready' });
}
