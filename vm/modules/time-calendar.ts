// Proleptic Gregorian calendar arithmetic for the `time` module: seconds <-> broken-down fields, with no
// Date object involved, so gmtime() works for any year C's `int tm_year` can hold (JS Date stops at
// year 275760) and localtime() only needs the host for the UTC offset.

/** Broken-down time as CPython's struct_time reports it: month 1-12, wday Monday=0, yday 1-366. */
export interface Fields {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
}

export const SECS_PER_DAY = 86400;

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days in `year` before the first of `mon` (1-12). */
export function daysBeforeMonth(year: number, mon: number): number {
  return DAYS_BEFORE_MONTH[mon - 1] + (mon > 2 && isLeap(year) ? 1 : 0);
}

/** Days from 1970-01-01 to January 1 of `year` (any integer year, negative ones included). */
export function daysBeforeYear(year: number): number {
  const y = year - 1;
  // floor divisions keep this right for years <= 0
  return 365 * (year - 1970) + (Math.floor(y / 4) - 492) - (Math.floor(y / 100) - 19) + (Math.floor(y / 400) - 4);
}

/** Days since 1970-01-01 -> [year, month 1-12, day] (Howard Hinnant's civil_from_days). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Splits `t + off` (whole seconds since the epoch plus a UTC offset) into days and seconds of day. Beyond
 * 2**53 the double is an exact integer but sums, products and quotients are not, so that range goes through
 * BigInt (CPython works on an exact 64-bit time_t there). */
function daysAndSeconds(t: number, off: number): [number, number] {
  const u = t + off;
  if (Math.abs(u) <= Number.MAX_SAFE_INTEGER && Math.abs(t) <= Number.MAX_SAFE_INTEGER) {
    let days = Math.floor(u / SECS_PER_DAY);
    let secs = u - days * SECS_PER_DAY;
    if (secs < 0) (days -= 1), (secs += SECS_PER_DAY);
    else if (secs >= SECS_PER_DAY) (days += 1), (secs -= SECS_PER_DAY);
    return [days, secs];
  }
  const big = BigInt(t) + BigInt(off);
  let days = big / 86400n;
  let secs = big - days * 86400n;
  if (secs < 0n) (days -= 1n), (secs += 86400n);
  return [Number(days), Number(secs)];
}

/** Whole seconds since the epoch, shifted by a UTC offset `off`, -> broken-down fields. */
export function fieldsFromSeconds(t: number, off = 0): Fields {
  const [days, secs] = daysAndSeconds(t, off);
  const [year, mon, mday] = civilFromDays(days);
  const hour = Math.floor(secs / 3600);
  const min = Math.floor((secs % 3600) / 60);
  // 1970-01-01 was a Thursday (Monday=0 -> 3)
  const wday = (((days + 3) % 7) + 7) % 7;
  return { year, mon, mday, hour, min, sec: secs % 60, wday, yday: daysBeforeMonth(year, mon) + mday };
}

/** The epoch second at which the given UTC (or local-as-if-UTC) fields fall; fields may be out of range. */
export function secondsFromFields(year: number, yday0: number, hour: number, min: number, sec: number): number {
  return (daysBeforeYear(year) + yday0) * SECS_PER_DAY + hour * 3600 + min * 60 + sec;
}
