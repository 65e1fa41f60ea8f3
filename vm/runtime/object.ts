// The object model's foundation: how Python values are represented in JavaScript (see vm/DESIGN.md),
// the `PyType` class, and the `object`/`type` pair. Everything else in vm/runtime builds on this file.

/** A bag of attributes: a fast-mode JS object whose prototype chain has no Object.prototype, so Python
 * names such as `constructor` or `__proto__` are ordinary keys. */
export interface AttrBag { [name: string]: any }
function AttrBagCtor(this: AttrBag) {}
AttrBagCtor.prototype = Object.create(null);
export function newAttrBag(): AttrBag {
  return new (AttrBagCtor as any)();
}
/** A constructor of attribute bags. Every class gets its own for its instances (`PyType.bagCtor`): V8 sizes the
 * objects a constructor makes by what its first few instances held (in-object slack tracking), so a class's
 * attributes then live inside the bag instead of in a separate property array, which the one constructor
 * shared with function and module bags (mostly empty) would give. */
export type BagCtor = new () => AttrBag;
export function newBagCtor(): BagCtor {
  const Bag = function (this: AttrBag) {} as unknown as BagCtor;
  Bag.prototype = AttrBagCtor.prototype;
  return Bag;
}
/** The empty state of the per-class caches that are filled lazily (PyType.ps, mc, dc, lc, tc): shared and
 * frozen, so invalidating a class costs no allocation; writers replace it first (`ownCache`). */
export const EMPTY_CACHE: AttrBag = Object.freeze(newAttrBag());
/** A class's cache in field `f`, made writable (replacing the shared empty one). */
export function ownCache(t: PyType, f: 'ps' | 'mc' | 'dc' | 'lc' | 'tc'): AttrBag {
  const c = t[f];
  return c !== EMPTY_CACHE ? c : (t[f] = newAttrBag());
}
/** A bag whose missing names fall through to `parent` (module globals over builtins). */
export function newChildBag(parent: AttrBag): AttrBag {
  return Object.create(parent);
}

/** Marker for "not found" in lookups where `undefined` would be ambiguous. */
export const MISSING: unique symbol = Symbol('MISSING');

/** Base of every heap-allocated Python value. `$cls` usually lives on the JS prototype. */
export abstract class PyObject {
  declare $cls: PyType;
  /** Instance attributes, for objects that have a `__dict__`. */
  declare $d: AttrBag | undefined;
}

/** A plain instance of a user class (no built-in base). */
export class PyInstance extends PyObject {
  constructor(cls: PyType, bag: AttrBag = new cls.bagCtor()) {
    super();
    this.$cls = cls;
    this.$d = bag;
  }
}

/** The `None` singleton's JS class. */
export class PyNoneType extends PyObject {}
export const None: PyNoneType = new PyNoneType();

export class PyEllipsisType extends PyObject {}
export const Ellipsis: PyEllipsisType = new PyEllipsisType();

export class PyNotImplementedType extends PyObject {}
export const NotImplemented: PyNotImplementedType = new PyNotImplementedType();

/** A float whose value is an integer (1.0, -0.0, 1e300): raw integral JS numbers mean int. */
export class PyFloat extends PyObject {
  constructor(readonly v: number) {
    super();
  }
}

/** Turns a JS double into a Python float value. */
export function mkFloat(x: number): number | PyFloat {
  // NaN is boxed too, so each NaN float has an identity (`x in [x]` is True, two float('nan') differ)
  return Number.isInteger(x) || x !== x ? new PyFloat(x) : x;
}

export function isFloat(x: unknown): x is number | PyFloat {
  return typeof x === 'number' ? !Number.isInteger(x) : x instanceof PyFloat;
}

/** The double inside a float value (caller checked isFloat). */
export function floatValue(x: number | PyFloat): number {
  return typeof x === 'number' ? x : x.v;
}

export const MAX_SAFE = 9007199254740991;

/** Normalises a bigint result: values in the safe range become JS numbers. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function isInt(x: unknown): x is number | bigint | boolean {
  return typeof x === 'number' ? Number.isInteger(x) : typeof x === 'bigint' || typeof x === 'boolean';
}

/** Flags describing a type's layout and behaviour. */
export const enum TypeFlags {
  None = 0,
  /** Instances carry a `$d` attribute bag. */
  HasDict = 1,
  /** Type can be subclassed. */
  BaseType = 2,
  /** Defined by Python code. */
  Heap = 4,
  /** Defines __getattribute__ other than object's. */
  CustomGetAttribute = 8,
  /** Defines __getattr__. */
  HasGetAttr = 16,
  /** Instances only accept the names in `slotNames`. */
  Slotted = 256,
  /** Abstract methods present (checked on instantiation). */
  Abstract = 128,
  /** Defines __setattr__ other than object's. */
  CustomSetAttr = 32,
  /** Defines __delattr__ other than object's. */
  CustomDelAttr = 64,
}

/** Bumped whenever any existing type's attributes change, invalidating all MRO lookup caches. */
export let typeVersion = 0;
export function bumpTypeVersion(): void {
  typeVersion++;
}
/** typeVersion for code that cannot import the live binding (runtime-generated functions). */
export function currentTypeVersion(): number {
  return typeVersion;
}

/** A Python type. Its own attributes live in `dict` (a bag); `mro` lists it and its ancestors. */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  flags: number;
  /** The class's own attributes. (Not `$d`: generated code reads `$d` directly as an instance fast path,
   * which would skip descriptor binding for class attributes.) */
  dict: AttrBag;
  /** The JS constructor used to allocate instances (e.g. PyList for list subclasses). */
  jsClass: Function | undefined;
  /** `__slots__` names, when declared. */
  slots: string[] | undefined;
  /** For Slotted types: every attribute name an instance may hold. */
  slotNames: Set<string> | undefined = undefined;
  /** Every __slots__ name in the MRO (kept in the instance bag, but hidden from __dict__). */
  allSlots: Set<string> | undefined = undefined;
  /** Allocates a bare instance (inherited from the built-in base). */
  alloc: ((cls: PyType) => PyObject) | undefined = undefined;
  /** Lookup cache: name -> value or MISSING, valid while cacheVersion === typeVersion. */
  private cache = new Map<string, any>();
  private cacheVersion = -1;
  /** Weak list of direct subclasses, for __subclasses__(). */
  subclassRefs: WeakRef<PyType>[] = [];
  /** Attribute names whose store on an instance is a plain bag write (no data descriptor, no __setattr__).
   * Generated code checks `o.$cls.ps[name] === true` before writing `o.$d[name]` directly. Reset by
   * `invalidate()` whenever this type or a base changes. */
  ps: AttrBag = EMPTY_CACHE;
  /** Plain methods found for `o.name(...)` calls (functions in the class, no instance shadowing checks
   * needed beyond the bag): generated call sites read `o.$cls.mc[name]`. Reset by `invalidate()`. */
  mc: AttrBag = EMPTY_CACHE;
  /** Cached __new__/__init__ for instance creation, valid while ctorVersion === typeVersion. */
  ctorNew: any = undefined;
  ctorInit: any = undefined;
  ctorVersion = -1;
  /** With the cache above: calling this type is "new PyInstance, then __init__" (see runtime/fast-new.ts). */
  ctorPlain = false;
  /** Direct positional call entry, as on functions (`$ok` bit n: `$fn` takes n arguments). Set on some built-in
   * types (builtins/fast-ctors.ts) and on classes with the plain object layout (fast-new.ts); 0: type.__call__. */
  $ok = 0;
  $fn: Function | undefined = undefined;
  /** User-defined dunders found for operators (`__add__`...), for operators.ts's fast path: name -> PyFunction.
   * Reset by `invalidate()` like `mc`. */
  dc: AttrBag = EMPTY_CACHE;
  /** How names missing from an instance's bag load on instances (attributes.ts getAttr): name -> entry.
   * Reset by `invalidate()` like `mc`. */
  lc: AttrBag = EMPTY_CACHE;
  /** How names load on this class itself (`Cls.name`, load-cache.ts): name -> entry. Reset by `invalidate()`. */
  tc: AttrBag = EMPTY_CACHE;
  /** Makes the attribute bags of this class's instances (see newBagCtor; classes get their own). */
  bagCtor: BagCtor = AttrBagCtor as unknown as BagCtor;

  constructor(name: string, bases: PyType[], meta: PyType | undefined, flags: number) {
    super();
    this.name = name;
    this.qualname = name;
    this.module = 'builtins';
    this.bases = bases;
    this.mro = [this];
    this.flags = flags;
    this.jsClass = undefined;
    this.slots = undefined;
    this.dict = newAttrBag();
    this.$d = undefined;
    if (meta) this.$cls = meta;
  }

  /** Looks `name` up along the MRO; returns MISSING when absent. Cached. */
  lookup(name: string): any {
    if (this.cacheVersion !== typeVersion) {
      // a fresh map rather than clear(): clearing a big cache (type's, object's) costs its size each time
      this.cache = new Map();
      this.cacheVersion = typeVersion;
    }
    let v = this.cache.get(name);
    if (v !== undefined) return v;
    v = MISSING;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const hit = mro[i].dict[name];
      if (hit !== undefined) {
        v = hit;
        break;
      }
    }
    this.cache.set(name, v);
    return v;
  }

  /** Forgets cached lookups (after this type's own dict changed during construction). */
  resetCache(): void {
    this.cache.clear();
  }

  /** This type's or a base's attributes changed: drop the per-type caches here and in all subclasses. */
  invalidate(): void {
    this.ps = EMPTY_CACHE;
    this.mc = EMPTY_CACHE;
    this.dc = EMPTY_CACHE;
    this.lc = EMPTY_CACHE;
    this.tc = EMPTY_CACHE;
    this.ctorVersion = -1;
    for (const r of this.subclassRefs) r.deref()?.invalidate();
  }

  /** Uncached lookup that also reports which class in the MRO defined the name. */
  lookupWithOwner(name: string): [any, PyType] | undefined {
    for (const t of this.mro) {
      const hit = t.dict[name];
      if (hit !== undefined) return [hit, t];
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  hasFlag(f: TypeFlags): boolean {
    return (this.flags & f) !== 0;
  }
}

/** C3 linearisation. Throws a plain message string on conflict; the caller wraps it in TypeError. */
export function computeMro(cls: PyType): PyType[] {
  const seqs: PyType[][] = cls.bases.map((b) => b.mro.slice());
  seqs.push(cls.bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | undefined;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) {
      const names = nonEmpty.map((s) => s[0].name);
      throw new MroConflict(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${[...new Set(names)].join(', ')}`,
      );
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}
export class MroConflict {
  constructor(readonly message: string) {}
}

// The two roots. Their `$cls` is patched once both exist.
export const objectType = new PyType('object', [], undefined, TypeFlags.BaseType);
export const typeType = new PyType('type', [objectType], undefined, TypeFlags.BaseType | TypeFlags.HasDict);
typeType.mro = [typeType, objectType];
objectType.$cls = typeType;
typeType.$cls = typeType;
PyType.prototype.$cls = typeType;
PyInstance.prototype.$cls = objectType;

/** Creates a built-in type whose instances are allocated by `jsClass`. */
export function makeBuiltinType(
  name: string,
  base: PyType | PyType[],
  jsClass: Function | undefined,
  flags: number = TypeFlags.BaseType,
): PyType {
  const bases = Array.isArray(base) ? base : [base];
  const t = new PyType(name, bases, typeType, flags);
  t.mro = computeMro(t);
  t.jsClass = jsClass;
  if (jsClass) (jsClass.prototype as PyObject).$cls = t;
  for (const b of bases) b.subclassRefs.push(new WeakRef(t));
  return t;
}

export const noneType = makeBuiltinType('NoneType', objectType, PyNoneType, TypeFlags.None);
export const ellipsisType = makeBuiltinType('ellipsis', objectType, PyEllipsisType, TypeFlags.None);
export const notImplementedType = makeBuiltinType('NotImplementedType', objectType, PyNotImplementedType, TypeFlags.None);
