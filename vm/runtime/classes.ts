// The class machinery: the `class` statement (metaclass selection, __prepare__, the body, __init_subclass__,
// __set_name__), type.__new__ building heap types, and allocation of instances of any class.
import { PyObject, PyType, PyInstance, MISSING, None, TypeFlags, computeMro, MroConflict, objectType, typeType, newBagCtor } from './object.js';
import { PyDict, PyTuple, strType, tupleType, PyBoxed } from './types.js';
import { PyFunction, PyStaticMethod, PyClassMethod, PyBuiltin, PyBoundMethod, type CodeInfo } from './function.js';
import { typeErr, exc, ValueError, RuntimeError, TypeError as TypeErrorT } from './exceptions.js';

/** Set by the object builtins: the `__dict__` descriptor heap classes get, and slot member descriptors. */
export const classHooks = {
  instanceDict: undefined as any,
  memberDescr: (_name: string, _owner: PyType): any => undefined,
};
import { typeOf } from './typeof.js';
import { call, callKw, callSpecial, callSpecial3 } from './call.js';
import { getitem, setitem } from './items.js';
import { iter, next, toArray } from './iteration.js';
import { truthy } from './operators.js';
import { DictStore } from './hash-store.js';
import { makeSuper, superGetAttr, getAttrOrMissing } from './attributes.js';
import { state } from './state.js';
import { installCtorEntry } from './fast-new.js';
import { tpName } from './builtins/type-name.js';

/** Carries the class body's __class__ cell setter through the namespace to type.__new__. */
export class ClassCell extends PyObject {
  constructor(readonly set: (cls: any) => void) {
    super();
  }
}
ClassCell.prototype.$cls = cellType;

/** Recomputes the behaviour flags of `t` and its subclasses after a dunder changes. */
export function refreshTypeFlags(t: PyType): void {
  const objGA = objectType.dict.__getattribute__;
  const objSA = objectType.dict.__setattr__;
  const objDA = objectType.dict.__delattr__;
  let f = t.flags & ~(TypeFlags.CustomGetAttribute | TypeFlags.HasGetAttr | TypeFlags.CustomSetAttr | TypeFlags.CustomDelAttr);
  const ga = t.lookup('__getattribute__');
  if (ga !== MISSING && ga !== objGA && ga !== typeType.dict.__getattribute__) f |= TypeFlags.CustomGetAttribute;
  if (t.lookup('__getattr__') !== MISSING) f |= TypeFlags.HasGetAttr;
  const sa = t.lookup('__setattr__');
  if (sa !== MISSING && sa !== objSA && sa !== typeType.dict.__setattr__) f |= TypeFlags.CustomSetAttr;
  const da = t.lookup('__delattr__');
  if (da !== MISSING && da !== objDA && da !== typeType.dict.__delattr__) f |= TypeFlags.CustomDelAttr;
  t.flags = f;
  t.invalidate();
  for (const r of t.subclassRefs) {
    const s = r.deref();
    if (s) refreshTypeFlags(s);
  }
}

const plainCache = new WeakMap<PyType, boolean>();
function solidBaseIsObject(t: PyType): boolean {
  let v = plainCache.get(t);
  if (v === undefined) {
    v = solidBase(t) === objectType;
    plainCache.set(t, v);
  }
  return v;
}

/** The built-in type whose JS layout instances of `t` use. */
export function solidBase(t: PyType): PyType {
  for (const b of t.mro) if (!(b.flags & TypeFlags.Heap) && b !== objectType) return b;
  return objectType;
}

export function allocInstance(cls: PyType): PyObject {
  if (cls.flags & TypeFlags.Heap && cls.jsClass === undefined && !(cls.flags & (TypeFlags.CustomGetAttribute | TypeFlags.Slotted)) && cls.alloc === undefined && solidBaseIsObject(cls))
    return new PyInstance(cls);
  const base = solidBase(cls);
  let o: any;
  if (base.alloc !== undefined) o = base.alloc(cls);
  else if (base === objectType) {
    o = new PyInstance(cls);
    if (cls === objectType) {
      // plain object() instances have no __dict__
      o.$d = undefined;
      return o;
    }
    if (cls.flags & TypeFlags.CustomGetAttribute) {
      o.$x = o.$d;
      o.$d = undefined;
    }
    return o;
  } else throw typeErr(`cannot create '${tpName(cls)}' instances`);
  if (cls.flags & TypeFlags.Heap && o.$d === undefined && (cls.flags & TypeFlags.HasDict || cls.flags & TypeFlags.Slotted)) {
    if (cls.flags & TypeFlags.CustomGetAttribute) o.$x = new cls.bagCtor();
    else o.$d = new cls.bagCtor();
  }
  return o;
}

function nsEntries(ns: any): [string, any][] {
  if (ns instanceof PyDict) {
    const out: [string, any][] = [];
    for (const [k, v] of ns.s.entries()) {
      const key = typeof k === 'string' ? k : k instanceof PyBoxed ? k.v : undefined;
      if (typeof key !== 'string') throw typeErr('type.__new__() namespace keys must be strings');
      out.push([key, v]);
    }
    return out;
  }
  const keys = toArray(callSpecial(typeOf(ns).lookup('keys'), ns, [], null, null));
  return keys.map((k) => [k, getitem(ns, k)]);
}

/** type.__new__(meta, name, bases, ns): builds a heap type. */
export function createClass(meta: PyType, name: string, basesIn: any[], ns: any): PyType {
  const bases: PyType[] = basesIn.length ? [] : [objectType];
  for (let i = 0; i < basesIn.length; i++) {
    const b = basesIn[i];
    if (basesIn.indexOf(b) !== i) throw typeErr(`duplicate base class ${b.name}`);
    if (!(b instanceof PyType)) throw typeErr(`bases must be types`);
    if (!(b.flags & TypeFlags.BaseType)) throw typeErr(`type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  // At most one built-in layout among the bases.
  let layout: PyType = objectType;
  for (const b of bases) {
    const sb = solidBase(b);
    if (sb === objectType) continue;
    if (layout === objectType || sb.isSubtypeOf(layout)) layout = sb;
    else if (!layout.isSubtypeOf(sb)) throw typeErr('multiple bases have instance lay-out conflict');
  }
  const t = new PyType(name, bases, meta, TypeFlags.Heap | TypeFlags.BaseType | TypeFlags.HasDict);
  t.bagCtor = newBagCtor();
  try {
    t.mro = computeMro(t);
  } catch (e) {
    if (e instanceof MroConflict) throw typeErr(e.message);
    throw e;
  }
  t.jsClass = layout.jsClass;
  const entries = nsEntries(ns);
  let slots: string[] | undefined;
  let classCell: ClassCell | undefined;
  for (const [k, v] of entries) {
    if (k === '__qualname__') {
      if (typeof v !== 'string') throw typeErr(`type __qualname__ must be a str, not ${typeOf(v).name}`);
      t.qualname = v;
      continue;
    }
    if (k === '__classcell__') {
      if (v instanceof ClassCell) classCell = v;
      continue;
    }
    if (k === '__slots__') slots = typeof v === 'string' ? [v] : toArray(v).map(String);
    let val = v;
    if ((k === '__new__') && val instanceof PyFunction) val = new PyStaticMethod(val);
    if ((k === '__init_subclass__' || k === '__class_getitem__') && val instanceof PyFunction) val = new PyClassMethod(val);
    t.dict[k] = val;
  }
  if (t.dict.__eq__ !== undefined && t.dict.__hash__ === undefined) t.dict.__hash__ = None;
  // type(name, bases, ns) without __module__ takes the calling module's name, as CPython does
  if (t.dict.__module__ === undefined && state.G !== null && typeof state.G.__name__ === 'string') t.dict.__module__ = state.G.__name__;
  if (t.dict.__module__ !== undefined) t.module = String(t.dict.__module__ as any);
  if (slots !== undefined) applySlots(t, slots);
  else {
    const inherited = inheritedSlots(t);
    if (inherited.size) t.allSlots = inherited;
  }
  if (t.dict.__doc__ === undefined) t.dict.__doc__ = None;
  if (t.flags & TypeFlags.HasDict && t.lookup('__dict__') === MISSING) t.dict.__dict__ = classHooks.instanceDict;
  t.resetCache();
  classCell?.set(t);
  for (const b of bases) b.subclassRefs.push(new WeakRef(t));
  refreshTypeFlags(t);
  installCtorEntry(t, layout === objectType && t.jsClass === undefined);
  for (const [k, v] of entries) {
    if (typeof v !== 'object' || v === null) continue;
    const sn = (v.$cls as PyType | undefined)?.lookup('__set_name__');
    if (sn !== undefined && sn !== MISSING) {
      try {
        callSpecial3(sn, v, t, k);
      } catch (e) {
        // CPython 3.11 wraps errors from __set_name__
        const w = exc(RuntimeError, `Error calling __set_name__ on '${(v.$cls as PyType).name}' instance '${k}' in '${t.name}'`);
        w.cause = e;
        w.suppressContext = true;
        throw w;
      }
    }
  }
  return t;
}

/** Slot names declared anywhere in the bases (they share the instance bag but are not in __dict__). */
function inheritedSlots(t: PyType): Set<string> {
  const names = new Set<string>();
  for (const b of t.mro) if (b !== t && b.allSlots !== undefined) for (const n of b.allSlots) names.add(n);
  return names;
}

function applySlots(t: PyType, slots: string[]): void {
  const names = inheritedSlots(t);
  let hasDict = false;
  for (const b of t.mro) if (b !== t && b.flags & TypeFlags.Heap && !(b.flags & TypeFlags.Slotted)) hasDict = true;
  for (const s of slots) {
    if (s === '__dict__') hasDict = true;
    else if (s !== '__weakref__') names.add(mangleSlot(s, t.name));
  }
  t.allSlots = names;
  if (!hasDict) {
    t.slotNames = names;
    t.flags = (t.flags | TypeFlags.Slotted) & ~TypeFlags.HasDict;
  }
  for (const s of slots) {
    if (s === '__dict__' || s === '__weakref__') continue;
    const n = mangleSlot(s, t.name);
    if (t.dict[n] !== undefined) throw exc(ValueError, `'${n}' in __slots__ conflicts with class variable`);
    // member descriptors read and write the instance bag, exactly where the attribute fast path looks
    t.dict[n] = classHooks.memberDescr(n, t);
  }
}
function mangleSlot(s: string, cls: string): string {
  if (s.startsWith('__') && !s.endsWith('__')) return `_${cls.replace(/^_+/, '')}${s}`;
  return s;
}

/** Picks the most derived metaclass of `meta` and the bases' metaclasses. */
function calculateMeta(meta: PyType, bases: any[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bm = typeOf(b);
    if (winner.isSubtypeOf(bm)) continue;
    if (bm.isSubtypeOf(winner)) {
      winner = bm;
      continue;
    }
    throw typeErr(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}

/** The `class` statement. */
export function mkclass(
  code: CodeInfo,
  basesIn: any[],
  kwn: string[],
  kwv: any[],
  body: (ns: any) => (cls: any) => void,
  G: Record<string, any>,
): any {
  // __mro_entries__ on non-type bases
  let bases = basesIn;
  if (bases.some((b) => !(b instanceof PyType))) {
    const out: any[] = [];
    for (const b of bases) {
      if (b instanceof PyType) {
        out.push(b);
        continue;
      }
      const me = getAttrOrMissing(b, '__mro_entries__');
      if (me === MISSING) out.push(b);
      else out.push(...toArray(call(me, [new PyTuple(basesIn)])));
    }
    bases = out;
  }
  const origBases = bases !== basesIn ? new PyTuple(basesIn) : undefined;
  let metaArg: any = undefined;
  const names: string[] = [];
  const vals: any[] = [];
  kwn.forEach((n, i) => {
    if (n === 'metaclass') metaArg = kwv[i];
    else (names.push(n), vals.push(kwv[i]));
  });
  let meta: any = metaArg ?? (bases.length ? typeOf(bases[0]) : typeType);
  if (meta instanceof PyType) meta = calculateMeta(meta, bases);
  const basesTuple = new PyTuple(bases);
  let ns: any;
  const prep = meta instanceof PyType ? typeGetAttrSafe(meta, '__prepare__') : MISSING;
  if (prep !== MISSING) ns = callKw(prep, [code.name, basesTuple], names, vals);
  else ns = new PyDict(new DictStore());
  nsStore(ns, '__module__', G.__name__ ?? None);
  nsStore(ns, '__qualname__', code.qualname);
  if (origBases !== undefined) nsStore(ns, '__orig_bases__', origBases);
  const setCell = body(ns);
  // type.__new__ fills the __class__ cell as soon as the class exists (super() may run during creation)
  if ((code as any).classcell) nsStore(ns, '__classcell__', new ClassCell(setCell));
  const cls = callKw(meta, [code.name, basesTuple, ns], names, vals);
  if (cls instanceof PyType) setCell(cls);
  return cls;
}

function typeGetAttrSafe(meta: PyType, name: string): any {
  const v = meta.lookup(name);
  if (v === MISSING) return MISSING;
  if (v instanceof PyClassMethod) return new PyBoundMethod(meta, v.func);
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyFunction || v instanceof PyBuiltin) return new PyBoundMethod(meta, v);
  return v;
}

/** __init_subclass__ of the parent, called by type.__init__... CPython calls it from type.__new__. */
export function initSubclass(t: PyType, kwn: string[] | null, kwv: any[] | null): void {
  const s = makeSuper(t, t);
  const f = superGetAttr(s, '__init_subclass__');
  callKw(f, [], kwn, kwv);
}

// ---- class namespace access used by generated class bodies ----

export function nsStore(ns: any, name: string, v: any): void {
  if (ns instanceof PyDict && ns.$cls === dictTypeRef()) ns.s.set(name, v);
  else setitem(ns, name, v);
}

import { dictType, cellType } from './types.js';
const dictTypeRef = () => dictType;
export { iter, next, truthy, strType, tupleType, TypeErrorT };
