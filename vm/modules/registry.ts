// The standard-library modules implemented in TypeScript, importable in every VM.
import type { ModuleDef } from '../runtime/module.js';
import { sysModule } from './sys.js';

export function standardModules(): ModuleDef[] {
  return [sysModule];
}
