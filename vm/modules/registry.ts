// The standard-library modules implemented in TypeScript, importable in every VM.
import type { ModuleDef } from '../runtime/module.js';
import { sysModule } from './sys.js';
import { jsonModule } from './json.js';
import { randomModule } from './random/index.js';
import { timeModule } from './time.js';
import { pkpyModule } from './pkpy.js';
import { reModule } from './re/index.js';

export function standardModules(): ModuleDef[] {
  return [sysModule, jsonModule, randomModule, timeModule, pkpyModule, reModule];
}
