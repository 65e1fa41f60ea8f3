// pickle.Pickler and pickle.Unpickler: subclassable objects over a file, with CPython's hooks (persistent_id,
// reducer_override, dispatch_table; find_class, persistent_load).
import { None, PyObject, PyType, MISSING, makeBuiltinType, objectType, TypeFlags, newAttrBag } from '../../runtime/object.js';
import { PyBytes, PyByteArray, PyBoxed } from '../../runtime/types.js';
import { defMethod, defMethodKw, defStatic, arg, checkKw } from '../../runtime/natives.js';
import { typeErr, valueErr } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { index } from '../../runtime/convert.js';
import { truthy } from '../../runtime/operators.js';
import { call0, call1, call2 } from '../../runtime/call.js';
import { getAttrOrMissing, bagOf } from '../../runtime/attributes.js';
import type { ImportHost } from '../../runtime/imports.js';
import { HIGHEST_PROTOCOL, DEFAULT_PROTOCOL } from './opcodes.js';
import { Pickler, PicklerHooks } from './writer.js';
import { Unpickler, StringEncoding, UnpicklerHooks } from './reader.js';

/** The protocol argument: None -> DEFAULT_PROTOCOL, negative -> HIGHEST_PROTOCOL. */
export function protocolArg(p: any): number {
  if (p === undefined || p === None) return DEFAULT_PROTOCOL;
  const v = index(p);
  const n = typeof v === 'bigint' ? (v < 0n ? -1 : HIGHEST_PROTOCOL + 1) : v;
  if (n < 0) return HIGHEST_PROTOCOL;
  if (n > HIGHEST_PROTOCOL) throw valueErr(`pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  return n;
}

/** The bytes of a bytes-like argument. */
export function bytesArg(data: any): Uint8Array {
  if (data instanceof PyBytes) return data.b;
  if (data instanceof PyByteArray) return data.b.subarray(0, data.n);
  if (data instanceof PyBoxed && data.v instanceof Uint8Array) return data.v;
  throw typeErr(`a bytes-like object is required, not '${typeOf(data).name}'`);
}

/** fix_imports / encoding / errors keyword arguments of loads, load and Unpickler. */
export function loadOptions(fname: string, kw: Record<string, any> | null): [boolean, StringEncoding] {
  const fix = kw?.fix_imports;
  const encoding = kw?.encoding ?? 'ASCII';
  const errors = kw?.errors ?? 'strict';
  if (typeof encoding !== 'string') throw typeErr(`${fname}() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
  if (typeof errors !== 'string') throw typeErr(`${fname}() argument 'errors' must be str, not ${typeOf(errors).name}`);
  return [fix === undefined ? true : truthy(fix), { encoding, errors }];
}

/** Reads one pickle from `file` (read() then, when possible, seek back to just after it). */
export function loadFromFile(host: ImportHost, file: any, fix: boolean, enc: StringEncoding, hooks: UnpicklerHooks | null, onStart?: (u: Unpickler) => void): any {
  const read = getAttrOrMissing(file, 'read');
  if (read === MISSING) throw typeErr("file must have 'read' and 'readline' attributes");
  const data = bytesArg(call0(read));
  const u = new Unpickler(host, data, fix, enc, hooks);
  onStart?.(u);
  const v = u.load();
  const rest = data.length - u.consumed;
  if (rest > 0) {
    const seek = getAttrOrMissing(file, 'seek');
    const tell = getAttrOrMissing(file, 'tell');
    if (seek !== MISSING && tell !== MISSING) {
      const here = index(call0(tell));
      call1(seek, typeof here === 'bigint' ? here - BigInt(rest) : here - rest);
    }
  }
  return v;
}

class PyPicklerObj extends PyObject {
  file: any = None;
  proto = DEFAULT_PROTOCOL;
  fix = true;
  memo = new Map<any, number>();
  ready = false;
}

class PyUnpicklerObj extends PyObject {
  file: any = None;
  fix = true;
  enc: StringEncoding = { encoding: 'ASCII', errors: 'strict' };
  ready = false;
  current: Unpickler | null = null;
  lastProto = 0;
}

/** Creates the Pickler and Unpickler types of one VM (`host` resolves its imports). */
export function makePicklerTypes(host: ImportHost): { Pickler: PyType; Unpickler: PyType } {
  const P = makeBuiltinType('Pickler', objectType, PyPicklerObj, TypeFlags.BaseType | TypeFlags.HasDict);
  P.module = 'pickle';
  P.alloc = (cls: PyType) => {
    const o = new PyPicklerObj();
    o.$cls = cls;
    o.$d = newAttrBag();
    return o;
  };
  defStatic(P, '__new__', (cls: PyType, ..._a: any[]) => P.alloc!(cls), 1, Infinity);
  (P.dict.__new__ as any).func.gen = (args: any[]) => P.alloc!(args[0]);
  defMethodKw(P, '__init__', (args, kw) => {
    const self = args[0] as PyPicklerObj;
    checkKw('Pickler', kw, ['file', 'protocol', 'fix_imports', 'buffer_callback']);
    const file = arg(args, kw, 1, 'file');
    if (file === undefined) throw typeErr("Pickler() missing required argument 'file' (pos 1)");
    if (getAttrOrMissing(file, 'write') === MISSING) throw typeErr("file must have a 'write' attribute");
    self.file = file;
    self.proto = protocolArg(arg(args, kw, 2, 'protocol'));
    const fix = arg(args, kw, 3, 'fix_imports');
    self.fix = fix === undefined ? true : truthy(fix);
    self.memo = new Map();
    self.ready = true;
    return None;
  });
  defMethod(P, 'dump', (self: PyPicklerObj, obj: any) => {
    if (!self.ready) throw typeErr(`Pickler.__init__() was not called by ${typeOf(self).name}.__init__()`);
    const hooks: PicklerHooks = { memo: self.memo };
    const pid = getAttrOrMissing(self, 'persistent_id');
    if (pid !== MISSING && pid !== None) hooks.persistentId = pid;
    const ro = getAttrOrMissing(self, 'reducer_override');
    if (ro !== MISSING && ro !== None) hooks.reducerOverride = ro;
    const bag = bagOf(self);
    const dt = bag?.dispatch_table ?? typeOf(self).lookup('dispatch_table');
    if (dt !== undefined && dt !== MISSING && dt !== None) hooks.dispatchTable = dt;
    const bytes = new Pickler(host, self.proto, self.fix, hooks).dump(obj);
    call1(getAttrOrMissing(self.file, 'write'), new PyBytes(bytes));
    return None;
  });
  defMethod(P, 'clear_memo', (self: PyPicklerObj) => {
    self.memo.clear();
    return None;
  });

  const U = makeBuiltinType('Unpickler', objectType, PyUnpicklerObj, TypeFlags.BaseType | TypeFlags.HasDict);
  U.module = 'pickle';
  U.alloc = (cls: PyType) => {
    const o = new PyUnpicklerObj();
    o.$cls = cls;
    o.$d = newAttrBag();
    return o;
  };
  defStatic(U, '__new__', (cls: PyType, ..._a: any[]) => U.alloc!(cls), 1, Infinity);
  (U.dict.__new__ as any).func.gen = (args: any[]) => U.alloc!(args[0]);
  defMethodKw(U, '__init__', (args, kw) => {
    const self = args[0] as PyUnpicklerObj;
    checkKw('Unpickler', kw, ['file', 'fix_imports', 'encoding', 'errors', 'buffers']);
    const file = arg(args, kw, 1, 'file');
    if (file === undefined) throw typeErr("Unpickler() missing required argument 'file' (pos 1)");
    if (args.length > 2) throw typeErr(`Unpickler() takes exactly 1 positional argument (${args.length - 1} given)`);
    if (getAttrOrMissing(file, 'read') === MISSING) throw typeErr("file must have 'read' and 'readline' attributes");
    self.file = file;
    [self.fix, self.enc] = loadOptions('Unpickler', kw);
    self.ready = true;
    return None;
  });
  const baseFindClass = defMethod(U, 'find_class', (self: PyUnpicklerObj, module: any, name: any) => {
    if (typeof module !== 'string' || typeof name !== 'string') throw typeErr('find_class() arguments must be str');
    const u = self.current ?? new Unpickler(host, new Uint8Array(0), self.fix, self.enc);
    return u.findClass(module, name);
  });
  defMethod(U, 'load', (self: PyUnpicklerObj) => {
    if (!self.ready) throw typeErr(`Unpickler.__init__() was not called by ${typeOf(self).name}.__init__()`);
    const hooks: UnpicklerHooks = {};
    const fc = getAttrOrMissing(self, 'find_class');
    if (!(typeOf(self).lookup('find_class') === baseFindClass && bagOf(self)?.find_class === undefined))
      hooks.findClass = (m: string, n: string) => call2(fc, m, n);
    const pl = getAttrOrMissing(self, 'persistent_load');
    if (pl !== MISSING && pl !== None) hooks.persistentLoad = pl;
    const prev = self.current;
    try {
      return loadFromFile(host, self.file, self.fix, self.enc, hooks, (u) => (self.current = u));
    } finally {
      self.current = prev;
    }
  });
  return { Pickler: P, Unpickler: U };
}
