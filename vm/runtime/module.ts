// Module objects. A module's attributes are its globals bag, the same JS object its compiled code reads as `G`.
import { PyObject, makeBuiltinType, objectType, TypeFlags, newAttrBag, AttrBag, None } from './object.js';

export class PyModule extends PyObject {
  constructor(name: string, bag?: AttrBag) {
    super();
    this.$d = bag ?? newAttrBag();
    if (this.$d.__name__ === undefined) this.$d.__name__ = name;
    if (this.$d.__doc__ === undefined) this.$d.__doc__ = None;
  }
  get name(): string {
    return String(this.$d!.__name__);
  }
}
export const moduleType = makeBuiltinType('module', objectType, PyModule, TypeFlags.BaseType | TypeFlags.HasDict);

/** A module implemented in TypeScript: `init` fills the module's bag (it may import other modules via `vm`). */
export interface ModuleDef {
  name: string;
  init(mod: PyModule, vm: any): void;
}
