// Production builds ship only the optional TypeScript stdlib parts a game uses (vm/modules/optional-catalog.ts):
// the module registry's `./optional.js` import is answered with a generated module that imports just those.
// Dev servers keep the real optional.ts (everything), so adding an `import re` while the game runs just works.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { OPTIONAL_MODULES, HOOK_PARTS, type HookPart } from '../vm/modules/optional-catalog.js';

/** What a build ships: the optional modules by name, and whether each hook part (HOOK_PARTS) is in. */
export type OptionalParts = { modules: string[] } & Record<HookPart, boolean>;

const RESOLVED_ID = '\0pkpy-optional-modules';
const NO_THREADS_ID = '\0pkpy-no-threads';
const NO_RELOAD_ID = '\0pkpy-no-reload';

/** The package's root: this file is in plugin/ (sources) or dist/ (built), both beside vm/. */
const packageRoot = (): string => join(dirname(fileURLToPath(import.meta.url)), '..');

/** vm/modules/ of this package. */
function modulesDir(): string {
  const dir = join(packageRoot(), 'vm', 'modules');
  if (!existsSync(join(dir, 'optional.ts'))) throw new Error(`phaser-pkpy/vite: cannot find the VM sources at ${dir}`);
  return dir;
}

/**
 * Games import the package's prebuilt bundles (phaser-pkpy/plugin -> dist/plugin.mjs), in which optional.ts is
 * already inlined; Vite builds them from the TypeScript sources the package ships instead, so the stand-in applies.
 */
export function sourceAliases(): { find: RegExp; replacement: string }[] {
  const root = packageRoot();
  const entries: [RegExp, string][] = [
    [/^phaser-pkpy\/plugin$/, join(root, 'plugin', 'index.ts')],
    [/^phaser-pkpy(\/vm)?$/, join(root, 'vm', 'index.ts')],
  ];
  return entries.filter(([, file]) => existsSync(file)).map(([find, replacement]) => ({ find, replacement }));
}

/** The stand-in for vm/modules/optional.ts with only `parts` (same exports). */
export function optionalModulesCode(parts: OptionalParts, dir: string = modulesDir()): string {
  const file = (rel: string) => JSON.stringify(join(dir, rel).split('\\').join('/'));
  const lines: string[] = [];
  const defs: string[] = [];
  for (const name of parts.modules) {
    const part = OPTIONAL_MODULES[name];
    lines.push(`import { ${part.exportName} } from ${file(part.file)};`);
    defs.push(part.exportName);
  }
  const pickle = parts.modules.includes('pickle');
  if (pickle) lines.push(`import { pickleDumps, pickleLoads } from ${file(OPTIONAL_MODULES.pickle.file)};`);
  const hooks = Object.entries(HOOK_PARTS) as [HookPart, (typeof HOOK_PARTS)[HookPart]][];
  for (const [flag, part] of hooks) if (parts[flag]) lines.push(`import { ${part.exportName} } from ${file(part.file)};`);
  lines.push(`export const optionalModules = [${defs.join(', ')}];`);
  lines.push(`export const pickleApi = ${pickle ? '{ dumps: pickleDumps, loads: pickleLoads }' : 'null'};`);
  for (const [flag, part] of hooks) lines.push(`export const ${part.exportAs} = ${parts[flag] ? part.exportName : 'null'};`);
  return lines.join('\n') + '\n';
}

/**
 * Answers, in production builds (main bundle and workers), the registry's import of `./optional.js` with the parts
 * `parts()` names; and the Phaser plugin's imports of `./threads-part.js` with a null stand-in when those parts leave
 * out `pkpy` (no ComputeThread: no worker pool, no job tracker) and of `./reload-part.js` with a null stand-in (only
 * the dev server sends hot updates). `parts()` returning null (the dev server) keeps everything.
 */
export function optionalModulesPlugin(parts: () => OptionalParts | null): Plugin {
  return {
    name: 'phaser-pkpy:optional-modules',
    enforce: 'pre',
    resolveId(id, importer) {
      if (importer === undefined) return null;
      const from = importer.split('?')[0];
      if (/^\.\/optional(\.js|\.ts)?$/.test(id) && /[\\/]vm[\\/]modules[\\/]registry\.ts$/.test(from))
        return parts() === null ? null : RESOLVED_ID;
      if (/^\.\/threads-part(\.js|\.ts)?$/.test(id) && /[\\/]plugin[\\/]index\.ts$/.test(from)) {
        const p = parts();
        return p === null || p.modules.includes('pkpy') ? null : NO_THREADS_ID;
      }
      if (/^\.\/reload-part(\.js|\.ts)?$/.test(id) && /[\\/]plugin[\\/]index\.ts$/.test(from)) return parts() === null ? null : NO_RELOAD_ID;
      return null;
    },
    load(id) {
      if (id === RESOLVED_ID) return optionalModulesCode(parts()!);
      if (id === NO_THREADS_ID) return 'export const createPluginThreads = null;\n';
      if (id === NO_RELOAD_ID) return 'export const hotReload = null;\n';
      return null;
    },
  };
}
