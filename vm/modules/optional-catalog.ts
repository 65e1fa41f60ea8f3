// The standard-library parts written in TypeScript that a browser build may leave out. Node builds (the CLI, the
// library, workers) ship all of them through optional.ts; the Vite plugin replaces optional.ts in production builds
// with just the parts the game's Python sources import (see plugin/vite.ts), which keeps `re`, `pickle`, `random`...
// out of the pages of games that never use them. Plain data: the Vite plugin reads it in Node.

/** Where a module's definition lives: a file under vm/modules/ and the name of its exported ModuleDef. */
export interface OptionalPart {
  file: string;
  exportName: string;
}

/** Python module name -> its definition. */
export const OPTIONAL_MODULES: Record<string, OptionalPart> = {
  json: { file: 'json.ts', exportName: 'jsonModule' },
  math: { file: 'math.ts', exportName: 'mathModule' },
  random: { file: 'random/index.ts', exportName: 'randomModule' },
  re: { file: 're/index.ts', exportName: 'reModule' },
  pickle: { file: 'pickle/index.ts', exportName: 'pickleModule' },
  copyreg: { file: 'pickle/index.ts', exportName: 'copyregModule' },
  pkpy: { file: 'pkpy.ts', exportName: 'pkpyModule' }, // ComputeThread and its worker pool
};

/** The character-name table behind `\N{...}` escapes in literals and patterns: shipped when a source has `\N{`. */
export const UNICODE_NAMES: OptionalPart = { file: '../compiler/unicode-names.ts', exportName: 'lookupUnicodeName' };

/** The annotation unparser behind `from __future__ import annotations` (PEP 563): shipped when a source imports
 * __future__, and asked for by that name in the Vite plugin's `stdlib` option (which also ships __future__.py). */
export const FUTURE_ANNOTATIONS: OptionalPart = { file: '../compiler/unparse.ts', exportName: 'unparseAnnotation' };
export const FUTURE_ANNOTATIONS_OPTION = '__future__';

/** The calendar-time half of `time` (struct_time, localtime, mktime..., time zones): shipped when a source uses one
 * of CALENDAR_TIME_NAMES (datetime does), since most games only read clocks. */
export const CALENDAR_TIME: OptionalPart = { file: 'time-local.ts', exportName: 'installCalendarTime' };
export const CALENDAR_TIME_NAMES = ['struct_time', 'gmtime', 'localtime', 'mktime', 'asctime', 'ctime', 'tzset', 'timezone', 'altzone', 'daylight', 'tzname'];
/** The name that asks for calendar time in the Vite plugin's `stdlib` option. */
export const CALENDAR_TIME_OPTION = 'time-calendar';

/**
 * The parts that plug into a hook instead of defining a module, by the flag the Vite plugin's scan sets for each
 * (plugin/vite-optional.ts OptionalParts), with the name optional.ts exports each as (null when left out).
 */
export const HOOK_PARTS = {
  unicodeNames: { ...UNICODE_NAMES, exportAs: 'unicodeNameLookup' },
  calendarTime: { ...CALENDAR_TIME, exportAs: 'calendarTime' },
  futureAnnotations: { ...FUTURE_ANNOTATIONS, exportAs: 'annotationUnparser' },
};
export type HookPart = keyof typeof HOOK_PARTS;

/** Whether `source` may use calendar time (a word scan: a false positive only costs bytes). */
export function usesCalendarTime(source: string): boolean {
  return CALENDAR_TIME_WORDS.test(source);
}
const CALENDAR_TIME_WORDS = new RegExp(`\\b(${CALENDAR_TIME_NAMES.join('|')})\\b`);

/**
 * Modules that use others at run time without an `import` statement a scan could see. One level only: the lists are
 * complete, so ComputeThread (pkpy) brings pickle without what only a direct user of pickle may need.
 */
export const IMPLIED_IMPORTS: Record<string, string[]> = {
  pkpy: ['pickle', 'copyreg'], // ComputeThread arguments and results cross as pickle bytes (protocol 4)
  pickle: ['copyreg', 'functools'], // reduce protocol; functools.partial for NEWOBJ_EX below protocol 4
};

/** `names` and what each implies. */
export function withImplied(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    for (const m of IMPLIED_IMPORTS[n] ?? []) out.add(m);
  }
  return out;
}

/** The name that asks for the `\N{...}` table in the Vite plugin's `stdlib` option. */
export const UNICODE_NAMES_OPTION = 'unicode-names';

/** Why `import name` failed when a build left the module out (appended to ModuleNotFoundError's message). */
export function leftOutHint(name: string): string {
  return OPTIONAL_MODULES[name] === undefined ? '' : leftOutMessage(name);
}

/** How to get a part (`name` as the Vite plugin's `stdlib` option takes it) that this build left out. */
export function leftOutMessage(name: string): string {
  return ` (this build leaves it out: add '${name}' to the phaser-pkpy Vite plugin's stdlib option)`;
}
