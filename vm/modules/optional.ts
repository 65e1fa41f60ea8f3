// Every optional standard-library part (see optional-catalog.ts). Production builds made by the phaser-pkpy Vite
// plugin replace this file with one that imports only what the game uses; keep the two export names.
import type { ModuleDef } from '../runtime/module.js';
import { jsonModule } from './json.js';
import { mathModule } from './math.js';
import { randomModule } from './random/index.js';
import { reModule } from './re/index.js';
import { pickleModule, copyregModule, pickleDumps, pickleLoads } from './pickle/index.js';
import { pkpyModule } from './pkpy.js';
import { lookupUnicodeName } from '../compiler/unicode-names.js';
import { installCalendarTime } from './time-local.js';
import { unparseAnnotation } from '../compiler/unparse.js';

export const optionalModules: ModuleDef[] = [jsonModule, mathModule, randomModule, reModule, pickleModule, copyregModule, pkpyModule];
export const unicodeNameLookup: ((name: string) => number) | null = lookupUnicodeName;
export const pickleApi: { dumps: typeof pickleDumps; loads: typeof pickleLoads } | null = { dumps: pickleDumps, loads: pickleLoads };
export const calendarTime: typeof installCalendarTime | null = installCalendarTime;
export const annotationUnparser: typeof unparseAnnotation | null = unparseAnnotation;
