// The standard-library modules implemented in TypeScript, importable in every VM.
import type { ModuleDef } from '../runtime/module.js';
import { sysModule } from './sys.js';
import { jsonModule } from './json.js';
import { randomModule } from './random/index.js';
import { timeModule } from './time.js';
import { pkpyModule } from './pkpy.js';
import { pickleModule, copyregModule } from './pickle/index.js';
import { reModule } from './re/index.js';
import { mathModule } from './math.js';
import { pkpyTbModule } from './pkpy-tb.js';

export function standardModules(): ModuleDef[] {
  return [sysModule, jsonModule, randomModule, timeModule, pkpyModule, reModule, mathModule, pickleModule, copyregModule, pkpyTbModule];
}
