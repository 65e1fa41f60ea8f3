// Which Python standard-library modules a set of scripts needs: their import statements, followed
// transitively through the library's own imports. Browser builds ship only these (see sources.browser.ts).

import { OPTIONAL_MODULES, IMPLIED_IMPORTS, UNICODE_NAMES_OPTION, CALENDAR_TIME_OPTION, FUTURE_ANNOTATIONS_OPTION, usesCalendarTime, withImplied } from '../optional-catalog.js';

const IMPORT = /^[ \t]*(?:import[ \t]+([^#\n;]+)|from[ \t]+([\w.]+)[ \t]+import\b)/gm;

/** The absolute module names a source's import statements name (`import a.b as c, d` -> a.b, d). */
export function importedNames(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    if (m[1] !== undefined) for (const part of m[1].split(',')) out.push(part.trim().split(/\s+/)[0]);
    else out.push(m[2]);
  }
  return out.filter((n) => n && !n.startsWith('.'));
}

/**
 * The library modules (`lib`: dotted name -> source, packages as `pkg.__init__`) imported by `scripts` directly
 * or through other library modules, plus `extra` names (for imports the scan cannot see, like `__import__(name)`).
 * Importing a package includes its submodules (they may be imported relatively).
 */
export function stdlibClosure(scripts: Record<string, string>, lib: Record<string, string>, extra: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const queue: string[] = Object.values(scripts);
  const add = (key: string) => {
    if (lib[key] === undefined || out[key] !== undefined) return;
    out[key] = lib[key];
    queue.push(lib[key]);
  };
  const wanted = new Set<string>();
  const want = (name: string) => {
    if (!name || name.startsWith('.') || wanted.has(name)) return;
    wanted.add(name);
    for (const implied of IMPLIED_IMPORTS[name] ?? []) wantOne(implied);
    wantOne(name);
  };
  const wantOne = (name: string) => {
    const parts = name.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const n = parts.slice(0, i).join('.');
      add(n);
      if (lib[`${n}.__init__`] !== undefined) {
        add(`${n}.__init__`);
        for (const key of Object.keys(lib)) if (key.startsWith(`${n}.`)) add(key);
      }
    }
  };
  for (const e of extra) want(e);
  while (queue.length > 0) {
    for (const name of importedNames(queue.pop()!)) want(name);
  }
  return out;
}

/**
 * The optional TypeScript parts (vm/modules/optional-catalog.ts) that `sources` (the game's modules and their
 * stdlib closure) need: the modules they import, with what those imply, and whether a `\N{...}` escape needs the
 * character-name table.
 */
export function optionalParts(sources: string[], extra: string[] = []): { modules: string[]; unicodeNames: boolean; calendarTime: boolean; futureAnnotations: boolean } {
  const seen = withImplied([...extra, ...sources.flatMap((src) => importedNames(src).map((name) => name.split('.')[0]))]);
  const modules = Object.keys(OPTIONAL_MODULES).filter((n) => seen.has(n));
  return {
    modules,
    unicodeNames: extra.includes(UNICODE_NAMES_OPTION) || sources.some((s) => s.includes('\\N{')),
    calendarTime: extra.includes(CALENDAR_TIME_OPTION) || sources.some(usesCalendarTime),
    futureAnnotations: seen.has(FUTURE_ANNOTATIONS_OPTION),
  };
}
