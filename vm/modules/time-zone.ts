// The host's local time zone, read through JavaScript's Date (UTC offset of an instant) and Intl (zone
// abbreviations). Nothing here is Node-only: the same code runs in browsers. This is what CPython gets from
// the C library (localtime_r's tm_gmtoff / tm_isdst / tm_zone).
import { SECS_PER_DAY, daysBeforeMonth, fieldsFromSeconds, secondsFromFields } from './time-calendar.js';

/** JS Date covers +-8.64e15 ms; keep a margin so an offset added to a reduced instant stays inside. */
const DATE_LIMIT = 8.64e12 - 2 * SECS_PER_DAY * 366;
/** The Gregorian calendar repeats exactly every 400 years (146097 days, a whole number of weeks), and so do
 * rule-based DST dates: instants beyond Date's range are moved by whole cycles to get their offset. */
const CYCLE = 146097 * SECS_PER_DAY;

function inDateRange(t: number): number {
  if (t > DATE_LIMIT) return t - Math.ceil((t - DATE_LIMIT) / CYCLE) * CYCLE;
  if (t < -DATE_LIMIT) return t + Math.ceil((-DATE_LIMIT - t) / CYCLE) * CYCLE;
  return t;
}

/** Seconds east of UTC at the instant `t` (whole seconds since the epoch). Uses the local getters rather
 * than getTimezoneOffset(), which rounds to minutes: local mean time offsets like -4:56:02 keep their
 * seconds that way, as they do in the C library. */
export function utcOffset(t: number): number {
  const r = inDateRange(t);
  const d = new Date(r * 1000);
  const y = d.getFullYear();
  const yday0 = daysBeforeMonth(y, d.getMonth() + 1) + d.getDate() - 1;
  return secondsFromFields(y, yday0, d.getHours(), d.getMinutes(), d.getSeconds()) - r;
}

/** Whether `t` (with offset `off`) is daylight saving time. Date does not say, so: DST when the offset is
 * above the smaller of the offsets at January 1 and July 1 of that local year (the standard offset in both
 * hemispheres). Matches the tz database for ordinary DST; zones whose tzdata uses "negative DST"
 * (Europe/Dublin) or that changed their standard offset mid-year report the opposite for part of a year. */
export function isDst(t: number, off: number): boolean {
  const year = fieldsFromSeconds(t, off).year;
  const jan = secondsFromFields(year, 0, 0, 0, 0);
  const jul = secondsFromFields(year, 181, 0, 0, 0);
  return off > Math.min(utcOffset(jan), utcOffset(jul));
}

// ---------------------------------------------------------------------------------------------------------
// Abbreviations

/** Locales whose CLDR data has short names for the zones of their region ("EST", "BST", "IST", "AEST",
 * "SAST", "WAT", "HKT", "JST"...) and none in another script. en-US comes first (UTC, GMT, North America);
 * a name is taken from the first locale that has one. */
const LOCALES = ['en-US', 'en-GB', 'en-IE', 'en-IN', 'en-CA', 'en-AU', 'en-NZ', 'en-ZA', 'en-HK', 'ja-JP'];
/** Names CLDR still has but the tz database (what CPython shows) dropped in 2017 as invented: those zones
 * use numeric names like "+1030" there, so the numeric fallback matches CPython better. */
const NOT_IN_TZDATA = new Set(['LHST', 'LHDT', 'ACWST', 'ACWDT', 'CHAST', 'CHADT']);
/** An abbreviation ("EST", "AEDT", "UTC"); anything else ("GMT+5:30", "GMT−4" with U+2212...) is Intl
 * saying it has no name. */
const ABBREVIATION = /^[A-Za-z]{2,6}$/;

/** Formatters capture the host zone when made; forgetZoneCaches() drops them when the zone may change. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** Year -> (offset -> name) for the years zoneName borrows names from, made on first need. */
const yearNames = new Map<number, Map<number, string>>();

export function forgetZoneCaches(): void {
  formatters.clear();
  yearNames.clear();
}

function formatter(locale: string): Intl.DateTimeFormat | null {
  let f = formatters.get(locale);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' });
    } catch {
      f = null; // no Intl, or no data for this locale
    }
    formatters.set(locale, f);
  }
  return f;
}

function intlName(t: number): string | null {
  if (typeof Intl === 'undefined' || Math.abs(t) > 8.64e12) return null;
  const date = new Date(t * 1000);
  for (const locale of LOCALES) {
    const f = formatter(locale);
    if (f === null) continue;
    let name: string | undefined;
    try {
      name = f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
    } catch {
      continue;
    }
    if (name && ABBREVIATION.test(name) && !NOT_IN_TZDATA.has(name)) return name;
  }
  return null;
}

/** The tz database's style for a zone without a name: "+05", "+0530", "-0330", "+103620". */
export function numericName(off: number): string {
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = Math.floor(a / 3600);
  const mm = Math.floor((a % 3600) / 60);
  const ss = a % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return sign + two(hh) + (mm || ss ? two(mm) : '') + (ss ? two(ss) : '');
}

/** Names Intl gives for the offsets in use on January 1 and July 1 of `year`. */
function namesIn(year: number): Map<number, string> {
  let names = yearNames.get(year);
  if (names === undefined) {
    names = new Map();
    for (const yday of [0, 181]) {
      const t = secondsFromFields(year, yday, 0, 0, 0);
      const name = intlName(t);
      const off = utcOffset(t);
      if (name !== null && !names.has(off)) names.set(off, name);
    }
    yearNames.set(year, names);
  }
  return names;
}

/** A name for `off` when Intl has none at the instant itself. CLDR maps zones to named "metazones" only
 * from 1970 on (America/New_York in 1938 is just "GMT-4") while the tz database names older periods too
 * ("EDT"): take the name the same offset has in 1970 (for earlier instants), else in the current year. */
function borrowedName(t: number, off: number): string | undefined {
  const early = t < 0 ? namesIn(1970).get(off) : undefined;
  return early ?? namesIn(fieldsFromSeconds(Math.floor(Date.now() / 1000)).year).get(off);
}

/** The zone abbreviation at instant `t` (offset `off`), as tm_zone / tzname show it. Offsets with a seconds
 * part are local mean time (before a place adopted standard time), which the tz database calls "LMT".
 * Otherwise Intl's English short name at `t`, else a name the same offset has in 1970 or now, else the numeric
 * form (what tzdata itself uses for zones without an agreed abbreviation, e.g. "+0545" for Asia/Kathmandu,
 * "+1030"/"+11" for Australia/Lord_Howe), rather than Intl's "GMT+5:45". */
export function zoneName(t: number, off: number): string {
  if (off % 60 !== 0) return 'LMT';
  return intlName(t) ?? borrowedName(t, off) ?? numericName(off);
}

// ---------------------------------------------------------------------------------------------------------
// time.timezone / altzone / daylight / tzname

export interface ZoneConstants {
  timezone: number;
  altzone: number;
  daylight: number;
  /** The names, computed on demand: Intl's first formatter costs ~10 ms, which `import time` should not pay. */
  tzname: () => [string, string];
}

/** CPython's init_timezone() on glibc: sample the offset near January 1 and half a (Julian) year later in
 * the current year; the larger offset west of UTC is standard time (the southern hemisphere swap). */
export function zoneConstants(nowSeconds: number): ZoneConstants {
  const YEAR = (365 * 24 + 6) * 3600;
  const jan = Math.trunc(nowSeconds / YEAR) * YEAR;
  const jul = jan + YEAR / 2;
  const janOff = utcOffset(jan);
  const julOff = utcOffset(jul);
  const janzone = -janOff;
  const julzone = -julOff;
  const daylight = janzone !== julzone ? 1 : 0;
  const names = (): [string, string] => {
    const janName = zoneName(jan, janOff);
    const julName = zoneName(jul, julOff);
    return janzone < julzone ? [julName, janName] : [janName, julName];
  };
  return janzone < julzone
    ? { timezone: julzone, altzone: janzone, daylight, tzname: names }
    : { timezone: janzone, altzone: julzone, daylight, tzname: names };
}
