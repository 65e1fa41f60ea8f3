// The `time` module: clocks and sleep. sleep() really blocks (Atomics.wait) in Node and in workers; on a browser
// main thread, where blocking is forbidden, it raises an error that explains what to do instead. Calendar time
// (struct_time, localtime, mktime... in the host's time zone) is time-local.ts, a part browser builds leave out
// when no source uses it (see optional-catalog.ts); the module registry plugs it in here.
import { None, mkFloat, PyFloat, type AttrBag } from '../runtime/object.js';
import { native } from '../runtime/natives.js';
import { valueErr, typeErr, exc, RuntimeError, attrErr } from '../runtime/exceptions.js';
import { typeOf } from '../runtime/typeof.js';
import type { ModuleDef, PyModule } from '../runtime/module.js';
import { CALENDAR_TIME_NAMES, leftOutMessage, CALENDAR_TIME_OPTION } from './optional-catalog.js';

/** The calendar-time half of the module, when the build has it (set by the module registry). */
export const timeParts: { installCalendar: ((d: AttrBag) => void) | null } = { installCalendar: null };

const sleepCell = typeof SharedArrayBuffer !== 'undefined' ? new Int32Array(new SharedArrayBuffer(4)) : null;

/** Blocks the current thread for `ms` milliseconds: Atomics.wait in Node and workers; on a browser main
 * thread (where Atomics.wait is forbidden) a spin on Atomics.load, which needs cross-origin isolation. */
export function blockFor(ms: number): void {
  if (ms <= 0) return;
  if (sleepCell === null)
    throw exc(
      RuntimeError,
      'time.sleep() needs SharedArrayBuffer: serve the page cross-origin isolated (Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp), or avoid blocking the main thread (use a ComputeThread with submit_* and is_done)',
    );
  try {
    Atomics.wait(sleepCell, 0, 0, ms);
    return;
  } catch {
    // browser main thread: spin instead (the frame stalls for `ms`, as a blocking sleep must)
  }
  const end = performance.now() + ms;
  while (performance.now() < end) Atomics.load(sleepCell, 0);
}

function seconds(x: any): number {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return Number(x);
  throw typeErr(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
}

const t0 = performance.now();
const now = () => Date.now() / 1000;

export const timeModule: ModuleDef = {
  name: 'time',
  init(mod: PyModule) {
    const d = mod.$d!;
    d.time = native('time', () => mkFloat(now()));
    d.time_ns = native('time_ns', () => BigInt(Date.now()) * 1000000n + BigInt(Math.floor((performance.now() % 1) * 1e6)));
    d.perf_counter = native('perf_counter', () => mkFloat(performance.now() / 1000));
    d.perf_counter_ns = native('perf_counter_ns', () => Math.floor(performance.now() * 1e6));
    d.monotonic = native('monotonic', () => mkFloat((performance.now() - t0) / 1000 + 1));
    d.monotonic_ns = native('monotonic_ns', () => Math.floor((performance.now() - t0) * 1e6) + 1e9);
    d.process_time = native('process_time', () => mkFloat(performance.now() / 1000));
    d.sleep = native('sleep', (s: any) => {
      const v = seconds(s);
      if (v < 0) throw valueErr('sleep length must be non-negative');
      blockFor(v * 1000);
      return None;
    });

    if (timeParts.installCalendar !== null) timeParts.installCalendar(d);
    else {
      // PEP 562: the names of the left-out half fail with a hint rather than a bare AttributeError
      const names = new Set(CALENDAR_TIME_NAMES);
      d.__getattr__ = native('__getattr__', (name: any) => {
        const hint = typeof name === 'string' && names.has(name) ? leftOutMessage(CALENDAR_TIME_OPTION) : '';
        throw attrErr(`module 'time' has no attribute '${String(name)}'${hint}`);
      });
    }
  },
};
