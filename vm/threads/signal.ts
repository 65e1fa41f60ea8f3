// The status block of one thread slot: a few Int32 words in a SharedArrayBuffer, written with Atomics by the worker
// (and by the main thread when it submits), so that the main thread can learn synchronously that a job finished and
// where its result is, even while its event loop is blocked.
//
// Without shared memory (a browser page that is not cross-origin isolated) the same block lives in a plain
// ArrayBuffer owned by the main thread, updated when the worker's messages arrive: polling works, blocking doesn't.

/** Word indices in the status block. */
export const W = {
  /** ThreadState */
  STATE: 0,
  /** sequence number of the last submitted job (written by the main thread) */
  SEQ: 1,
  /** sequence number of the last finished job (written by the worker, before STATE) */
  DONE_SEQ: 2,
  /** byte length of the result (or traceback text) in the result buffer, -1 for "no value" */
  RESULT_LEN: 3,
  /** with STATE = NeedGrow: the byte size the result buffer must have */
  GROW_REQ: 4,
  /** set to 1 by the worker as soon as it handles `init` (lets a spinning browser main thread detect a worker that
   *  has not started, instead of spinning forever) */
  INIT_ACK: 5,
} as const;

export const STATUS_WORDS = 8;
export const STATUS_BYTES = STATUS_WORDS * 4;

export const ThreadState = {
  Idle: 0,
  Running: 1,
  Done: 2,
  Error: 3,
  /** the worker finished but its result does not fit the shared result buffer: it waits for a `grow` message */
  NeedGrow: 4,
} as const;
export type ThreadStateValue = (typeof ThreadState)[keyof typeof ThreadState];

export const COOP_COEP_HELP =
  'Blocking waits need SharedArrayBuffer, which this page does not have because it is not cross-origin isolated. ' +
  'Serve the page with the headers "Cross-Origin-Opener-Policy: same-origin" and ' +
  '"Cross-Origin-Embedder-Policy: require-corp" to enable them. Without those headers, submit_exec / submit_eval / ' +
  'submit_call followed by polling is_done still works.';

/** Thrown by a synchronous wait when SharedArrayBuffer is unavailable. */
export class SharedMemoryUnavailableError extends Error {
  constructor(what = 'ComputeThread: cannot wait synchronously for a job.') {
    super(`${what} ${COOP_COEP_HELP}`);
    this.name = 'SharedMemoryUnavailableError';
  }
}

/** True when SharedArrayBuffer exists and can be shared with workers. */
export function hasSharedMemory(): boolean {
  if (typeof SharedArrayBuffer !== 'function') return false;
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return isolated === undefined || isolated === true;
}

let blockingOverride: boolean | null = null;
let blockingProbe: boolean | null = null;

/**
 * True when this thread may block in `Atomics.wait` (Node's main thread, any worker); false on a browser main thread
 * (where waits spin on `Atomics.load` instead) and when there is no shared memory at all.
 */
export function canBlock(): boolean {
  if (blockingOverride !== null) return blockingOverride && hasSharedMemory();
  if (blockingProbe === null) {
    if (!hasSharedMemory()) return false;
    try {
      // the word is 0, we expect 1: returns 'not-equal' at once where waiting is allowed, throws where it isn't
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
      blockingProbe = true;
    } catch {
      blockingProbe = false;
    }
  }
  return blockingProbe;
}

/** Tests only: pretend this thread may (true) or may not (false) block; null restores detection. */
export function setBlockingOverride(value: boolean | null): void {
  blockingOverride = value;
}

/** A monotonic clock in ms (performance.now where available). */
export const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/**
 * Waits while `words[index] === value`, at most until `deadline` (a `performance.now()` time, Infinity for none).
 * Blocks with Atomics.wait where allowed, else spins on Atomics.load. Returns false on timeout.
 */
export function waitWhileEqual(words: Int32Array, index: number, value: number, deadline: number): boolean {
  if (canBlock()) {
    for (;;) {
      if (Atomics.load(words, index) !== value) return true;
      const left = deadline - now();
      if (left <= 0) return false;
      Atomics.wait(words, index, value, left === Infinity ? undefined : left);
    }
  }
  // spin (browser main thread): check the clock only every so often
  let n = 0;
  while (Atomics.load(words, index) === value) {
    if ((++n & 0x3ff) === 0 && now() >= deadline) return Atomics.load(words, index) !== value;
  }
  return true;
}

/** The status block of one thread slot. */
export class StatusBlock {
  readonly words: Int32Array;

  private constructor(
    readonly buffer: SharedArrayBuffer | ArrayBuffer,
    readonly shared: boolean,
  ) {
    this.words = new Int32Array(buffer, 0, STATUS_WORDS);
  }

  /** A new block: in shared memory if `shared` (the default when available), else main-thread-local. */
  static create(shared = hasSharedMemory()): StatusBlock {
    if (shared && !hasSharedMemory()) throw new SharedMemoryUnavailableError('ComputeThread: no shared memory.');
    return new StatusBlock(shared ? new SharedArrayBuffer(STATUS_BYTES) : new ArrayBuffer(STATUS_BYTES), shared);
  }

  /** Worker side: view a block received in an `init` message. */
  static attach(buffer: SharedArrayBuffer): StatusBlock {
    return new StatusBlock(buffer, true);
  }

  get state(): ThreadStateValue {
    return Atomics.load(this.words, W.STATE) as ThreadStateValue;
  }

  load(index: number): number {
    return Atomics.load(this.words, index);
  }

  store(index: number, value: number): void {
    Atomics.store(this.words, index, value);
  }

  notify(index: number): void {
    if (this.shared) Atomics.notify(this.words, index);
  }

  /** Sets the state word and wakes whoever waits on it. */
  setState(state: ThreadStateValue): void {
    Atomics.store(this.words, W.STATE, state);
    if (this.shared) Atomics.notify(this.words, W.STATE);
  }

  /** Job `seq` finished (Done or Error) and its outcome is readable. */
  isFinished(seq: number): boolean {
    const s = this.state;
    return (s === ThreadState.Done || s === ThreadState.Error) && Atomics.load(this.words, W.DONE_SEQ) === seq;
  }

  /**
   * Waits until job `seq` has finished, at most `timeoutMs` (default: forever). While the worker asks for a bigger
   * result buffer (state NeedGrow), calls `onNeedGrow(size)` once, which must send it one (the worker's event loop
   * is free, so a postMessage from here reaches it even though this thread is blocked). Returns false on timeout.
   * Throws SharedMemoryUnavailableError for a non-shared block whose job is not finished yet.
   */
  waitDone(seq: number, timeoutMs = Infinity, onNeedGrow?: (size: number) => void): boolean {
    if (this.isFinished(seq)) return true;
    if (!this.shared) throw new SharedMemoryUnavailableError();
    const deadline = timeoutMs === Infinity ? Infinity : now() + Math.max(0, timeoutMs);
    let grown = false;
    for (;;) {
      const s = this.state;
      if (s === ThreadState.Done || s === ThreadState.Error) {
        if (Atomics.load(this.words, W.DONE_SEQ) === seq) return true;
        // a stale Done from an earlier job cannot stay: the main thread set Running before submitting `seq`
        throw new Error(`ComputeThread: status block out of sync (done ${this.load(W.DONE_SEQ)}, waiting for ${seq})`);
      }
      if (s === ThreadState.NeedGrow && !grown) {
        grown = true;
        onNeedGrow?.(Atomics.load(this.words, W.GROW_REQ));
      }
      if (s === ThreadState.Idle) return true; // nothing submitted
      if (!waitWhileEqual(this.words, W.STATE, s, deadline)) return false;
    }
  }
}
