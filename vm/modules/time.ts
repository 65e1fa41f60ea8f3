// The `time` module: clocks, sleep, and calendar time. sleep() really blocks (Atomics.wait) in Node and in
// workers; on a browser main thread, where blocking is forbidden, it raises an error that explains what to
// do instead. Local time is the host's time zone (time-zone.ts), as CPython gets it from the C library.
import { None, mkFloat, PyFloat, isFloat, floatValue } from '../runtime/object.js';
import { PyTuple, PyBoxed, floatType } from '../runtime/types.js';
import { native } from '../runtime/natives.js';
import { PyBaseException, valueErr, typeErr, overflowErr, exc, RuntimeError, OSError } from '../runtime/exceptions.js';
import { index } from '../runtime/convert.js';
import { typeOf } from '../runtime/typeof.js';
import type { ModuleDef, PyModule } from '../runtime/module.js';
import { fieldsFromSeconds, type Fields } from './time-calendar.js';
import { utcOffset, isDst, zoneConstants, forgetZoneCaches } from './time-zone.js';
import { structTimeType, makeStructTime, timeTupleArg, checkTm, asctimeString, tmFromFields } from './time-struct.js';
import { mktime, type MktimeState } from './time-mktime.js';

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

/** _PyTime_ObjectToTime_t with ROUND_FLOOR: a float or an int (through __index__) -> whole seconds. */
function timeT(x: any): number {
  let f: number | undefined;
  if (isFloat(x)) f = floatValue(x);
  else if (x instanceof PyBoxed && typeOf(x).isSubtypeOf(floatType)) f = typeof x.v === 'number' ? x.v : floatValue(x.v);
  if (f !== undefined) {
    if (f !== f) throw valueErr('Invalid value NaN (not a number)');
    const v = Math.floor(f);
    if (!(v >= -(2 ** 63) && v < 2 ** 63)) throw overflowErr('timestamp out of range for platform time_t');
    return v;
  }
  const i = index(x);
  if (typeof i === 'bigint') {
    if (i < -(2n ** 63n) || i >= 2n ** 63n) throw overflowErr('timestamp out of range for platform time_t');
    return Number(i);
  }
  return i;
}

const timeArg = (t: any): number => (t === None ? Math.floor(now()) : timeT(t));

/** Broken-down time at `t` + `off`; like glibc, fails with EOVERFLOW when the year does not fit tm_year. */
function breakDown(t: number, off: number): Fields {
  const f = fieldsFromSeconds(t, off);
  const y = f.year - 1900;
  if (y > 2147483647 || y < -2147483648) throw new PyBaseException(OSError, [75, 'Value too large for defined data type']);
  return f;
}

function localStruct(t: number): PyTuple {
  const off = utcOffset(t);
  // tm_zone is filled in on first access (it needs Intl), from the instant and offset
  return makeStructTime(breakDown(t, off), isDst(t, off) ? 1 : 0, undefined, off, t);
}

function localTm(t: number) {
  const off = utcOffset(t);
  return tmFromFields(breakDown(t, off), isDst(t, off) ? 1 : 0);
}

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

    d.struct_time = structTimeType;
    // glibc's gmtime names the zone "GMT" (CPython on Linux shows that in tm_zone)
    d.gmtime = native('gmtime', (t: any = None) => makeStructTime(breakDown(timeArg(t), 0), 0, 'GMT', 0), 0, 1);
    d.localtime = native('localtime', (t: any = None) => localStruct(timeArg(t)), 0, 1);
    const mktimeState: MktimeState = { offset: 0 }; // per VM, as glibc's is per process
    d.mktime = native('mktime', (tup: any) => {
      const r = mktime(timeTupleArg(tup, 'mktime'), mktimeState);
      if (r === null) throw overflowErr('mktime argument out of range');
      return mkFloat(r);
    });
    d.asctime = native(
      'asctime',
      (tup: any) => {
        if (tup === undefined) return asctimeString(localTm(Math.floor(now())));
        const tm = timeTupleArg(tup, 'asctime');
        checkTm(tm);
        return asctimeString(tm);
      },
      0,
      1,
    );
    d.ctime = native('ctime', (t: any = None) => asctimeString(localTm(timeArg(t))), 0, 1);

    // Computed at import, like CPython. tzset() recomputes them: Python cannot set the host's zone (there is
    // no TZ variable to change in a browser), but the host's zone can change under a running game (Node's
    // process.env.TZ, a travelling device), and Intl formatters remember the zone they were made in.
    const setZoneConstants = () => {
      forgetZoneCaches();
      const z = zoneConstants(now());
      d.timezone = z.timezone;
      d.altzone = z.altzone;
      d.daylight = z.daylight;
      d.tzname = new PyTuple(z.tzname.slice());
      return None;
    };
    d.tzset = native('tzset', setZoneConstants);
    setZoneConstants();
  },
};
