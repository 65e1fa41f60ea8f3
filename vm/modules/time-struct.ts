// time.struct_time (a tuple of 9 fields plus the tm_zone and tm_gmtoff attributes, like CPython's structseq)
// and the reading of "time tuple" arguments with the checks of CPython's gettmarg()/checktm().
import { None, PyType, TypeFlags, isFloat, makeBuiltinType } from '../runtime/object.js';
import { PyDict, PyTuple, tupleType, dictType } from '../runtime/types.js';
import { defMethod, arg, checkKw } from '../runtime/natives.js';
import { PyBaseException, TypeError as TypeErrorType, typeErr, valueErr, overflowErr } from '../runtime/exceptions.js';
import { index, repr } from '../runtime/convert.js';
import { iter, next } from '../runtime/iteration.js';
import { typeOf } from '../runtime/typeof.js';
import { defNew, readonlyMember } from '../runtime/builtins/container-util.js';
import type { Fields } from './time-calendar.js';
import { zoneName } from './time-zone.js';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const EXTRA = ['tm_zone', 'tm_gmtoff'];
const TP_NAME = 'time.struct_time';

export class PyStructTime extends PyTuple {
  /** tm_zone, or undefined while not computed yet (see zoneAt). */
  zone: any = None;
  gmtoff: any = None;
  /** For localtime() results: the instant whose zone name tm_zone reports. Computing the name costs Intl
   * calls, and most callers (datetime included) never read it, so it is made on first access. */
  zoneAt: number | undefined = undefined;

  getZone(): any {
    if (this.zone === undefined) this.zone = zoneName(this.zoneAt!, this.gmtoff);
    return this.zone;
  }
}

export const structTimeType: PyType = makeBuiltinType('struct_time', tupleType, PyStructTime, TypeFlags.None);
structTimeType.module = 'time';

/** A struct_time for broken-down fields; `zone` undefined means "compute from zoneAt when asked". */
export function makeStructTime(f: Fields, isdst: number, zone: string | undefined, gmtoff: number, zoneAt?: number): PyStructTime {
  const st = new PyStructTime([f.year, f.mon, f.mday, f.hour, f.min, f.sec, f.wday, f.yday, isdst]);
  st.zone = zone;
  st.gmtoff = gmtoff;
  st.zoneAt = zoneAt;
  return st;
}

function installStructTime(): void {
  const t = structTimeType;
  FIELDS.forEach((name, i) => readonlyMember(t, name, (o: PyTuple) => o.a[i]));
  readonlyMember(t, 'tm_zone', (o: PyStructTime) => o.getZone());
  readonlyMember(t, 'tm_gmtoff', (o: PyStructTime) => o.gmtoff);
  t.dict.n_fields = FIELDS.length + EXTRA.length;
  t.dict.n_sequence_fields = FIELDS.length;
  t.dict.n_unnamed_fields = 0;
  t.dict.__match_args__ = new PyTuple(FIELDS.slice());

  // structseq_new: struct_time(sequence, dict=None); items past the sequence come from dict by name
  defNew(t, (cls, args, kw) => {
    checkKw('struct_time', kw, ['sequence', 'dict']);
    if (args.length > 3) throw typeErr(`struct_time() takes at most 2 arguments (${args.length - 1} given)`);
    const seq = arg(args, kw, 1, 'sequence');
    if (seq === undefined) throw typeErr("struct_time() missing required argument 'sequence' (pos 1)");
    let dict = arg(args, kw, 2, 'dict');
    if (dict === undefined) dict = None;
    if (dict !== None && !(dict instanceof PyDict && typeOf(dict).isSubtypeOf(dictType)))
      throw typeErr(`${TP_NAME}() takes a dict as second arg, if any`);
    const items = sequenceItems(seq);
    const min = FIELDS.length;
    const max = min + EXTRA.length;
    if (items.length < min)
      throw typeErr(`${TP_NAME}() takes an at least ${min}-sequence (${items.length}-sequence given)`);
    if (items.length > max)
      throw typeErr(`${TP_NAME}() takes an at most ${max}-sequence (${items.length}-sequence given)`);
    const extra: any[] = [];
    for (let i = min; i < max; i++) {
      if (i < items.length) extra.push(items[i]);
      else {
        const v = dict === None ? undefined : (dict as PyDict).s.get(EXTRA[i - min]);
        extra.push(v === undefined ? None : v);
      }
    }
    const st = new PyStructTime(items.slice(0, min));
    if (cls !== structTimeType) st.$cls = cls;
    st.zone = extra[0];
    st.gmtoff = extra[1];
    return st;
  });

  defMethod(t, '__repr__', (self: PyStructTime) => {
    const parts = FIELDS.map((name, i) => `${name}=${repr(self.a[i])}`);
    return `${TP_NAME}(${parts.join(', ')})`;
  });

  // pickle/copy: (struct_time, (the 9 fields, {'tm_zone': ..., 'tm_gmtoff': ...}))
  defMethod(t, '__reduce__', (self: PyStructTime) => {
    const d = new PyDict();
    d.s.set('tm_zone', self.getZone());
    d.s.set('tm_gmtoff', self.gmtoff);
    return new PyTuple([typeOf(self), new PyTuple([new PyTuple(self.a.slice()), d])]);
  });
}
installStructTime();

/** PySequence_Fast with CPython's message for non-iterables. */
function sequenceItems(x: any): any[] {
  let it: any;
  try {
    it = iter(x);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls === TypeErrorType) throw typeErr('constructor requires a sequence');
    throw e;
  }
  const out: any[] = [];
  for (let v = next(it); v !== undefined; v = next(it)) out.push(v);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Time tuple arguments (mktime, asctime)

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

function cLong(x: any): number | bigint {
  const v = index(x);
  if (typeof v === 'bigint' && (v > LONG_MAX || v < LONG_MIN)) throw overflowErr('Python int too large to convert to C long');
  return v;
}

/** The "i" argument format: a C int, through __index__, with getargs.c's overflow messages. */
function cInt(x: any): number {
  if (isFloat(x)) throw typeErr("'float' object cannot be interpreted as an integer");
  const v = cLong(x);
  if (typeof v === 'bigint') {
    throw overflowErr(v > 0n ? 'signed integer is greater than maximum' : 'signed integer is less than minimum');
  }
  if (v > INT_MAX) throw overflowErr('signed integer is greater than maximum');
  if (v < INT_MIN) throw overflowErr('signed integer is less than minimum');
  return v;
}

/** A struct tm the way CPython's gettmarg() fills it: tm_mon 0-based, tm_wday Sunday=0, tm_yday 0-based. */
export interface Tm {
  year: number; // the full year (tm_year + 1900)
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
}

export function timeTupleArg(x: any, fname: string): Tm {
  if (!(x instanceof PyTuple)) throw typeErr('Tuple or struct_time argument required');
  if (x.a.length !== 9) throw typeErr(`${fname}(): illegal time tuple argument`);
  const v = x.a.map(cInt);
  if (v[0] < INT_MIN + 1900) throw overflowErr('year out of range');
  if (x instanceof PyStructTime && typeOf(x) === structTimeType) {
    // CPython copies tm_zone (as UTF-8) and tm_gmtoff (as a C long) into the struct tm
    if (x.zone !== undefined && x.zone !== None && typeof x.zone !== 'string') throw typeErr('bad argument type for built-in operation');
    if (x.gmtoff !== None) cLong(x.gmtoff);
  }
  // C's % truncates: a weekday of -1 (Sunday) stays valid, -2 becomes -1 and is rejected by checkTm
  return { year: v[0], mon: v[1] - 1, mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: (v[6] + 1) % 7, yday: v[7] - 1, isdst: v[8] };
}

/** checktm(): the ranges asctime() (and strftime) need, with CPython's fix-ups of 0 month/day/yday. */
export function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw valueErr('month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueErr('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw valueErr('hour out of range');
  if (tm.min < 0 || tm.min > 59) throw valueErr('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw valueErr('seconds out of range');
  if (tm.wday < 0) throw valueErr('day of week out of range');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw valueErr('day of year out of range');
}

const WDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CPython's _asctime(): "%s %s%3d %.2d:%.2d:%.2d %d". */
export function asctimeString(tm: Tm): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${WDAY[tm.wday]} ${MON[tm.mon]}${String(tm.mday).padStart(3)} ${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)} ${tm.year}`;
}

/** A struct_time's fields as a Tm (for ctime, which formats localtime() without re-validating). */
export function tmFromFields(f: Fields, isdst: number): Tm {
  return { year: f.year, mon: f.mon - 1, mday: f.mday, hour: f.hour, min: f.min, sec: f.sec, wday: (f.wday + 1) % 7, yday: f.yday - 1, isdst };
}
