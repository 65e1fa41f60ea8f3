// `object`: the root of every class. Default construction, attribute access, comparison, hashing, repr.
import { objectType, typeType, PyType, None, NotImplemented, MISSING, TypeFlags, newAttrBag, bumpTypeVersion, ownCache, noneType, ellipsisType, notImplementedType, Ellipsis, makeBuiltinType } from '../object.js';
import { classHooks } from '../classes.js';
import { PyDict, PyTuple, PyList } from '../types.js';
import { PyGetSet } from '../function.js';
import { defMethod, defStatic, defClassMethod } from '../natives.js';
import { typeErr, attrErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { getAttrOrMissing, attributeError, objectGetAttr, objectSetAttr, objectDelAttr, bagOf, typeGetAttr } from '../attributes.js';
import { repr, str, hashInt } from '../convert.js';
import { BagStore } from '../bag-store.js';
import { allocInstance } from '../classes.js';
import { PyModule, moduleType } from '../module.js';
import { callSlow, callSpecial2 } from '../call.js';

let nextId = 1;
const ids = new WeakMap<object, number>();
/** id(): a stable number per object (primitives hash by value). */
export function objectId(o: any): number {
  if (typeof o !== 'object' || o === null) return 0;
  let i = ids.get(o);
  if (i === undefined) {
    i = (nextId++ * 16) + 140000000000000;
    ids.set(o, i);
  }
  return i;
}

export function badKey(k: any): never {
  throw typeErr(`attribute name must be string, not '${typeOf(k).name}'`);
}

/** A dict view of an attribute bag (obj.__dict__, globals()). */
const bagViews = new WeakMap<object, PyDict>();
/** A dict view of an attribute bag (obj.__dict__, globals()); the same view object each time. */
export function bagDict(bag: Record<string, any>, make: () => PyDict = () => new PyDict(new BagStore(bag, badKey))): PyDict {
  let d = bagViews.get(bag);
  if (d === undefined) {
    d = make();
    bagViews.set(bag, d);
  }
  return d;
}

export function installObject(): void {
  const t = objectType;
  defStatic(t, '__new__', (cls: any, ...args: any[]) => {
    if (!(cls instanceof PyType)) throw typeErr(`object.__new__(X): X is not a type object (${typeOf(cls).name})`);
    return allocInstance(cls);
  }, 1, Infinity);
  defMethod(t, '__init__', (self: any, ...args: any[]) => {
    if (args.length > 0) {
      // CPython: excess arguments are an error unless __new__ is overridden and __init__ is not
      const ty = typeOf(self);
      const init = ty.lookup('__init__');
      if (init !== t.dict.__init__) throw typeErr('object.__init__() takes exactly one argument (the instance to initialize)');
      if (ty.lookup('__new__') === t.dict.__new__)
        throw typeErr(`${ty.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
    return None;
  }, 1, Infinity);
  defMethod(t, '__repr__', (self: any) => {
    const ty = typeOf(self);
    const mod = ty.module && ty.module !== 'builtins' ? `${ty.module}.` : '';
    return `<${mod}${ty.qualname} object at 0x${objectId(self).toString(16)}>`;
  });
  defMethod(t, '__str__', (self: any) => repr(self));
  defMethod(t, '__format__', (self: any, spec: any) => {
    if (spec !== '') throw typeErr(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return str(self);
  });
  defMethod(t, '__eq__', (self: any, other: any) => (self === other ? true : NotImplemented));
  defMethod(t, '__ne__', (self: any, other: any) => {
    const eqf = typeOf(self).lookup('__eq__');
    const r = eqf === t.dict.__eq__ ? (self === other ? true : NotImplemented) : callSpecial2(eqf, self, other);
    if (r === NotImplemented) return r;
    return !(r === true || (r !== false && r !== None && r !== 0));
  });
  for (const n of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(t, n, (_s: any, _o: any) => NotImplemented);
  defMethod(t, '__hash__', (self: any) => hashInt(Math.floor(objectId(self) / 16)));
  defMethod(t, '__getattribute__', (self: any, name: any) => {
    if (typeof name !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(name).name}'`);
    const v = self instanceof PyType ? typeGetAttr(self, name) : objectGetAttr(self, name, typeOf(self));
    if (v === MISSING) throw attributeError(self, name);
    return v;
  });
  defMethod(t, '__setattr__', (self: any, name: any, v: any) => {
    if (typeof name !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(name).name}'`);
    objectSetAttr(self, name, v, typeOf(self));
    return None;
  });
  defMethod(t, '__delattr__', (self: any, name: any) => {
    objectDelAttr(self, name, typeOf(self));
    return None;
  });
  defMethod(t, '__dir__', (self: any) => dirList(self));
  defMethod(t, '__sizeof__', (_self: any) => 16);
  // __reduce_ex__/__reduce__/__getstate__ come from the pickle machinery (modules/pickle/object-reduce.ts)
  defClassMethod(t, '__init_subclass__', (args: any[], kw: any) => {
    if (kw !== null) for (const k in kw) throw typeErr(`${args[0].name}.__init_subclass__() takes no keyword arguments`);
    return None;
  });
  defClassMethod(t, '__subclasshook__', () => NotImplemented);
  t.dict.__class__ = new PyGetSet(
    '__class__',
    (o) => typeOf(o),
    (o, v) => {
      if (!(v instanceof PyType)) throw typeErr(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
      const cur = typeOf(o);
      if (!(cur.flags & TypeFlags.Heap) || !(v.flags & TypeFlags.Heap))
        throw typeErr('__class__ assignment only supported for mutable types or ModuleType subclasses');
      const layout = (t: PyType) => [...(t.allSlots ?? [])].sort().join(',') + (t.flags & TypeFlags.Slotted ? '' : '+dict');
      if (layout(cur) !== layout(v)) throw typeErr(`__class__ assignment: '${v.name}' object layout differs from '${cur.name}'`);
      o.$cls = v;
      if (o instanceof PyType) {
        // a class changed metaclass: what calling it does (call.ts ctorRefresh) and its lookups may differ
        bumpTypeVersion();
        o.invalidate();
      }
    },
    () => {
      throw typeErr("can't delete __class__ attribute");
    },
  );
  t.dict.__doc__ = 'The base class of the class hierarchy.';
  classHooks.instanceDict = instanceDictDescr;
  moduleType.dict.__dict__ = instanceDictDescr;
  defStatic(moduleType, '__new__', (cls: PyType, ..._a: any[]) => {
    const m = new PyModule('?');
    m.$cls = cls;
    return m;
  }, 1, Infinity);
  defMethod(moduleType, '__init__', (self: PyModule, name: any, doc: any = None) => {
    if (typeof name !== 'string') throw typeErr(`module.__init__() argument 'name' must be str, not ${typeOf(name).name}`);
    self.$d!.__name__ = name;
    self.$d!.__doc__ = doc;
    self.$d!.__package__ = None;
    self.$d!.__loader__ = None;
    self.$d!.__spec__ = None;
    return None;
  }, 2, 3);
  defMethod(moduleType, '__repr__', (self: PyModule) => {
    const d = self.$d!;
    const file = d.__file__;
    if (typeof file === 'string') return `<module ${JSON.stringify(String(d.__name__)).replace(/^"|"$/g, "'")} from '${file}'>`;
    return `<module '${String(d.__name__)}' (built-in)>`;
  });
  // the namespace's names, or what the module's own __dir__() says (PEP 562); dir() sorts them
  defMethod(moduleType, '__dir__', (self: PyModule) => {
    const d = self.$d!;
    return d.__dir__ !== undefined ? callSlow(d.__dir__, [], null, null) : new PyList(Object.keys(d));
  });
  classHooks.memberDescr = (name: string, owner: PyType) => new PyMemberDescr(name, owner);
  for (const [ty, text] of [
    [noneType, 'None'],
    [ellipsisType, 'Ellipsis'],
    [notImplementedType, 'NotImplemented'],
  ] as const) {
    defMethod(ty, '__repr__', (_s: any) => text);
    defMethod(ty, '__reduce__', (_s: any) => text);
  }
  defMethod(noneType, '__bool__', (_s: any) => false);
  defStatic(noneType, '__new__', (_c: any) => None);
  defStatic(ellipsisType, '__new__', (_c: any) => Ellipsis);
}

/** An instance's `__dict__` view. Writing a name that a data descriptor of the class handles moves the
 * instance's bag from `$d` to `$x`, which turns off the attribute fast path for that instance only (see the
 * invariant in attributes.ts). */
class InstanceBagStore extends BagStore {
  constructor(readonly owner: any, bag: Record<string, any>) {
    super(bag, badKey);
  }
  /** Slot values share the bag but are not part of __dict__. */
  private hidden(k: any): boolean {
    const s = typeOf(this.owner).allSlots;
    return s !== undefined && typeof k === 'string' && s.has(k);
  }
  override get size(): number {
    return this.keys().length;
  }
  override get(k: any): any {
    return this.hidden(k) ? undefined : super.get(k);
  }
  override has(k: any): boolean {
    return !this.hidden(k) && super.has(k);
  }
  override delete(k: any): any {
    return this.hidden(k) ? undefined : super.delete(k);
  }
  override keys(): any[] {
    const s = typeOf(this.owner).allSlots;
    const ks = Object.keys(this.bag);
    return s === undefined ? ks : ks.filter((k) => !s.has(k));
  }
  override *entries(): Iterable<[any, any]> {
    for (const k of this.keys()) yield [k, this.bag[k]];
  }
  override set(k: any, v: any): void {
    super.set(k, v);
    const o = this.owner;
    if (o.$d === this.bag && shadowsDataDescr(typeOf(o), k)) {
      o.$x = o.$d;
      o.$d = undefined;
    }
  }
}
function shadowsDataDescr(t: PyType, name: string): boolean {
  const cv = t.lookup(name);
  if (cv === MISSING || typeof cv !== 'object') return false;
  if (cv instanceof PyGetSet || cv.$cls?.name === 'property') return true;
  const ct: PyType = cv.$cls;
  return ct !== undefined && ct.lookup('__get__') !== MISSING && (ct.lookup('__set__') !== MISSING || ct.lookup('__delete__') !== MISSING);
}

/** The instance `__dict__` descriptor installed on classes whose instances have one. */
export const instanceDictDescr = new PyGetSet(
  '__dict__',
  (o) => {
    let bag = bagOf(o);
    if (bag === undefined) {
      if (o instanceof PyModule) bag = o.$d!;
      else throw attrErr(`'${typeOf(o).name}' object has no attribute '__dict__'`);
    }
    if (o instanceof PyModule || o instanceof PyType) return bagDict(bag);
    const b = bag;
    return bagDict(bag, () => new PyDict(new InstanceBagStore(o, b)));
  },
  (o, v) => {
    if (!(v instanceof PyDict)) throw typeErr(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    const bag = newAttrBag();
    for (const [k, val] of v.s.entries()) bag[k] = val;
    if (o.$x !== undefined) o.$x = bag;
    else o.$d = bag;
  },
);

/** dir(obj): instance attributes plus everything along the class's MRO, sorted. */
export function dirList(o: any): any {
  const names = new Set<string>();
  const bag = bagOf(o);
  if (bag) for (const k of Object.keys(bag)) names.add(k);
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) for (const k of Object.keys(c.dict)) names.add(k);
  return new PyList([...names].sort());
}
export { PyTuple, typeType, getAttrOrMissing };

/** A `__slots__` member: reads and writes the instance bag (where the attribute fast path also looks). */
export class PyMemberDescr extends PyGetSet {
  constructor(name: string, readonly owner: PyType) {
    super(
      name,
      (o) => {
        const v = bagOf(o)?.[name];
        if (v === undefined) throw attrErr(`'${typeOf(o).name}' object has no attribute '${name}'`);
        return v;
      },
      (o, v) => {
        const bag = bagOf(o);
        if (bag === undefined) throw attrErr(name);
        bag[name] = v;
        // a slot store is the same bag write the generated fast path does
        const t = typeOf(o);
        if (bag === o.$d && !(t.flags & TypeFlags.CustomSetAttr)) ownCache(t, 'ps')[name] = true;
      },
      (o) => {
        const bag = bagOf(o);
        if (bag === undefined || bag[name] === undefined) throw attrErr(name);
        delete bag[name];
      },
    );
  }
}
export const memberDescrType = makeBuiltinType('member_descriptor', objectType, PyMemberDescr, TypeFlags.None);
defMethod(memberDescrType, '__repr__', (self: PyMemberDescr) => `<member '${self.name}' of '${self.owner.name}' objects>`);
