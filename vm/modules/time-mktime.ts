// time.mktime(): the inverse of localtime(), following glibc's __mktime_internal (time/mktime.c), which is
// what CPython calls on Linux. Its choices are visible to Python code and are kept:
// - out-of-range fields are normalised arithmetically (month 13 is January of the next year, second 3600
//   is an hour later...), seconds outside 0..59 being added after the search as glibc does;
// - the search starts from the offset found by the previous call (glibc keeps it in a static variable), so
//   with tm_isdst=-1 an ambiguous wall time (the repeated hour when clocks go back) resolves to whichever
//   occurrence the previous call's offset leads to, exactly as in CPython on Linux;
// - a wall time in a gap (clocks going forward) is read with the offset from before the transition (with
//   tm_isdst=-1), or with the offset whose DST flag tm_isdst asks for;
// - tm_isdst 0/1 that disagrees with the zone picks the offset of the nearest time with that DST flag
//   (probing a week at a time, up to ~7 years away), else assumes a one-hour DST difference.
import { SECS_PER_DAY, daysBeforeMonth, daysBeforeYear, fieldsFromSeconds } from './time-calendar.js';
import { utcOffset, isDst } from './time-zone.js';
import type { Tm } from './time-struct.js';

const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

/** UTC offset and DST flag at `t`, or null when the local year does not fit C's int tm_year (glibc fails
 * with EOVERFLOW there). */
function probe(t: number): { off: number; dst: number } | null {
  const off = utcOffset(t);
  const year = fieldsFromSeconds(t, off).year - 1900;
  if (year > INT_MAX || year < INT_MIN) return null;
  return { off, dst: isDst(t, off) ? 1 : 0 };
}

/** glibc's isdst_differ: both flags known (>= 0) and different as booleans. */
function isdstDiffer(a: number, b: number): boolean {
  return !a !== !b && a >= 0 && b >= 0;
}

/** The state glibc keeps between calls (its static `localtime_offset`): t - L of the last result. */
export interface MktimeState {
  offset: number;
}

/** Returns the epoch second for local broken-down time `tm`, or null where C mktime returns -1 with errno
 * EOVERFLOW (CPython raises OverflowError('mktime argument out of range')).
 *
 * glibc searches for t with localtime(t) == L (L = the wall clock read as if it were UTC). Here the search
 * runs on d = t - L, which stays small, so the result is exact even when L is beyond 2**53. */
export function mktime(tm: Tm, state: MktimeState): number | null {
  // month normalisation carries into the year; the other fields need not be in range
  const monRem = ((tm.mon % 12) + 12) % 12;
  const year = tm.year + (tm.mon - monRem) / 12;
  const days = daysBeforeYear(year) + daysBeforeMonth(year, monRem + 1) - 1 + tm.mday;
  const secRequested = tm.sec;
  const sec = Math.min(Math.max(tm.sec, 0), 59); // glibc's LEAP_SECONDS_POSSIBLE handling
  const daySecs = tm.hour * 3600 + tm.min * 60 + sec;
  const L = days * SECS_PER_DAY + daySecs;
  const isdst = tm.isdst;

  // Invert localtime by probing, starting from the previous call's offset.
  let d = state.offset;
  let d1 = d;
  let d2 = d;
  let probes = 6;
  let gap = false; // settled on an oscillation: L is in a spring-forward gap
  let c = probe(L + d);
  if (c === null) return null;
  for (;;) {
    const dt = -(d + c.off); // L - localtime(L + d), as seconds
    if (dt === 0) break;
    // Oscillating between two values: L is in a spring-forward gap. Stop on the probe whose DST flag
    // differs from the requested one or, with none requested, on the DST one (what glibc 2.36 returns:
    // the wall time read with the offset from before the transition).
    if (d === d1 && d !== d2 && (isdst < 0 ? c.dst !== 0 : (isdst !== 0) !== (c.dst !== 0))) {
      gap = true;
      break;
    }
    if (--probes === 0) return null;
    d1 = d2;
    d2 = d;
    d += dt;
    c = probe(L + d);
    if (c === null) return null;
  }

  if (!gap && isdstDiffer(isdst, c.dst)) {
    // Look for a nearby time with the requested DST flag and use its offset.
    const dstDifference = (isdst === 0 ? 1 : 0) - (c.dst === 0 ? 1 : 0);
    const stride = 601200;
    const deltaBound = 457243200 / 2 + stride;
    search: {
      for (let delta = stride; delta < deltaBound; delta += stride) {
        for (let direction = -1; direction <= 1; direction += 2) {
          const od = d + delta * direction;
          const oc = probe(L + od);
          if (oc === null) return null;
          if (!isdstDiffer(isdst, oc.dst) && probe(L - oc.off) !== null) {
            d = -oc.off;
            break search;
          }
        }
      }
      // no unusual DST offset nearby: assume one-hour DST
      d += 3600 * dstDifference;
      if (probe(L + d) === null) return null;
    }
  }

  state.offset = d;
  if (secRequested !== sec) {
    d += secRequested - sec;
    if (probe(L + d) === null) return null;
  }
  if (Math.abs(L) < 2 ** 52) return L + d;
  return Number(BigInt(days) * 86400n + BigInt(daySecs) + BigInt(d));
}
