// CPython's tp_name: some built-in types carry their module in it ('types.UnionType', 'types.GenericAlias'),
// and the interpreter's own messages ("unsupported operand type(s)", "not supported between instances of",
// "object is not callable") print tp_name, while __name__ stays bare ('UnionType'). PyType has a single
// name, so the types whose tp_name differs register it here.
import type { PyType } from '../object.js';

const fullNames = new WeakMap<PyType, string>();

/** Records that messages name `t` as `full` (its CPython tp_name). */
export function setTpName(t: PyType, full: string): void {
  fullNames.set(t, full);
}

/** The name CPython's messages use for `t`. */
export function tpName(t: PyType): string {
  return fullNames.get(t) ?? t.name;
}
