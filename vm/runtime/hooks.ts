// Connects low-level modules to the functions they need but cannot import without a cycle.
import { storeHooks } from './hash-store.js';
import { containsHooks, eqB } from './operators.js';
import { iterHooks, forEach } from './iteration.js';
import { itemHooks, strItems } from './items.js';
import { strIndex, strSlice } from './builtins/str-core.js';
import { typeHooks, call1, call2 } from './call.js';
import { typeAttrHooks } from './attributes.js';
import { hash } from './convert.js';
import { typeErr } from './exceptions.js';
import { typeOf } from './typeof.js';
import { allocInstance, refreshTypeFlags } from './classes.js';
import { fmtHooks } from './builders.js';
import { formatValue } from './format.js';

export function wireHooks(): void {
  storeHooks.hash = hash;
  storeHooks.eq = eqB;
  storeHooks.unhashable = (k: any) => {
    throw typeErr(`unhashable type: '${typeOf(k).name}'`);
  };
  containsHooks.forEach = forEach;
  iterHooks.call2 = call2;
  itemHooks.call1 = call1;
  strItems.index = strIndex;
  strItems.slice = strSlice;
  typeHooks.alloc = allocInstance;
  typeAttrHooks.onDunderChange = (t) => refreshTypeFlags(t);
  fmtHooks.format = formatValue;
}
