// The standard-library modules implemented in TypeScript, importable in every VM: the core ones, and the optional
// ones this build includes (all of them, except in browser builds that leave unused ones out: optional.ts).
import type { ModuleDef } from '../runtime/module.js';
import { sysModule } from './sys.js';
import { timeModule, timeParts } from './time.js';
import { pickleCodec } from './pickle-codec.js';
import { pkpyTbModule } from './pkpy-tb.js';
import { optionalModules, unicodeNameLookup, pickleApi, calendarTime, annotationUnparser } from './optional.js';
import { unicodeNames } from '../compiler/unicode-name-hook.js';
import { annotationText } from '../compiler/unparse-hook.js';

unicodeNames.lookup = unicodeNameLookup;
timeParts.installCalendar = calendarTime;
annotationText.unparse = annotationUnparser;
if (pickleApi !== null) Object.assign(pickleCodec, pickleApi);

export function standardModules(): ModuleDef[] {
  return [sysModule, timeModule, pkpyTbModule, ...optionalModules];
}
