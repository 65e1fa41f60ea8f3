// Typed events of the Python plugin (an eventemitter3 emitter: `python.events.on('job-done', e => ...)`).
import type { JobInfo } from '../engine-bridge/jobs.js';

export interface JobDoneEvent {
  job: JobInfo;
  /** The result as a Python value (in VM 0). */
  value: unknown;
  /** The result converted to plain JS (lists -> arrays, dicts -> objects), computed on first call. */
  toJs(): unknown;
  elapsedMs: number;
}

export interface JobErrorEvent {
  job: JobInfo;
  /** The worker's Python traceback. */
  traceback: string;
  elapsedMs: number;
  /** Whether a Python `on_error` callback received it too. */
  handled: boolean;
}

export interface PythonErrorEvent {
  /** Where it happened: `main.update (scene Game)`, `on_done callback of job 3 (worldgen.generate)`, `reload of main`. */
  where: string;
  /** Scene key, when raised by a scene hook. */
  scene?: string;
  /** Hook name (`preload`, `create`, `update`, `shutdown`, `import`), when raised by a scene hook. */
  hook?: string;
  /** The Python traceback, as CPython prints it. */
  traceback: string;
  /** The last line: `ZeroDivisionError: division by zero`. */
  message: string;
  /** How many times in a row this exact error happened before this report (1 for a new error). */
  count: number;
  /** The Python exception object. */
  error: unknown;
}

export interface ReloadEvent {
  /** Module names whose source changed. */
  changed: string[];
  /** Of those, the ones VM 0 had imported and re-executed. */
  reloaded: string[];
  /** Modules that failed to reload (the old code keeps running), with their tracebacks. */
  failed: { module: string; traceback: string }[];
}

export interface PythonEvents {
  'job-done': (e: JobDoneEvent) => void;
  'job-error': (e: JobErrorEvent) => void;
  'python-error': (e: PythonErrorEvent) => void;
  reload: (e: ReloadEvent) => void;
  /** Text VM 0 printed (one call per line). */
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}
