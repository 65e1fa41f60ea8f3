// Attributes and behaviour of functions, bound methods, builtins, staticmethod/classmethod/property, super.
import { PyType, None, MISSING, NotImplemented, newAttrBag, TypeFlags } from '../object.js';
import { PyTuple, PyDict } from '../types.js';
import {
  PyFunction,
  PyBuiltin,
  PyBoundMethod,
  PyStaticMethod,
  PyClassMethod,
  PyProperty,
  PyGetSet,
  PySuper,
  PyBoundBuiltin,
  functionType,
  builtinFunctionType,
  methodType,
  staticmethodType,
  classmethodType,
  propertyType,
  superType,
  getsetType,
} from '../function.js';
import { defMethod, defMethodKw, defStatic } from '../natives.js';
import { typeErr, attrErr, exc, RuntimeError, ValueError } from '../exceptions.js';
import { cellType } from '../types.js';
import { typeOf } from '../typeof.js';
import { callSlow, call1, call2, classmethodGet } from '../call.js';
import { bindDescr, superGetAttr, makeSuper, getAttrOrMissing, setAttr, attributeError } from '../attributes.js';
import { propertyError } from './property-errors.js';
import { repr } from '../convert.js';
import { DictStore } from '../hash-store.js';
import { objectId, instanceDictDescr, bagDict } from './object.js';
import { toArray } from '../iteration.js';
import { truthy } from '../operators.js';

const hex = (o: any) => `0x${objectId(o).toString(16)}`;

function gs(t: PyType, name: string, get: (o: any) => any, set?: (o: any, v: any) => void): void {
  t.dict[name] = new PyGetSet(name, get, set);
}

/** The __get__ slot wrapper's check: a descriptor needs an instance or an owner. */
function checkGetArgs(o: any, t: any): void {
  if (o === None && (t === undefined || t === None)) throw typeErr('__get__(None, None) is invalid');
}

function passCall(args: any[], kw: Record<string, any> | null): any {
  const [self, ...rest] = args;
  const names = kw ? Object.keys(kw) : [];
  return callSlow(self, rest, names.length ? names : null, names.length ? names.map((n) => kw![n]) : null);
}

/** property(fget=None, fset=None, fdel=None, doc=None), with Argument Clinic's messages. */
const PROPERTY_PARAMS = ['fget', 'fset', 'fdel', 'doc'];
function checkPropertyArgs(args: any[], kw: Record<string, any> | null): void {
  const n = args.length - 1;
  if (n > 4) throw typeErr(`property() takes at most 4 arguments (${n} given)`);
  if (kw === null) return;
  for (const k of Object.keys(kw)) {
    const i = PROPERTY_PARAMS.indexOf(k);
    if (i < 0) throw typeErr(`'${k}' is an invalid keyword argument for property()`);
    if (i < n) throw typeErr(`argument for property() given by name ('${k}') and position (${i + 1})`);
  }
}
function propArg(args: any[], kw: Record<string, any> | null, i: number, name: string): any {
  const v = i < args.length ? args[i] : kw === null ? undefined : kw[name];
  return v === undefined ? None : v;
}

export function installFunction(): void {
  // function
  const f = functionType;
  defMethod(f, '__repr__', (self: PyFunction) => `<function ${self.qualname} at ${hex(self)}>`);
  defMethodKw(f, '__call__', passCall);
  defMethod(f, '__get__', (self: any, obj: any, type: any) => {
    checkGetArgs(obj, type);
    return obj === None ? self : bindDescr(self, obj, typeOf(obj));
  }, 2, 3);
  gs(f, '__name__', (o: PyFunction) => o.name, (o, v) => {
    if (typeof v !== 'string') throw typeErr('__name__ must be set to a string object');
    o.name = v;
  });
  gs(f, '__qualname__', (o: PyFunction) => o.qualname, (o, v) => {
    if (typeof v !== 'string') throw typeErr('__qualname__ must be set to a string object');
    o.qualname = v;
  });
  gs(f, '__module__', (o: PyFunction) => o.module, (o, v) => (o.module = v));
  gs(f, '__doc__', (o: PyFunction) => o.doc, (o, v) => (o.doc = v));
  gs(f, '__defaults__', (o: PyFunction) => (o.defaults ? new PyTuple(o.defaults.slice()) : None), (o: PyFunction, v) => {
    o.defaults = v === None ? null : toArray(v);
    o.computeOk();
  });
  gs(f, '__kwdefaults__', (o: PyFunction) => {
    if (!o.kwdefaults) return None;
    const d = new PyDict(new DictStore());
    for (const [k, v] of o.kwdefaults) d.s.set(k, v);
    return d;
  }, (o: PyFunction, v) => {
    o.kwdefaults = v === None ? null : new Map([...(v as PyDict).s.entries()]);
  });
  gs(f, '__globals__', (o: PyFunction) => bagDict(o.globals));
  gs(f, '__dict__', (o: PyFunction) => instanceDictDescr.get(o), (o, v) => instanceDictDescr.set!(o, v));
  gs(f, '__annotations__', (o: PyFunction) => {
    if (o.annotations === undefined) o.annotations = new PyDict(new DictStore());
    return o.annotations;
  }, (o: PyFunction, v) => (o.annotations = v));
  gs(f, '__code__', (o: PyFunction) => codeObject(o));
  gs(f, '__closure__', (o: PyFunction) => {
    const read = o.closure;
    if (read === undefined) return None;
    return new PyTuple((o.code.freevars ?? []).map((_n, i) => new LiveCell(read, i)));
  });
  gs(f, '__wrapped__', (o: PyFunction) => {
    const v = o.$d!.__wrapped__;
    if (v === undefined) throw attrErr(`'function' object has no attribute '__wrapped__'`);
    return v;
  }, (o, v) => (o.$d!.__wrapped__ = v));
  delete f.dict.__wrapped__;

  // builtin_function_or_method
  const b = builtinFunctionType;
  // builtin_function_or_method covers plain natives (PyBuiltin) and bound natives (PyBoundBuiltin)
  const fn = (o: any): PyBuiltin => (o instanceof PyBoundMethod ? o.func : o);
  defMethod(b, '__repr__', (self: any) => {
    if (self instanceof PyBoundMethod)
      return `<built-in method ${self.func.name} of ${typeOf(self.self).name} object at 0x${objectId(self.self).toString(16)}>`;
    return self.binds && self.selfType ? `<method '${self.name}' of '${self.selfType.name}' objects>` : `<built-in function ${self.name}>`;
  });
  defMethodKw(b, '__call__', passCall);
  defMethod(b, '__get__', (self: any, obj: any, _t: any) => (obj === None || self instanceof PyBoundMethod || !self.binds ? self : new PyBoundBuiltin(obj, self)), 2, 3);
  gs(b, '__name__', (o: any) => fn(o).name);
  gs(b, '__qualname__', (o: any) => fn(o).qualname);
  gs(b, '__doc__', (o: any) => fn(o).doc);
  gs(b, '__module__', (o: any) => (o instanceof PyBoundMethod ? None : o.module ?? 'builtins'));
  gs(b, '__self__', (o: any) => (o instanceof PyBoundMethod ? o.self : o.selfType ?? None));
  gs(b, '__text_signature__', () => None);

  // bound method
  const m = methodType;
  defMethod(m, '__repr__', (self: PyBoundMethod) => {
    const fn = self.func;
    const name = fn instanceof PyFunction ? fn.qualname : fn instanceof PyBuiltin ? fn.qualname : '?';
    return `<bound method ${name} of ${repr(self.self)}>`;
  });
  defMethodKw(m, '__call__', passCall);
  defStatic(m, '__new__', (_cls: any, func: any, self: any) => new PyBoundMethod(self, func));
  defMethod(m, '__eq__', (self: PyBoundMethod, o: any) =>
    o instanceof PyBoundMethod ? self.self === o.self && self.func === o.func : NotImplemented,
  );
  defMethod(m, '__hash__', (self: PyBoundMethod) => (objectId(self.func) ^ objectId(self.self)) >>> 4);
  defMethod(m, '__getattribute__', (self: PyBoundMethod, name: string) => {
    if (name === '__self__') return self.self;
    if (name === '__func__') return self.func;
    if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__module__' || name === '__wrapped__') {
      const v = getAttrOrMissing(self.func, name);
      if (v !== MISSING) return v;
    }
    const v = getAttrOrMissing(self.func, name);
    if (v === MISSING) throw attrErr(`'method' object has no attribute '${name}'`);
    return v;
  });
  m.flags |= TypeFlags.CustomGetAttribute;

  // staticmethod / classmethod
  for (const [t, C] of [
    [staticmethodType, PyStaticMethod],
    [classmethodType, PyClassMethod],
  ] as const) {
    defStatic(t, '__new__', (cls: PyType, fn: any) => {
      const o = new C(fn);
      o.$cls = cls;
      return o;
    });
    defMethod(t, '__init__', (_s: any, _f: any) => None);
    gs(t, '__func__', (o: any) => o.func);
    gs(t, '__wrapped__', (o: any) => o.func);
    gs(t, '__isabstractmethod__', (o: any) => {
      const v = getAttrOrMissing(o.func, '__isabstractmethod__');
      return v !== MISSING && truthy(v);
    });
    gs(t, '__dict__', (o: any) => instanceDictDescr.get(o));
  }
  defMethod(staticmethodType, '__get__', (self: PyStaticMethod, o: any, t: any) => {
    checkGetArgs(o, t);
    return self.func;
  }, 2, 3);
  defMethodKw(staticmethodType, '__call__', (args, kw) => passCall([args[0].func, ...args.slice(1)], kw));
  defMethod(classmethodType, '__get__', (self: PyClassMethod, o: any, t: any) => {
    checkGetArgs(o, t);
    return classmethodGet(self.func, t === undefined || t === None ? typeOf(o) : t);
  }, 2, 3);

  // property
  const p = propertyType;
  defStatic(p, '__new__', (cls: PyType, ..._a: any[]) => {
    const o = new PyProperty(None, None, None, None);
    o.$cls = cls;
    if (cls !== propertyType) o.$d = newAttrBag();
    return o;
  }, 1, Infinity);
  (p.dict.__new__ as any).func.gen = (args: any[]) => {
    const o = new PyProperty(None, None, None, None);
    o.$cls = args[0];
    if (args[0] !== propertyType) o.$d = newAttrBag();
    return o;
  };
  defMethodKw(p, '__init__', (args, kw) => {
    const self = args[0] as PyProperty;
    checkPropertyArgs(args, kw);
    self.fget = propArg(args, kw, 1, 'fget');
    self.fset = propArg(args, kw, 2, 'fset');
    self.fdel = propArg(args, kw, 3, 'fdel');
    self.doc = propArg(args, kw, 4, 'doc');
    self.name = undefined;
    self.getterDoc = false;
    if (self.doc === None && self.fget !== None) {
      // no doc given: the getter's. A subclass keeps it in the instance dict, where the subclass's own
      // __doc__ (its docstring or None) does not shadow it.
      const d = getAttrOrMissing(self.fget, '__doc__');
      if (d !== MISSING) {
        if (self.$cls === propertyType) self.doc = d;
        else setAttr(self, '__doc__', d);
      }
      self.getterDoc = true;
    }
    return None;
  });
  defMethod(p, '__get__', (self: PyProperty, o: any, t: any) => {
    checkGetArgs(o, t);
    if (o === None) return self;
    if (self.fget === None) throw propertyError(self, o, 'getter');
    return call1(self.fget, o);
  }, 2, 3);
  defMethod(p, '__set__', (self: PyProperty, o: any, v: any) => {
    if (self.fset === None) throw propertyError(self, o, 'setter');
    call2(self.fset, o, v);
    return None;
  });
  defMethod(p, '__delete__', (self: PyProperty, o: any) => {
    if (self.fdel === None) throw propertyError(self, o, 'deleter');
    call1(self.fdel, o);
    return None;
  });
  // getter()/setter()/deleter(): type(self)(fget, fset, fdel, doc), keeping the name (CPython's property_copy)
  const copyWith = (self: PyProperty, which: 'fget' | 'fset' | 'fdel', fn: any) => {
    const fns = { fget: self.fget, fset: self.fset, fdel: self.fdel };
    fns[which] = fn === undefined ? None : fn;
    // a doc taken from the old getter is taken again from the new one
    const doc = self.getterDoc && fns.fget !== None ? None : self.doc;
    const n = callSlow(typeOf(self), [fns.fget, fns.fset, fns.fdel, doc], null, null);
    if (n instanceof PyProperty) n.name = self.name;
    return n;
  };
  defMethod(p, '__set_name__', (self: PyProperty, _owner: any, name: any) => {
    self.name = name;
    return None;
  });
  defMethod(p, 'getter', (self: PyProperty, fn: any) => copyWith(self, 'fget', fn));
  defMethod(p, 'setter', (self: PyProperty, fn: any) => copyWith(self, 'fset', fn));
  defMethod(p, 'deleter', (self: PyProperty, fn: any) => copyWith(self, 'fdel', fn));
  gs(p, 'fget', (o: PyProperty) => o.fget);
  gs(p, 'fset', (o: PyProperty) => o.fset);
  gs(p, 'fdel', (o: PyProperty) => o.fdel);
  gs(p, '__doc__', (o: PyProperty) => o.doc, (o: PyProperty, v) => (o.doc = v));
  gs(p, '__isabstractmethod__', (o: PyProperty) => {
    for (const fn of [o.fget, o.fset, o.fdel]) {
      if (fn === None) continue;
      const v = getAttrOrMissing(fn, '__isabstractmethod__');
      if (v !== MISSING && truthy(v)) return true;
    }
    return false;
  });

  // getset descriptors
  defMethod(getsetType, '__get__', (self: PyGetSet, o: any, t: any) => {
    checkGetArgs(o, t);
    if (o === None) return self;
    const v = self.get(o);
    // (a getter may answer MISSING for "absent": type's __class_getitem__, see generic-alias.ts)
    if (v === MISSING) throw attributeError(o, self.name);
    return v;
  }, 2, 3);
  defMethod(getsetType, '__set__', (self: PyGetSet, o: any, v: any) => {
    if (!self.set) throw attrErr(`attribute '${self.name}' is not writable`);
    self.set(o, v);
    return None;
  });
  defMethod(getsetType, '__repr__', (self: PyGetSet) => `<attribute '${self.name}'>`);

  // super
  const s = superType;
  defStatic(s, '__new__', (_cls: PyType, t?: any, o?: any) => {
    if (t === undefined) throw exc(RuntimeError, 'super(): no arguments');
    return makeSuper(t, o);
  }, 1, 3);
  defMethod(s, '__init__', (..._a: any[]) => None, 1, 3);
  defMethod(s, '__getattribute__', (self: PySuper, name: string) => {
    if (name === '__thisclass__') return self.thisType;
    if (name === '__self__') return self.obj ?? None;
    if (name === '__self_class__') return self.objType ?? None;
    return superGetAttr(self, name);
  });
  s.flags |= TypeFlags.CustomGetAttribute;
  defMethod(s, '__repr__', (self: PySuper) =>
    `<super: <class '${self.thisType.name}'>, ${self.objType ? `<${self.objType.name} object>` : 'NULL'}>`,
  );
  defMethod(s, '__get__', (self: PySuper, o: any, _t: any) => (o === None || self.objType ? self : makeSuper(self.thisType, o)), 2, 3);
}


/** A small stand-in for CPython's code objects: the attributes introspection uses most. */
function codeObject(fn: PyFunction): any {
  return new PyCode(fn);
}

import { makeBuiltinType, objectType, PyObject } from '../object.js';
/** A closure cell as __closure__ shows it: reads the variable's current value from the defining scope. */
export class LiveCell extends PyObject {
  constructor(readonly read: () => any[], readonly i: number) {
    super();
  }
}
LiveCell.prototype.$cls = cellType;
cellType.dict.cell_contents = new PyGetSet('cell_contents', (c: any) => {
  const v = c instanceof LiveCell ? c.read()[c.i] : c.v;
  if (v === undefined) throw exc(ValueError, 'Cell is empty');
  return v;
});

export class PyCode extends PyObject {
  constructor(readonly fn: PyFunction) {
    super();
  }
}
export const codeType = makeBuiltinType('code', objectType, PyCode, TypeFlags.None);
export function installCode(): void {
  const g = (name: string, get: (c: PyCode) => any) => (codeType.dict[name] = new PyGetSet(name, get));
  g('co_name', (c) => c.fn.code.name);
  g('co_qualname', (c) => c.fn.code.qualname);
  g('co_filename', (c) => c.fn.code.filename);
  g('co_firstlineno', (c) => c.fn.code.firstlineno);
  g('co_argcount', (c) => c.fn.code.params.length);
  g('co_posonlyargcount', (c) => c.fn.code.posonly);
  g('co_kwonlyargcount', (c) => c.fn.code.kwonly.length);
  g('co_varnames', (c) => {
    const code = c.fn.code;
    const args = [...code.params, ...code.kwonly, ...(code.varargs ? [code.varargs] : []), ...(code.varkw ? [code.varkw] : [])];
    return new PyTuple([...args, ...code.varnames.filter((n) => !args.includes(n))]);
  });
  g('co_freevars', (c) => new PyTuple((c.fn.code.freevars ?? []).slice()));
  g('co_cellvars', () => new PyTuple([]));
  g('co_flags', (c) => (c.fn.code.varargs ? 4 : 0) | (c.fn.code.varkw ? 8 : 0) | (c.fn.code.generator ? 32 : 0));
}
