// The pickler: Python values -> pickle bytes, byte-for-byte what CPython 3.11's C pickler (Modules/_pickle.c)
// produces for the same values, for protocols 0-5, including its framing (protocol 4+), memo and batching rules.
//
// Differences that follow from the value representation: str values have no identity in JS, so equal strings
// share one memo entry (CPython shares entries only between identical str objects, which is what literals,
// attribute names and dict keys usually are); ints and floats are never memoized, as in CPython.
import {
  None,
  Ellipsis,
  NotImplemented,
  PyType,
  PyFloat,
  MISSING,
  objectType,
  typeType,
  TypeFlags,
  noneType,
  ellipsisType,
  notImplementedType,
  mkFloat,
} from '../../runtime/object.js';
import {
  PyTuple,
  PyList,
  PyDict,
  PySet,
  PyFrozenSet,
  PyBytes,
  PyByteArray,
  PyComplex,
  PyBoxed,
  floatType,
  bytesType,
  dictType,
  setType,
  frozensetType,
  listType,
  tupleType,
  bytearrayType,
  complexType,
} from '../../runtime/types.js';
import { PyFunction, PyBuiltin, PyBoundMethod, functionType } from '../../runtime/function.js';
import { DictStore } from '../../runtime/hash-store.js';
import {
  PyBaseException,
  exc,
  typeErr,
  attrErr,
  overflowErr,
  RuntimeError,
  RecursionError,
  KeyError,
} from '../../runtime/exceptions.js';
import { getitem } from '../../runtime/items.js';
import { typeOf } from '../../runtime/typeof.js';
import { repr, str, strRepr, floatRepr } from '../../runtime/convert.js';
import { call1, callWithKw } from '../../runtime/call.js';
import { getAttr, getAttrOrMissing, isAttributeError, bagOf } from '../../runtime/attributes.js';
import { next, PyIterator } from '../../runtime/iteration.js';
import { importModule, ImportHost } from '../../runtime/imports.js';
import { state as interp } from '../../runtime/state.js';
import * as K from './opcodes.js';
import { encodeInto, isWellFormed } from './utf8.js';
import { picklingError } from './errors.js';
import { KNOWN_NAMES, newobj, newobjEx, codecsEncode } from './globals.js';
import { objectReduceExMethod } from './reduce.js';
import { REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING } from './compat.js';

// Module-level copies of the constants: plain bindings stay fast whatever the module loader does with imports.
const OP_ADDITEMS = K.Op.ADDITEMS;
const OP_APPEND = K.Op.APPEND;
const OP_APPENDS = K.Op.APPENDS;
const OP_BINBYTES = K.Op.BINBYTES;
const OP_BINBYTES8 = K.Op.BINBYTES8;
const OP_BINFLOAT = K.Op.BINFLOAT;
const OP_BINGET = K.Op.BINGET;
const OP_BININT = K.Op.BININT;
const OP_BININT1 = K.Op.BININT1;
const OP_BININT2 = K.Op.BININT2;
const OP_BINPUT = K.Op.BINPUT;
const OP_BINUNICODE = K.Op.BINUNICODE;
const OP_BINUNICODE8 = K.Op.BINUNICODE8;
const OP_BUILD = K.Op.BUILD;
const OP_BYTEARRAY8 = K.Op.BYTEARRAY8;
const OP_DICT = K.Op.DICT;
const OP_EMPTY_DICT = K.Op.EMPTY_DICT;
const OP_EMPTY_LIST = K.Op.EMPTY_LIST;
const OP_EMPTY_SET = K.Op.EMPTY_SET;
const OP_EMPTY_TUPLE = K.Op.EMPTY_TUPLE;
const OP_FRAME = K.Op.FRAME;
const OP_FROZENSET = K.Op.FROZENSET;
const OP_GLOBAL = K.Op.GLOBAL;
const OP_LIST = K.Op.LIST;
const OP_LONG1 = K.Op.LONG1;
const OP_LONG4 = K.Op.LONG4;
const OP_LONG_BINGET = K.Op.LONG_BINGET;
const OP_LONG_BINPUT = K.Op.LONG_BINPUT;
const OP_MARK = K.Op.MARK;
const OP_MEMOIZE = K.Op.MEMOIZE;
const OP_NEWFALSE = K.Op.NEWFALSE;
const OP_NEWOBJ = K.Op.NEWOBJ;
const OP_NEWOBJ_EX = K.Op.NEWOBJ_EX;
const OP_NEWTRUE = K.Op.NEWTRUE;
const OP_NONE = K.Op.NONE;
const OP_POP = K.Op.POP;
const OP_POP_MARK = K.Op.POP_MARK;
const OP_PROTO = K.Op.PROTO;
const OP_REDUCE = K.Op.REDUCE;
const OP_SETITEM = K.Op.SETITEM;
const OP_SETITEMS = K.Op.SETITEMS;
const OP_SHORT_BINBYTES = K.Op.SHORT_BINBYTES;
const OP_SHORT_BINUNICODE = K.Op.SHORT_BINUNICODE;
const OP_STACK_GLOBAL = K.Op.STACK_GLOBAL;
const OP_STOP = K.Op.STOP;
const OP_TUPLE = K.Op.TUPLE;
const OP_TUPLE1 = K.Op.TUPLE1;
const OP_TUPLE2 = K.Op.TUPLE2;
const OP_TUPLE3 = K.Op.TUPLE3;
const OP_UNICODE = K.Op.UNICODE;
const OP_PERSID = K.Op.PERSID;
const OP_BINPERSID = K.Op.BINPERSID;
const BATCHSIZE = K.BATCHSIZE;
const FRAME_SIZE_TARGET = K.FRAME_SIZE_TARGET;
const FRAME_SIZE_MIN = K.FRAME_SIZE_MIN;
const FRAME_HEADER_SIZE = K.FRAME_HEADER_SIZE;

const textEncoder = new TextEncoder();

/**
 * A str whose memo identity differs from its value. JS strings have no identity, so the pickler memoizes str by
 * value; where CPython provably uses a distinct str object (names built on the fly: the qualname of a built-in
 * type, the name a built-in function reduces to, a module's __name__ object, which is not the interned literal),
 * the string travels wrapped in a KeyedStr and is memoized under `key` instead, as CPython's identity memo would.
 */
class KeyedStr {
  readonly key: object;
  constructor(readonly s: string, key?: object) {
    this.key = key ?? this;
  }
}

/** One object per module name, standing for that module's `__name__` str object. */
const moduleNameTokens = new Map<string, object>();
function moduleNameKey(name: string): object {
  let k = moduleNameTokens.get(name);
  if (k === undefined) {
    k = {};
    moduleNameTokens.set(name, k);
  }
  return k;
}

/** A spare output buffer, reused by the next pickler (dumps calls never overlap unless they nest). */
let spare: Uint8Array | null = null;

/** Pickles one object graph. Create one per dump. */
export class Pickler {
  private buf: Uint8Array;
  private dv: DataView;
  private pos = 0;
  private framing = false;
  private frameStart = -1;
  private readonly memo: Map<any, number>;
  private readonly bin: boolean;
  private depth: number;
  private readonly limit: number;
  private getattrFn: any = undefined;
  private dispatch: any;
  private persistentId: any;
  private reducerOverride: any;
  /** Set while saving a persistent id itself (CPython's pers_save). */
  private skipPers = false;

  constructor(
    private readonly host: ImportHost,
    readonly proto: number,
    readonly fixImports = true,
    hooks: PicklerHooks | null = null,
  ) {
    this.bin = proto >= 1;
    if (spare !== null) {
      this.buf = spare;
      spare = null;
    } else this.buf = new Uint8Array(4096);
    this.dv = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    this.depth = interp.depth;
    this.limit = interp.limit;
    this.dispatch = hooks?.dispatchTable ?? dispatchTable(host);
    this.persistentId = hooks?.persistentId;
    this.reducerOverride = hooks?.reducerOverride;
    this.memo = hooks?.memo ?? new Map();
  }

  /** Pickles `obj` and returns the bytes. */
  dump(obj: any): Uint8Array {
    try {
      if (this.proto >= 2) {
        this.need(2);
        this.buf[this.pos++] = OP_PROTO;
        this.buf[this.pos++] = this.proto;
        if (this.proto >= 4) this.framing = true;
      }
      this.save(obj);
      this.op(OP_STOP);
      this.commitFrame();
      return this.buf.slice(0, this.pos);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message))
        throw exc(RecursionError, 'maximum recursion depth exceeded while pickling an object');
      throw e;
    } finally {
      if (this.buf.length <= 1 << 20) spare = this.buf;
    }
  }

  // ---- output ----

  private grow(n: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.pos));
    this.buf = nb;
    this.dv = new DataView(nb.buffer);
  }

  /** Makes room for `n` bytes at `pos`, opening a frame first when framing and none is open. */
  private need(n: number): void {
    if (this.frameStart === -1 && this.framing) {
      if (this.pos + n + FRAME_HEADER_SIZE > this.buf.length) this.grow(n + FRAME_HEADER_SIZE);
      this.frameStart = this.pos;
      this.pos += FRAME_HEADER_SIZE;
    } else if (this.pos + n > this.buf.length) this.grow(n);
  }

  private op(b: number): void {
    this.need(1);
    this.buf[this.pos++] = b;
  }

  private op2(a: number, b: number): void {
    this.need(2);
    this.buf[this.pos++] = a;
    this.buf[this.pos++] = b;
  }

  /** Writes an ASCII string (opcode arguments of the text protocol). */
  private ascii(s: string): void {
    const n = s.length;
    this.need(n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  private raw(data: Uint8Array): void {
    this.need(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  private commitFrame(): void {
    if (!this.framing || this.frameStart === -1) return;
    const start = this.frameStart;
    const len = this.pos - start - FRAME_HEADER_SIZE;
    if (len >= FRAME_SIZE_MIN) {
      this.buf[start] = OP_FRAME;
      this.dv.setUint32(start + 1, len >>> 0, true);
      this.dv.setUint32(start + 5, Math.floor(len / 4294967296), true);
    } else {
      this.buf.copyWithin(start, start + FRAME_HEADER_SIZE, this.pos);
      this.pos -= FRAME_HEADER_SIZE;
    }
    this.frameStart = -1;
  }

  /** A header then a payload; payloads of 64 KiB or more are written outside any frame, as CPython does. */
  private headerAndPayload(header: number[], data: Uint8Array): void {
    if (data.length >= FRAME_SIZE_TARGET) {
      this.commitFrame();
      const framing = this.framing;
      this.framing = false;
      this.need(header.length);
      for (const b of header) this.buf[this.pos++] = b;
      this.raw(data);
      this.framing = framing;
    } else {
      this.need(header.length + data.length);
      for (const b of header) this.buf[this.pos++] = b;
      this.buf.set(data, this.pos);
      this.pos += data.length;
    }
  }

  // ---- memo ----

  private memoPut(obj: any): void {
    const idx = this.memo.size;
    this.memo.set(obj, idx);
    if (this.proto >= 4) this.op(OP_MEMOIZE);
    else if (!this.bin) this.ascii(`p${idx}\n`);
    else if (idx < 256) this.op2(OP_BINPUT, idx);
    else {
      this.need(5);
      this.buf[this.pos] = OP_LONG_BINPUT;
      this.dv.setUint32(this.pos + 1, idx, true);
      this.pos += 5;
    }
  }

  private memoGet(idx: number): void {
    if (!this.bin) this.ascii(`g${idx}\n`);
    else if (idx < 256) this.op2(OP_BINGET, idx);
    else {
      this.need(5);
      this.buf[this.pos] = OP_LONG_BINGET;
      this.dv.setUint32(this.pos + 1, idx, true);
      this.pos += 5;
    }
  }

  private enter(): void {
    if (++this.depth > this.limit) throw exc(RecursionError, 'maximum recursion depth exceeded while pickling an object');
  }

  // ---- dispatch ----

  private save(obj: any): void {
    // CPython's _Pickler_OpcodeBoundary: a full frame is committed before the next object starts.
    if (this.frameStart !== -1 && this.pos - this.frameStart - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) this.commitFrame();
    if (this.persistentId !== undefined) {
      if (this.skipPers) this.skipPers = false;
      else if (this.savePers(obj)) return;
    }
    switch (typeof obj) {
      case 'number':
        if (Number.isInteger(obj)) this.saveInt(obj);
        else this.saveFloat(obj);
        return;
      case 'string': {
        const m = this.memo.get(obj);
        if (m !== undefined) this.memoGet(m);
        else this.saveStr(obj);
        return;
      }
      case 'boolean':
        if (this.proto >= 2) this.op(obj ? OP_NEWTRUE : OP_NEWFALSE);
        else this.ascii(obj ? 'I01\n' : 'I00\n');
        return;
      case 'bigint':
        this.saveBigInt(obj);
        return;
    }
    if (obj === None) {
      this.op(OP_NONE);
      return;
    }
    const t: PyType = obj.$cls;
    if (t === floatType) {
      this.saveFloat((obj as PyFloat).v);
      return;
    }
    if (t === undefined) {
      if (!(obj instanceof KeyedStr)) throw typeErr(`cannot pickle '${String(obj)}' (not a Python value)`);
      const k = this.memo.get(obj.key);
      if (k !== undefined) this.memoGet(k);
      else this.saveStr(obj.s, obj.key);
      return;
    }
    const m = this.memo.get(obj);
    if (m !== undefined) {
      this.memoGet(m);
      return;
    }
    if (t === bytesType) {
      this.saveBytes(obj);
      return;
    }
    this.enter();
    if (t === listType) this.saveList(obj);
    else if (t === dictType) this.saveDict(obj);
    else if (t === tupleType) this.saveTuple(obj);
    else if (t === setType) this.saveSet(obj);
    else if (t === frozensetType) this.saveFrozenSet(obj);
    else if (t === bytearrayType) this.saveByteArray(obj);
    else this.saveOther(obj, t);
    this.depth--;
  }

  // ---- atoms ----

  private saveInt(x: number): void {
    if (x >= -0x80000000 && x <= 0x7fffffff) {
      if (!this.bin) {
        this.ascii(`I${x === 0 ? 0 : x}\n`);
        return;
      }
      this.need(5);
      const buf = this.buf;
      const p = this.pos;
      if (x >= 0 && x <= 0xff) {
        buf[p] = OP_BININT1;
        buf[p + 1] = x;
        this.pos = p + 2;
      } else if (x >= 0 && x <= 0xffff) {
        buf[p] = OP_BININT2;
        buf[p + 1] = x & 0xff;
        buf[p + 2] = x >> 8;
        this.pos = p + 3;
      } else {
        buf[p] = OP_BININT;
        this.dv.setInt32(p + 1, x, true);
        this.pos = p + 5;
      }
      return;
    }
    this.saveBigInt(BigInt(x));
  }

  private saveBigInt(b: bigint): void {
    if (b >= -0x80000000n && b <= 0x7fffffffn) {
      this.saveInt(Number(b));
      return;
    }
    if (this.proto < 2) {
      this.ascii(`L${b.toString()}L\n`);
      return;
    }
    const bytes = longBytes(b);
    const n = bytes.length;
    if (n < 256) {
      this.need(2 + n);
      this.buf[this.pos++] = OP_LONG1;
      this.buf[this.pos++] = n;
    } else {
      if (n > 0x7fffffff) throw overflowErr('int too large to pickle');
      this.need(5 + n);
      this.buf[this.pos] = OP_LONG4;
      this.dv.setInt32(this.pos + 1, n, true);
      this.pos += 5;
    }
    this.buf.set(bytes, this.pos);
    this.pos += n;
  }

  private saveFloat(v: number): void {
    if (this.bin) {
      this.need(9);
      this.buf[this.pos] = OP_BINFLOAT;
      this.dv.setFloat64(this.pos + 1, v, false);
      this.pos += 9;
    } else this.ascii(`F${floatRepr(v)}\n`);
  }

  private saveStr(s: string, key: any = s): void {
    if (!this.bin) {
      this.op(OP_UNICODE);
      this.ascii(rawUnicodeEscape(s));
      this.op(0x0a);
    } else {
      const n = s.length;
      if (n <= 85 && this.proto >= 4) {
        // UTF-8 size <= 255: SHORT_BINUNICODE, encoded straight into the output.
        this.need(2 + 3 * n);
        const p = this.pos;
        const len = encodeInto(s, this.buf, p + 2);
        this.buf[p] = OP_SHORT_BINUNICODE;
        this.buf[p + 1] = len;
        this.pos = p + 2 + len;
      } else if (3 * n < FRAME_SIZE_TARGET) {
        // Can't reach the frame-bypass size: encode in place after a 5-byte header, shrink it if short.
        this.need(5 + 3 * n);
        const p = this.pos;
        const len = encodeInto(s, this.buf, p + 5);
        if (len <= 0xff && this.proto >= 4) {
          this.buf.copyWithin(p + 2, p + 5, p + 5 + len);
          this.buf[p] = OP_SHORT_BINUNICODE;
          this.buf[p + 1] = len;
          this.pos = p + 2 + len;
        } else {
          this.buf[p] = OP_BINUNICODE;
          this.dv.setUint32(p + 1, len, true);
          this.pos = p + 5 + len;
        }
      } else {
        const data = encodeBig(s);
        const len = data.length;
        let header: number[];
        if (len <= 0xff && this.proto >= 4) header = [OP_SHORT_BINUNICODE, len];
        else if (len <= 0xffffffff) header = [OP_BINUNICODE, ...le(len, 4)];
        else if (this.proto >= 4) header = [OP_BINUNICODE8, ...le(len, 8)];
        else throw overflowErr('serializing a string larger than 4 GiB requires pickle protocol 4 or higher');
        this.headerAndPayload(header, data);
      }
    }
    this.memoPut(key);
  }

  private saveBytes(obj: PyBytes): void {
    if (this.proto < 3) {
      const b = obj.b;
      if (b.length === 0) this.saveReduce([bytesType, new PyTuple([])], obj);
      else this.saveReduce([codecsEncode, new PyTuple([latin1(b), 'latin1'])], obj);
      return;
    }
    const b = obj.b;
    const len = b.length;
    let header: number[];
    if (len <= 0xff) header = [OP_SHORT_BINBYTES, len];
    else if (len <= 0xffffffff) header = [OP_BINBYTES, ...le(len, 4)];
    else if (this.proto >= 4) header = [OP_BINBYTES8, ...le(len, 8)];
    else throw overflowErr('serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher');
    this.headerAndPayload(header, b);
    this.memoPut(obj);
  }

  private saveByteArray(obj: PyByteArray): void {
    const data = obj.b.subarray(0, obj.n);
    if (this.proto < 5) {
      if (data.length === 0) this.saveReduce([bytearrayType, new PyTuple([])], obj);
      else this.saveReduce([bytearrayType, new PyTuple([new PyBytes(data.slice())])], obj);
      return;
    }
    this.headerAndPayload([OP_BYTEARRAY8, ...le(data.length, 8)], data);
    this.memoPut(obj);
  }

  // ---- containers ----

  private saveTuple(obj: PyTuple): void {
    const a = obj.a;
    const n = a.length;
    if (n === 0) {
      if (this.proto) this.op(OP_EMPTY_TUPLE);
      else this.op2(OP_MARK, OP_TUPLE);
      return;
    }
    if (n <= 3 && this.proto >= 2) {
      for (let i = 0; i < n; i++) this.save(a[i]);
      const m = this.memo.get(obj);
      if (m !== undefined) {
        // Recursive tuple: it was pickled while pickling its items; drop them and fetch it.
        for (let i = 0; i < n; i++) this.op(OP_POP);
        this.memoGet(m);
        return;
      }
      this.op(n === 1 ? OP_TUPLE1 : n === 2 ? OP_TUPLE2 : OP_TUPLE3);
      this.memoPut(obj);
      return;
    }
    this.op(OP_MARK);
    for (let i = 0; i < n; i++) this.save(a[i]);
    const m = this.memo.get(obj);
    if (m !== undefined) {
      if (this.bin) this.op(OP_POP_MARK);
      else for (let i = 0; i <= n; i++) this.op(OP_POP);
      this.memoGet(m);
      return;
    }
    this.op(OP_TUPLE);
    this.memoPut(obj);
  }

  private saveList(obj: PyList): void {
    if (this.bin) this.op(OP_EMPTY_LIST);
    else this.op2(OP_MARK, OP_LIST);
    this.memoPut(obj);
    if (obj.a.length === 0) return;
    this.enter();
    if (this.proto > 0) this.batchListExact(obj);
    else for (let i = 0; i < obj.a.length; i++) {
      this.save(obj.a[i]);
      this.op(OP_APPEND);
    }
    this.depth--;
  }

  private batchListExact(obj: PyList): void {
    if (obj.a.length === 1) {
      this.save(obj.a[0]);
      this.op(OP_APPEND);
      return;
    }
    let total = 0;
    do {
      let batch = 0;
      this.op(OP_MARK);
      while (total < obj.a.length) {
        const v = obj.a[total];
        if (typeof v === 'number' && (v | 0) === v && v >= 0) {
          // Inlined save() of a small non-negative int, the common case of numeric lists.
          if (this.frameStart !== -1 && this.pos - this.frameStart - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) this.commitFrame();
          this.need(5);
          const buf = this.buf;
          const p = this.pos;
          if (v <= 0xff) {
            buf[p] = OP_BININT1;
            buf[p + 1] = v;
            this.pos = p + 2;
          } else if (v <= 0xffff) {
            buf[p] = OP_BININT2;
            buf[p + 1] = v & 0xff;
            buf[p + 2] = v >> 8;
            this.pos = p + 3;
          } else {
            buf[p] = OP_BININT;
            this.dv.setInt32(p + 1, v, true);
            this.pos = p + 5;
          }
        } else this.save(v);
        total++;
        if (++batch === BATCHSIZE) break;
      }
      this.op(OP_APPENDS);
    } while (total < obj.a.length);
  }

  /** CPython's batch_list: items of a list subclass or a reduce tuple's listitems iterator. */
  private batchListIter(it: any): void {
    if (this.proto === 0) {
      for (let v = next(it); v !== undefined; v = next(it)) {
        this.save(v);
        this.op(OP_APPEND);
      }
      return;
    }
    let n = 0;
    do {
      const first = next(it);
      if (first === undefined) break;
      let o = next(it);
      if (o === undefined) {
        this.save(first);
        this.op(OP_APPEND);
        break;
      }
      this.op(OP_MARK);
      this.save(first);
      n = 1;
      while (o !== undefined) {
        this.save(o);
        n++;
        if (n === BATCHSIZE) break;
        o = next(it);
      }
      this.op(OP_APPENDS);
    } while (n === BATCHSIZE);
  }

  private saveDict(obj: PyDict): void {
    if (this.bin) this.op(OP_EMPTY_DICT);
    else this.op2(OP_MARK, OP_DICT);
    this.memoPut(obj);
    if (obj.s.size === 0) return;
    this.enter();
    if (this.proto > 0) this.batchDictExact(obj);
    else {
      for (const [k, v] of obj.s.entries()) {
        this.save(k);
        this.save(v);
        this.op(OP_SETITEM);
      }
    }
    this.depth--;
  }

  private batchDictExact(obj: PyDict): void {
    const s = obj.s;
    const size = s.size;
    const ds = s instanceof DictStore ? s : null;
    const it: Iterator<[any, any]> = ds !== null ? ds.m.entries() : s.entries()[Symbol.iterator]();
    if (size === 1) {
      const r = it.next();
      if (!r.done) {
        const [mk, v] = r.value;
        this.save(ds !== null && ds.orig !== null ? ds.pyKey(mk) : mk);
        this.save(v);
      }
      this.op(OP_SETITEM);
      return;
    }
    if (size < BATCHSIZE && ds !== null && ds.orig === null) {
      // One batch, keys stored as themselves: Map.forEach avoids allocating an entry per item.
      this.op(OP_MARK);
      ds.m.forEach((v, k) => {
        if (s.size !== size) throw exc(RuntimeError, 'dictionary changed size during iteration');
        this.save(k);
        this.save(v);
      });
      this.op(OP_SETITEMS);
      if (s.size !== size) throw exc(RuntimeError, 'dictionary changed size during iteration');
      return;
    }
    let i: number;
    do {
      i = 0;
      this.op(OP_MARK);
      for (let r = it.next(); !r.done; r = it.next()) {
        const e = r.value;
        this.save(ds !== null && ds.orig !== null ? ds.pyKey(e[0]) : e[0]);
        this.save(e[1]);
        if (++i === BATCHSIZE) break;
      }
      this.op(OP_SETITEMS);
      if (s.size !== size) throw exc(RuntimeError, 'dictionary changed size during iteration');
    } while (i === BATCHSIZE);
  }

  /** CPython's batch_dict: a reduce tuple's dictitems iterator of (key, value) pairs. */
  private batchDictIter(it: any): void {
    const pair = (o: any): any[] => {
      if (!(o instanceof PyTuple) || o.a.length !== 2) throw typeErr('dict items iterator must return 2-tuples');
      return o.a;
    };
    if (this.proto === 0) {
      for (let o = next(it); o !== undefined; o = next(it)) {
        const [k, v] = pair(o);
        this.save(k);
        this.save(v);
        this.op(OP_SETITEM);
      }
      return;
    }
    let n = 0;
    do {
      const first = next(it);
      if (first === undefined) break;
      let o = next(it);
      if (o === undefined) {
        const [k, v] = pair(first);
        this.save(k);
        this.save(v);
        this.op(OP_SETITEM);
        break;
      }
      this.op(OP_MARK);
      const [k0, v0] = pair(first);
      this.save(k0);
      this.save(v0);
      n = 1;
      while (o !== undefined) {
        const [k, v] = pair(o);
        this.save(k);
        this.save(v);
        n++;
        if (n === BATCHSIZE) break;
        o = next(it);
      }
      this.op(OP_SETITEMS);
    } while (n === BATCHSIZE);
  }

  private saveSet(obj: PySet): void {
    if (this.proto < 4) {
      this.saveReduce([setType, new PyTuple([new PyList([...obj.s.values()])])], obj);
      return;
    }
    this.op(OP_EMPTY_SET);
    this.memoPut(obj);
    const size = obj.s.size;
    if (size === 0) return;
    const it = obj.s.values();
    let i: number;
    do {
      i = 0;
      this.op(OP_MARK);
      for (let r = it.next(); !r.done; r = it.next()) {
        this.save(r.value);
        if (++i === BATCHSIZE) break;
      }
      this.op(OP_ADDITEMS);
      if (obj.s.size !== size) throw exc(RuntimeError, 'set changed size during iteration');
    } while (i === BATCHSIZE);
  }

  private saveFrozenSet(obj: PyFrozenSet): void {
    if (this.proto < 4) {
      this.saveReduce([frozensetType, new PyTuple([new PyList([...obj.s.values()])])], obj);
      return;
    }
    this.op(OP_MARK);
    for (const v of obj.s.values()) this.save(v);
    const m = this.memo.get(obj);
    if (m !== undefined) {
      this.op(OP_POP_MARK);
      this.memoGet(m);
      return;
    }
    this.op(OP_FROZENSET);
    this.memoPut(obj);
  }

  /** persistent_id(obj): when it returns something other than None, that id stands for obj. */
  private savePers(obj: any): boolean {
    const pid = call1(this.persistentId, obj);
    if (pid === None) return false;
    if (this.bin) {
      this.skipPers = true;
      this.save(pid);
      this.op(OP_BINPERSID);
    } else {
      const s = str(pid);
      for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) > 0x7f) throw picklingError('persistent IDs in protocol 0 must be ASCII strings');
      this.op(OP_PERSID);
      this.ascii(s);
      this.op(0x0a);
    }
    return true;
  }

  // ---- everything else: globals and the reduce protocol ----

  private saveOther(obj: any, t: PyType): void {
    let rv: any;
    if (this.reducerOverride !== undefined) {
      rv = call1(this.reducerOverride, obj);
      if (rv !== NotImplemented) {
        this.saveReduceValue(obj, rv);
        return;
      }
    }
    if (t === typeType) {
      this.saveType(obj);
      return;
    }
    if (t === functionType) {
      this.saveGlobal(obj, null);
      return;
    }
    if (t === complexType) {
      // copyreg's dispatch_table entry for complex: (complex, (real, imag))
      const c = obj as PyComplex;
      rv = new PyTuple([complexType, new PyTuple([mkFloat(c.re), mkFloat(c.im)])]);
    } else {
      const f = this.dispatch === null ? undefined : dispatchLookup(this.dispatch, t);
      if (f !== undefined) rv = call1(f, obj);
      else if (obj instanceof PyType) {
        this.saveGlobal(obj, null);
        return;
      } else rv = this.reduceValue(obj, t);
    }
    this.saveReduceValue(obj, rv);
  }

  /** What save() does with a reduce value: a name (a global) or a tuple (save_reduce). */
  private saveReduceValue(obj: any, rv: any): void {
    if (typeof rv === 'string') {
      this.saveGlobal(obj, rv);
      return;
    }
    if (rv instanceof KeyedStr) {
      this.saveGlobal(obj, rv.s, true);
      return;
    }
    if (rv instanceof PyBoxed && typeof rv.v === 'string') {
      this.saveGlobal(obj, rv.v);
      return;
    }
    if (!(rv instanceof PyTuple)) throw picklingError('__reduce__ must return a string or tuple');
    this.saveReduce(rv.a, obj);
  }

  /** What obj.__reduce_ex__(proto) returns, with CPython's built-in reductions the runtime may lack. */
  private reduceValue(obj: any, t: PyType): any {
    if (obj === Ellipsis) return new KeyedStr('Ellipsis');
    if (obj === NotImplemented) return new KeyedStr('NotImplemented');
    if (obj instanceof PyBoundMethod) {
      // method.__reduce__; a built-in method's name is a fresh str in CPython, a function's its interned __name__.
      const f = obj.func;
      const name = f instanceof PyBuiltin ? new KeyedStr(f.name) : f instanceof PyFunction ? f.name : getAttr(f, '__name__');
      return new PyTuple([this.builtinGetattr(), new PyTuple([obj.self, name])]);
    }
    if (obj instanceof PyBuiltin) {
      // A method descriptor reduces to getattr(cls, name); a function to its name (a fresh str).
      if (obj.binds && obj.selfType !== undefined)
        return new PyTuple([this.builtinGetattr(), new PyTuple([obj.selfType, obj.name])]);
      return new KeyedStr(obj.name);
    }
    const rex = t.lookup('__reduce_ex__');
    const bag = bagOf(obj);
    if (bag !== undefined && bag.__reduce_ex__ !== undefined) return call1(bag.__reduce_ex__, this.proto);
    // object.__reduce_ex__ (a __reduce__ override wins, else the copyreg protocol), without the method call.
    if (rex === MISSING || rex === objectType.dict.__reduce_ex__) return objectReduceExMethod(obj, this.proto);
    return call1(getAttr(obj, '__reduce_ex__'), this.proto);
  }

  private builtinGetattr(): any {
    if (this.getattrFn === undefined) this.getattrFn = getAttr(importModule(this.host, 'builtins'), 'getattr');
    return this.getattrFn;
  }

  private saveType(t: PyType): void {
    if (t === noneType) this.saveReduce([typeType, new PyTuple([None])], t);
    else if (t === ellipsisType) this.saveReduce([typeType, new PyTuple([Ellipsis])], t);
    else if (t === notImplementedType) this.saveReduce([typeType, new PyTuple([NotImplemented])], t);
    else this.saveGlobal(t, null);
  }

  /**
   * CPython's save_global. `freshName`: the name is a str CPython builds on the fly (what a built-in function's or
   * a singleton's __reduce__ returns), so it never shares a memo entry.
   */
  private saveGlobal(obj: any, name: string | null, freshName = false): void {
    let moduleName: string;
    let globalName: string;
    let parent: any = undefined;
    let lastname: string;
    let nested = false;
    let moduleKey: any;
    let nameKey: any;
    const known = KNOWN_NAMES.get(obj);
    if (known !== undefined) {
      [moduleName, globalName] = known;
      lastname = globalName;
      moduleKey = moduleNameKey(moduleName);
      nameKey = obj === codecsEncode ? undefined : globalName; // copyreg's are Python functions in CPython
    } else {
      globalName = name ?? qualnameOf(obj);
      const dotted = globalName.split('.');
      if (dotted.includes('<locals>')) throw attrErr(`Can't pickle local object ${strRepr(globalName)}`);
      let scanned: boolean;
      [moduleName, scanned] = this.whichModule(obj, dotted);
      let module: any;
      try {
        module = importModule(this.host, moduleName);
      } catch (e) {
        if (e instanceof PyBaseException)
          throw withContext(picklingError(`Can't pickle ${repr(obj)}: import of module ${strRepr(moduleName)} failed`), e);
        throw e;
      }
      let cur = module;
      for (const part of dotted) {
        parent = cur;
        cur = lookupOrMissing(cur, part);
        if (cur === MISSING) break;
      }
      if (cur === MISSING)
        throw picklingError(`Can't pickle ${repr(obj)}: attribute lookup ${globalName} on ${moduleName} failed`);
      if (cur !== obj) throw picklingError(`Can't pickle ${repr(obj)}: it's not the same object as ${moduleName}.${globalName}`);
      lastname = dotted[dotted.length - 1];
      if (parent === module) globalName = lastname;
      else nested = true;
      // Which str objects CPython would be saving (see KeyedStr).
      const builtinType = obj instanceof PyType && !(obj.flags & TypeFlags.Heap);
      // (sys.modules keys and the 'builtins' of built-in types are interned strs: shared by value)
      moduleKey = scanned || (builtinType && moduleName === 'builtins') ? moduleName : moduleNameKey(moduleName);
      nameKey = freshName || builtinType ? undefined : globalName;
    }
    if (this.proto >= 4) {
      this.save(moduleKey === moduleName ? moduleName : new KeyedStr(moduleName, moduleKey));
      this.save(nameKey === globalName ? globalName : new KeyedStr(globalName));
      this.op(OP_STACK_GLOBAL);
    } else if (nested) {
      this.saveReduce([this.builtinGetattr(), new PyTuple([parent, new KeyedStr(lastname)])], null);
    } else {
      if (this.proto < 3 && this.fixImports) {
        const mapped = REVERSE_NAME_MAPPING.get(`${moduleName}\n${globalName}`);
        if (mapped !== undefined) [moduleName, globalName] = mapped;
        else {
          const m = REVERSE_IMPORT_MAPPING.get(moduleName);
          if (m !== undefined) moduleName = m;
        }
      }
      this.op(OP_GLOBAL);
      this.identifier(moduleName, 'module');
      this.identifier(globalName, 'global');
    }
    this.memoPut(obj);
  }

  /** A GLOBAL argument line: UTF-8 in protocol 3, ASCII before. */
  private identifier(s: string, what: string): void {
    if (this.proto === 3) {
      this.raw(textEncoder.encode(s));
    } else {
      for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) > 0x7f)
          throw picklingError(`can't pickle ${what} identifier '${s}' using pickle protocol ${this.proto}`);
      this.ascii(s);
    }
    this.op(0x0a);
  }

  /** The module `obj` lives in: its __module__, else the first loaded module holding it; [name, found by search]. */
  private whichModule(obj: any, dotted: string[]): [string, boolean] {
    let m: any;
    if (obj instanceof PyType) {
      const dm = obj.dict.__module__;
      m = typeof dm === 'string' || dm instanceof PyBoxed ? dm : obj.module;
    } else if (obj instanceof PyFunction) m = obj.module;
    else if (obj instanceof PyBuiltin) m = (obj as any).module;
    else m = lookupOrMissing(obj, '__module__');
    if (m instanceof PyBoxed) m = m.v;
    if (typeof m === 'string') return [m, false];
    // No __module__: search the loaded modules for the object.
    let found = '__main__';
    for (const [name, mod] of this.host.sysModules.s.entries()) {
      if (name === '__main__' || mod === None || typeof name !== 'string') continue;
      let cur = mod;
      for (const part of dotted) {
        cur = lookupOrMissing(cur, part);
        if (cur === MISSING) break;
      }
      if (cur === obj) {
        found = name;
        break;
      }
    }
    // A built-in function without a recorded module: CPython would know it (m_module), a module's __name__.
    return [found, !(obj instanceof PyBuiltin)];
  }

  /** CPython's save_reduce: `a` is the tuple __reduce__ returned; `obj` the object it rebuilds (or null). */
  private saveReduce(a: any[], obj: any): void {
    const size = a.length;
    if (size < 2 || size > 6) throw picklingError('tuple returned by __reduce__ must contain 2 through 6 elements');
    const callable = a[0];
    const argtup = a[1];
    let state = a[2];
    let listitems = a[3];
    let dictitems = a[4];
    let stateSetter = a[5];
    if (!isCallable(callable)) throw picklingError('first item of the tuple returned by __reduce__ must be callable');
    if (!(argtup instanceof PyTuple)) throw picklingError('second item of the tuple returned by __reduce__ must be a tuple');
    if (state === None) state = undefined;
    if (listitems === None) listitems = undefined;
    else if (listitems !== undefined && !isIterator(listitems))
      throw picklingError(
        `fourth element of the tuple returned by __reduce__ must be an iterator, not ${typeOf(listitems).name}`,
      );
    if (dictitems === None) dictitems = undefined;
    else if (dictitems !== undefined && !isIterator(dictitems))
      throw picklingError(
        `fifth element of the tuple returned by __reduce__ must be an iterator, not ${typeOf(dictitems).name}`,
      );
    if (stateSetter === None) stateSetter = undefined;
    else if (stateSetter !== undefined && !isCallable(stateSetter))
      throw picklingError(
        `sixth element of the tuple returned by __reduce__ must be a function, not ${typeOf(stateSetter).name}`,
      );

    let useNewobj = false;
    let useNewobjEx = false;
    if (this.proto >= 2) {
      if (callable === newobj) useNewobj = true;
      else if (callable === newobjEx) useNewobjEx = true;
      else if (!(callable instanceof PyType && callable.$cls === typeType)) {
        const name = callableName(callable);
        if (name === '__newobj_ex__') useNewobjEx = true;
        else if (name === '__newobj__') useNewobj = true;
      }
    }

    const args = argtup.a;
    if (useNewobjEx) {
      if (args.length !== 3)
        throw picklingError(`length of the NEWOBJ_EX argument tuple must be exactly 3, not ${args.length}`);
      const [cls, cargs, kwargs] = args;
      if (!(cls instanceof PyType))
        throw picklingError(`first item from NEWOBJ_EX argument tuple must be a class, not ${typeOf(cls).name}`);
      if (!(cargs instanceof PyTuple))
        throw picklingError(`second item from NEWOBJ_EX argument tuple must be a tuple, not ${typeOf(cargs).name}`);
      if (!(kwargs instanceof PyDict))
        throw picklingError(`third item from NEWOBJ_EX argument tuple must be a dict, not ${typeOf(kwargs).name}`);
      if (this.proto >= 4) {
        this.save(cls);
        this.save(cargs);
        this.save(kwargs);
        this.op(OP_NEWOBJ_EX);
      } else {
        // functools.partial(cls.__new__, cls, *args, **kwargs)()
        const partial = getAttr(importModule(this.host, 'functools'), 'partial');
        const kw: Record<string, any> = Object.create(null);
        for (const [k, v] of kwargs.s.entries()) kw[String(k)] = v;
        const fn = callWithKw(partial, [getAttr(cls, '__new__'), cls, ...cargs.a], kw);
        this.save(fn);
        this.save(new PyTuple([]));
        this.op(OP_REDUCE);
      }
    } else if (useNewobj) {
      if (args.length < 1) throw picklingError('__newobj__ arglist is empty');
      const cls = args[0];
      if (!(cls instanceof PyType)) throw picklingError('args[0] from __newobj__ args is not a type');
      if (obj !== null && classOf(obj) !== cls) throw picklingError('args[0] from __newobj__ args has the wrong class');
      this.save(cls);
      this.save(new PyTuple(args.slice(1)));
      this.op(OP_NEWOBJ);
    } else {
      this.save(callable);
      this.save(argtup);
      this.op(OP_REDUCE);
    }

    if (obj !== null) {
      const m = this.memo.get(obj);
      if (m !== undefined) {
        // The object was pickled while pickling its own arguments: discard this copy.
        this.op(OP_POP);
        this.memoGet(m);
        return;
      }
      this.memoPut(obj);
    }
    if (listitems !== undefined) this.batchListIter(listitems);
    if (dictitems !== undefined) this.batchDictIter(dictitems);
    if (state !== undefined) {
      if (stateSetter === undefined) {
        this.save(state);
        this.op(OP_BUILD);
      } else {
        this.save(stateSetter);
        this.save(obj);
        this.save(state);
        this.op(OP_TUPLE2);
        this.op(OP_REDUCE);
        this.op(OP_POP);
      }
    }
  }
}

// ---- helpers ----

function withContext(e: PyBaseException, cause: PyBaseException): PyBaseException {
  e.context = cause;
  return e;
}

/** getattr(o, name) or MISSING; only AttributeError counts as "missing". */
function lookupOrMissing(o: any, name: string): any {
  try {
    return getAttrOrMissing(o, name);
  } catch (e) {
    if (isAttributeError(e)) return MISSING;
    throw e;
  }
}

function qualnameOf(obj: any): string {
  if (obj instanceof PyType || obj instanceof PyFunction) return obj.qualname;
  if (obj instanceof PyBuiltin) return obj.qualname;
  let q = lookupOrMissing(obj, '__qualname__');
  if (q === MISSING) q = getAttr(obj, '__name__');
  if (q instanceof PyBoxed) q = q.v;
  if (typeof q !== 'string') throw typeErr(`__qualname__ must be a str, not ${typeOf(q).name}`);
  return q;
}

function callableName(f: any): any {
  if (f instanceof PyFunction || f instanceof PyBuiltin) return f.name;
  if (f instanceof PyType) return f.name;
  const n = lookupOrMissing(f, '__name__');
  return n instanceof PyBoxed ? n.v : n;
}

function classOf(obj: any): any {
  const t = typeOf(obj);
  if (t.lookup('__class__') === objectType.dict.__class__) return t;
  return getAttr(obj, '__class__');
}

function isCallable(f: any): boolean {
  if (f instanceof PyType || f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyBoundMethod) return true;
  if (typeof f !== 'object') return false;
  return typeOf(f).lookup('__call__') !== MISSING;
}

function isIterator(x: any): boolean {
  if (x instanceof PyIterator) return true;
  if (typeof x !== 'object') return false;
  return typeOf(x).lookup('__next__') !== MISSING;
}

/** Little-endian bytes of a non-negative integer. */
function le(n: number, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < size; i++) {
    out.push(n % 256);
    n = Math.floor(n / 256);
  }
  return out;
}

/** CPython's LONG1/LONG4 payload: minimal little-endian two's complement. */
export function longBytes(b: bigint): Uint8Array {
  if (b === 0n) return new Uint8Array(0);
  const abs = b < 0n ? -b : b;
  const hex = abs.toString(16);
  const nbits = (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
  let nbytes = (nbits >> 3) + 1;
  const u = BigInt.asUintN(nbytes * 8, b);
  const uhex = u.toString(16).padStart(nbytes * 2, '0');
  const out = new Uint8Array(nbytes);
  for (let i = 0; i < nbytes; i++) {
    const j = uhex.length - 2 * (i + 1);
    out[i] = parseInt(uhex.slice(j, j + 2), 16);
  }
  if (b < 0n && nbytes > 1 && out[nbytes - 1] === 0xff && (out[nbytes - 2] & 0x80) !== 0) nbytes--;
  return nbytes === out.length ? out : out.subarray(0, nbytes);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192)
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(b.length, i + 8192)) as unknown as number[]);
  return s;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** CPython's raw_unicode_escape as pickle protocol 0 applies it (also escaping \\, \0, \n, \r and \x1a). */
export function rawUnicodeEscape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += '\\U' + hex(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00), 8);
        i++;
        continue;
      }
    }
    if (c >= 256 || c === 0x5c || c === 0 || c === 0x0a || c === 0x0d || c === 0x1a) out += '\\u' + hex(c, 4);
    else out += s[i];
  }
  return out;
}

/** UTF-8 (surrogatepass) of a long string, in a buffer of its own. */
function encodeBig(s: string): Uint8Array {
  if (isWellFormed(s)) return textEncoder.encode(s);
  const buf = new Uint8Array(s.length * 3);
  const n = encodeInto(s, buf, 0);
  return buf.subarray(0, n);
}

/** What a Python-level Pickler (or subclass) adds: CPython's persistent_id, reducer_override, dispatch_table. */
export interface PicklerHooks {
  persistentId?: any;
  reducerOverride?: any;
  dispatchTable?: any;
  /** The memo, when it outlives one dump() (Pickler objects keep it until clear_memo()). */
  memo?: Map<any, number>;
}

/** dispatch_table[t], or undefined. */
function dispatchLookup(table: any, t: PyType): any {
  if (table instanceof PyDict) return table.s.get(t);
  try {
    return getitem(table, t);
  } catch (e) {
    if (e instanceof PyBaseException && e.$cls.isSubtypeOf(KeyError)) return undefined;
    throw e;
  }
}

/** copyreg.dispatch_table of this VM, when copyreg is loaded and the table is non-empty. */
function dispatchTable(host: ImportHost): PyDict | null {
  const mod = host.sysModules.s.get('copyreg');
  if (mod === undefined || mod === None) return null;
  const t = mod.$d?.dispatch_table;
  return t instanceof PyDict && t.s.size > 0 ? t : null;
}

/** Pickles `obj` with `proto` (0-5). */
export function dumps(host: ImportHost, obj: any, proto = 4, fixImports = true): Uint8Array {
  return new Pickler(host, proto, fixImports).dump(obj);
}
