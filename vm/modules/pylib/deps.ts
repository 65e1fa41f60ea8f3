// Which Python standard-library modules a set of scripts needs: their import statements, followed
// transitively through the library's own imports. Browser builds ship only these (see sources.browser.ts).

const IMPORT = /^[ \t]*(?:import[ \t]+([^#\n;]+)|from[ \t]+([\w.]+)[ \t]+import\b)/gm;

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
  const want = (name: string) => {
    if (!name || name.startsWith('.')) return;
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
    const src = queue.pop()!;
    for (const m of src.matchAll(IMPORT)) {
      if (m[1] !== undefined) for (const part of m[1].split(',')) want(part.trim().split(/\s+/)[0]);
      else want(m[2]);
    }
  }
  return out;
}
