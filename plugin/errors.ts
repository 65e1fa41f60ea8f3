// Reporting Python exceptions raised by game code without flooding: the first occurrence of an error goes to the
// console and to a `python-error` event; the same error raised again at the same place (every frame, typically) is
// only counted, with a reminder on the console at most every few seconds.
import type { PythonErrorEvent } from './events.js';

export interface ErrorSink {
  console: (text: string) => void;
  event: (e: PythonErrorEvent) => void;
}

interface Entry {
  traceback: string;
  count: number;
  lastNotice: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class ErrorReporter {
  private readonly last = new Map<string, Entry>();
  /** Total reports, repeats included. */
  total = 0;

  constructor(
    private readonly sink: ErrorSink,
    /** Minimum time between "repeated N times" console reminders for one place. */
    private readonly reminderMs = 5000,
  ) {}

  /** Reports an exception raised at `key` (a stable place id, e.g. `Game:update`). */
  report(key: string, traceback: string, info: Omit<PythonErrorEvent, 'traceback' | 'message' | 'count'>): void {
    this.total++;
    const prev = this.last.get(key);
    if (prev && prev.traceback === traceback) {
      prev.count++;
      const t = now();
      if (t - prev.lastNotice >= this.reminderMs) {
        prev.lastNotice = t;
        this.sink.console(`[python] the error in ${info.where} happened ${prev.count} times so far (reported once)`);
      }
      return;
    }
    this.last.set(key, { traceback, count: 1, lastNotice: now() });
    const tb = traceback.replace(/\n+$/, '');
    const lines = tb.split('\n');
    const message = lines[lines.length - 1] ?? tb;
    this.sink.console(`[python] error in ${info.where}:\n${tb}`);
    this.sink.event({ ...info, traceback: tb, message, count: 1 });
  }

  /** How many times in a row the current error at `key` happened (0 if none). */
  count(key: string): number {
    return this.last.get(key)?.count ?? 0;
  }

  /** Forgets collapsed errors (after a reload, a reappearing error is reported again). */
  reset(): void {
    this.last.clear();
  }
}
