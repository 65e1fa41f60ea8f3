// Calendar time for the `time` module: struct_time, gmtime/localtime, mktime, asctime/ctime and the zone
// constants (timezone, altzone, daylight, tzname, tzset), in the host's time zone (time-zone.ts) as CPython
// gets it from the C library. A part of its own: browser builds ship it only when a source uses these names.
import { None, mkFloat, isFloat, floatValue, type AttrBag } from '../runtime/object.js';
import { PyTuple, PyBoxed, floatType } from '../runtime/types.js';
import { native } from '../runtime/natives.js';
import { PyBaseException, valueErr, overflowErr, OSError } from '../runtime/exceptions.js';
import { index } from '../runtime/convert.js';
import { typeOf } from '../runtime/typeof.js';
import { fieldsFromSeconds, type Fields } from './time-calendar.js';
import { utcOffset, isDst, zoneConstants, forgetZoneCaches } from './time-zone.js';
import { structTimeType, makeStructTime, timeTupleArg, checkTm, asctimeString, tmFromFields } from './time-struct.js';
import { mktime, type MktimeState } from './time-mktime.js';

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

/** Defines the calendar-time names in the `time` module's namespace `d`. */
export function installCalendarTime(d: AttrBag): void {
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
    lazyValue(d, 'tzname', () => new PyTuple(z.tzname()));
    return None;
  };
  d.tzset = native('tzset', setZoneConstants);
  setZoneConstants();
}

/**
 * `d[name]` computed on first read (then a plain value, as if it had been set at import): Python code cannot
 * tell the difference, and `import time` does not pay for Intl's first formatter (about 10 ms).
 */
function lazyValue(d: AttrBag, name: string, compute: () => any): void {
  Object.defineProperty(d, name, {
    configurable: true,
    enumerable: true,
    get() {
      const v = compute();
      Object.defineProperty(d, name, { value: v, writable: true, configurable: true, enumerable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(d, name, { value: v, writable: true, configurable: true, enumerable: true });
    },
  });
}
