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
import { Op, Limit } from './opcodes.js';
import { encodeInto, isWellFormed } from './utf8.js';
import { picklingError } from './errors.js';
import { Memo } from './memo.js';
import { KNOWN_NAMES, newobj, newobjEx, codecsEncode } from './globals.js';
import { objectReduceExMethod } from './reduce.js';
import { REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING } from './compat.js';

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

/** Dict key positions whose str the pickler remembers (see Pickler.key); a const enum, inlined as a literal. */
const enum KeyCache {
  SIZE = 16,
}

/** True for a dict storage whose Map keys are the Python keys themselves (no True-stored-as-1 remapping). */
function plainStore(s: any): s is DictStore {
  return s instanceof DictStore && s.orig === null;
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

/** A spare output buffer, reused by the next pickler (dumps calls never overlap unless they nest), and its
 * DataView (making one costs about as much as pickling a small value). */
let spare: Uint8Array | null = null;
let spareDv: DataView | null = null;
/**
 * The sizes of the last two pickles: a pickler that needs a new buffer (none spare: past 1 MiB none is kept)
 * starts with one as big as the smaller of them, instead of doubling up to it from 4 KiB. (The smaller: one big
 * pickle between small ones should not make the next small one allocate a big buffer.)
 */
let lastSize = 0;
let lastSize2 = 0;
/**
 * key()'s cache, reused by the next pickler like `spare` (keyStr is cleared; keyIdx is only read where keyStr
 * matches). Allocating it per pickler cost more than the rest of a small dump.
 */
let spareKeyStr: any[] | null = null;
let spareKeyIdx: number[] | null = null;

/** An output buffer for a pickle expected to take about `size` bytes. */
function newBuffer(size: number): Uint8Array {
  let cap = 4096;
  while (cap < size + (size >> 3) && cap < 1 << 24) cap *= 2;
  return new Uint8Array(cap);
}

/** Pickles one object graph. Create one per dump. */
export class Pickler {
  private buf: Uint8Array;
  private dv: DataView;
  private pos = 0;
  /** Protocol 4+: output goes into frames (payloads of 64 KiB or more are written between frames). */
  private framing = false;
  /**
   * Offset of the open frame's 9-byte header, or -1. CPython opens a frame at the first write after the previous
   * one was committed; we open it right at the commit. Nothing is written in between, so the bytes are the same,
   * and writes never have to ask "is a frame open?".
   */
  private frameStart = -1;
  /** Output offset at which the open frame is full: save() commits it at the next opcode boundary. */
  private frameLimit: number = Limit.NO_FRAME;
  /** object/str -> memo index; reuses the last dump's table where this dump repeats it (see memo.ts). */
  private readonly memo: Memo;
  private readonly bin: boolean;
  private depth: number;
  private readonly limit: number;
  private getattrFn: any = undefined;
  private dispatch: any;
  private persistentId: any;
  private reducerOverride: any;
  /** Set while saving a persistent id itself (CPython's pers_save). */
  private skipPers = false;
  /** The dict whose items saveDictFast is saving, its size when it started and the items in the open batch. */
  private dict: Map<any, any> | null = null;
  private dictSize = 0;
  private dictBatch = 0;
  /** Position of the next item in `this.dict`, and key() cache: the memoized str last seen at each position. */
  private dictPos = 0;
  private readonly keyStr: any[];
  private readonly keyIdx: number[];

  constructor(
    private readonly host: ImportHost,
    readonly proto: number,
    readonly fixImports = true,
    hooks: PicklerHooks | null = null,
  ) {
    this.bin = proto >= 1;
    const hint = Math.min(lastSize, lastSize2);
    if (spare !== null && spare.length >= hint) {
      this.buf = spare;
      this.dv = spareDv!;
    } else {
      this.buf = newBuffer(hint);
      this.dv = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    }
    spare = spareDv = null;
    this.depth = interp.depth;
    this.limit = interp.limit;
    this.dispatch = hooks?.dispatchTable ?? dispatchTable(host);
    this.persistentId = hooks?.persistentId;
    this.reducerOverride = hooks?.reducerOverride;
    this.memo = new Memo(hooks?.memo);
    if (spareKeyStr !== null) {
      this.keyStr = spareKeyStr.fill(undefined);
      this.keyIdx = spareKeyIdx!;
      spareKeyStr = spareKeyIdx = null;
    } else {
      this.keyStr = new Array(KeyCache.SIZE).fill(undefined);
      this.keyIdx = new Array(KeyCache.SIZE).fill(0);
    }
  }

  /** Pickles `obj` and returns the bytes. */
  dump(obj: any): Uint8Array {
    try {
      if (this.proto >= 2) {
        this.need(2);
        this.buf[this.pos++] = Op.PROTO;
        this.buf[this.pos++] = this.proto;
        if (this.proto >= 4) {
          this.framing = true;
          this.openFrame();
        }
      }
      this.save(obj);
      this.op(Op.STOP);
      this.commitFrame();
      return this.buf.slice(0, this.pos);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message))
        throw exc(RecursionError, 'maximum recursion depth exceeded while pickling an object');
      throw e;
    } finally {
      if (this.buf.length <= 1 << 20) {
        spare = this.buf;
        spareDv = this.dv;
      }
      this.memo.release();
      spareKeyStr = this.keyStr;
      spareKeyIdx = this.keyIdx;
      lastSize2 = lastSize;
      lastSize = this.pos;
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

  /** Makes room for `n` more bytes at `pos`. */
  private need(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  private op(b: number): void {
    if (this.pos >= this.buf.length) this.grow(1);
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

  /** Reserves the header of a new frame at the current position. */
  private openFrame(): void {
    this.need(Limit.FRAME_HEADER_SIZE);
    this.frameStart = this.pos;
    this.pos += Limit.FRAME_HEADER_SIZE;
    this.frameLimit = this.pos + Limit.FRAME_SIZE_TARGET;
  }

  /** Fills in the open frame's header, or drops the header when the frame is too small to be worth one. */
  private commitFrame(): void {
    const start = this.frameStart;
    if (start === -1) return;
    const len = this.pos - start - Limit.FRAME_HEADER_SIZE;
    if (len >= Limit.FRAME_SIZE_MIN) {
      this.buf[start] = Op.FRAME;
      this.dv.setUint32(start + 1, len >>> 0, true);
      this.dv.setUint32(start + 5, Math.floor(len / 4294967296), true);
    } else {
      this.buf.copyWithin(start, start + Limit.FRAME_HEADER_SIZE, this.pos);
      this.pos -= Limit.FRAME_HEADER_SIZE;
    }
    this.frameStart = -1;
    this.frameLimit = Limit.NO_FRAME;
  }

  /** CPython's _Pickler_OpcodeBoundary once the open frame is full: commit it and start the next one. */
  private nextFrame(): void {
    this.commitFrame();
    this.openFrame();
  }

  /** A header then a payload; payloads of 64 KiB or more are written outside any frame, as CPython does. */
  private headerAndPayload(header: number[], data: Uint8Array): void {
    if (data.length >= Limit.FRAME_SIZE_TARGET) {
      this.commitFrame();
      this.need(header.length + data.length);
      for (const b of header) this.buf[this.pos++] = b;
      this.buf.set(data, this.pos);
      this.pos += data.length;
      if (this.framing) this.openFrame();
    } else {
      this.need(header.length + data.length);
      for (const b of header) this.buf[this.pos++] = b;
      this.buf.set(data, this.pos);
      this.pos += data.length;
    }
  }

  // ---- memo ----

  private memoPut(obj: any): void {
    const idx = this.memo.put(obj);
    if (this.proto >= 4) this.op(Op.MEMOIZE);
    else if (!this.bin) this.ascii(`p${idx}\n`);
    else if (idx < 256) this.op2(Op.BINPUT, idx);
    else {
      this.need(5);
      this.buf[this.pos] = Op.LONG_BINPUT;
      this.dv.setUint32(this.pos + 1, idx, true);
      this.pos += 5;
    }
  }

  private memoGet(idx: number): void {
    if (!this.bin) this.ascii(`g${idx}\n`);
    else if (idx < 256) this.op2(Op.BINGET, idx);
    else {
      this.need(5);
      this.buf[this.pos] = Op.LONG_BINGET;
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
    if (this.pos >= this.frameLimit) this.nextFrame();
    if (this.persistentId !== undefined && this.savePers(obj)) return;
    // The exact built-in types are recognised by typeof and `$cls` identity: instances of subclasses carry
    // their own `$cls` (or are PyBoxed), so they go through the reduce protocol with their class.
    if (typeof obj === 'string') this.saveStrRef(obj);
    else if (typeof obj === 'number') {
      if ((obj | 0) === obj && this.bin) {
        this.need(5);
        this.pos = writeBinInt(this.buf, this.pos, obj);
      } else this.saveNumber(obj);
    } else this.saveValue(obj);
  }

  /** A str: a memo reference when the same value was pickled before (see KeyedStr), else the str itself. */
  private saveStrRef(s: string): void {
    const m = this.memo.get(s);
    if (m !== undefined) this.memoGet(m);
    else this.saveStr(s);
  }

  private saveNumber(x: number): void {
    if (Number.isInteger(x)) this.saveInt(x);
    else this.saveFloat(x);
  }

  /** save() for everything but str and number. */
  private saveValue(obj: any): void {
    if (typeof obj === 'boolean') {
      if (this.proto >= 2) this.op(obj ? Op.NEWTRUE : Op.NEWFALSE);
      else this.ascii(obj ? 'I01\n' : 'I00\n');
      return;
    }
    if (typeof obj === 'bigint') {
      this.saveBigInt(obj);
      return;
    }
    if (obj === None) {
      this.op(Op.NONE);
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
    if (this.bin && this.persistentId === undefined && (t === listType || (t === dictType && plainStore(obj.s)))) {
      this.saveContainer(obj);
      this.depth--;
      return;
    }
    if (t === dictType) this.saveDict(obj);
    else if (t === listType) this.saveList(obj);
    else if (t === tupleType) this.saveTuple(obj);
    else if (t === setType) this.saveSet(obj);
    else if (t === frozensetType) this.saveFrozenSet(obj);
    else if (t === bytearrayType) this.saveByteArray(obj);
    else this.saveOther(obj, t);
    this.depth--;
  }

  // ---- atoms ----

  /** An int held in a JS number (CPython's save_long). */
  private saveInt(x: number): void {
    if ((x | 0) === x && this.bin) {
      this.need(5);
      this.pos = writeBinInt(this.buf, this.pos, x);
    } else if ((x | 0) === x) this.ascii(`I${x}\n`);
    else if (this.proto >= 2) this.saveLong1(x);
    else this.ascii(`L${x}L\n`);
  }

  /** LONG1 of an int beyond int32 but within a JS number (|x| < 2**53, so at most 7 payload bytes). */
  private saveLong1(x: number): void {
    this.need(10);
    const buf = this.buf;
    const p = this.pos;
    // Minimal little-endian two's complement (what CPython writes): a negative x is the byte-wise complement
    // of -x - 1, which a double holds exactly; one more byte when the top bit would read as the wrong sign.
    const neg = x < 0;
    let m = neg ? -x - 1 : x;
    let n = 0;
    let top = 0;
    while (m > 0) {
      top = m % 256;
      buf[p + 2 + n++] = neg ? 255 - top : top;
      m = (m - top) / 256;
    }
    if (n === 0 || top >= 0x80) buf[p + 2 + n++] = neg ? 0xff : 0;
    buf[p] = Op.LONG1;
    buf[p + 1] = n;
    this.pos = p + 2 + n;
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
      this.buf[this.pos++] = Op.LONG1;
      this.buf[this.pos++] = n;
    } else {
      if (n > 0x7fffffff) throw overflowErr('int too large to pickle');
      this.need(5 + n);
      this.buf[this.pos] = Op.LONG4;
      this.dv.setInt32(this.pos + 1, n, true);
      this.pos += 5;
    }
    this.buf.set(bytes, this.pos);
    this.pos += n;
  }

  private saveFloat(v: number): void {
    if (this.bin) {
      this.need(9);
      this.buf[this.pos] = Op.BINFLOAT;
      this.dv.setFloat64(this.pos + 1, v, false);
      this.pos += 9;
    } else this.ascii(`F${floatRepr(v)}\n`);
  }

  private saveStr(s: string, key: any = s): void {
    if (!this.bin) {
      this.op(Op.UNICODE);
      this.ascii(rawUnicodeEscape(s));
      this.op(0x0a);
    } else {
      const n = s.length;
      if (n <= 85 && this.proto >= 4) {
        // UTF-8 size <= 255: SHORT_BINUNICODE, encoded straight into the output.
        this.need(2 + 3 * n);
        const p = this.pos;
        const len = encodeInto(s, this.buf, p + 2);
        this.buf[p] = Op.SHORT_BINUNICODE;
        this.buf[p + 1] = len;
        this.pos = p + 2 + len;
      } else if (3 * n < Limit.FRAME_SIZE_TARGET) {
        // Can't reach the frame-bypass size: encode in place after a 5-byte header, shrink it if short.
        this.need(5 + 3 * n);
        const p = this.pos;
        const len = encodeInto(s, this.buf, p + 5);
        if (len <= 0xff && this.proto >= 4) {
          this.buf.copyWithin(p + 2, p + 5, p + 5 + len);
          this.buf[p] = Op.SHORT_BINUNICODE;
          this.buf[p + 1] = len;
          this.pos = p + 2 + len;
        } else {
          this.buf[p] = Op.BINUNICODE;
          this.dv.setUint32(p + 1, len, true);
          this.pos = p + 5 + len;
        }
      } else {
        const data = encodeBig(s);
        const len = data.length;
        let header: number[];
        if (len <= 0xff && this.proto >= 4) header = [Op.SHORT_BINUNICODE, len];
        else if (len <= 0xffffffff) header = [Op.BINUNICODE, ...le(len, 4)];
        else if (this.proto >= 4) header = [Op.BINUNICODE8, ...le(len, 8)];
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
    if (len <= 0xff) header = [Op.SHORT_BINBYTES, len];
    else if (len <= 0xffffffff) header = [Op.BINBYTES, ...le(len, 4)];
    else if (this.proto >= 4) header = [Op.BINBYTES8, ...le(len, 8)];
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
    this.headerAndPayload([Op.BYTEARRAY8, ...le(data.length, 8)], data);
    this.memoPut(obj);
  }

  // ---- containers ----

  /** `fast`: on the fast path (see item()), which saves the items. */
  private saveTuple(obj: PyTuple, fast = false): void {
    const a = obj.a;
    const n = a.length;
    if (n === 0) {
      if (this.proto) this.op(Op.EMPTY_TUPLE);
      else this.op2(Op.MARK, Op.TUPLE);
      return;
    }
    if (n > 3 || this.proto < 2) this.op(Op.MARK);
    // A tuple of ints, floats and strs cannot have been pickled while its items were (a persistent_id could
    // have returned it, though): only others need the memo checked again afterwards.
    let atoms = this.persistentId === undefined;
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (typeof v === 'object' && v !== None) atoms = false;
      if (fast) this.item(v);
      else this.save(v);
    }
    const m = atoms ? undefined : this.memo.get(obj);
    if (m !== undefined) {
      // Recursive tuple: it was pickled while pickling its items; drop them and fetch it.
      if (n > 3 || this.proto < 2) {
        if (this.bin) this.op(Op.POP_MARK);
        else for (let i = 0; i <= n; i++) this.op(Op.POP);
      } else for (let i = 0; i < n; i++) this.op(Op.POP);
      this.memoGet(m);
      return;
    }
    if (n > 3 || this.proto < 2) this.op(Op.TUPLE);
    else this.op(n === 1 ? Op.TUPLE1 : n === 2 ? Op.TUPLE2 : Op.TUPLE3);
    this.memoPut(obj);
  }

  private saveList(obj: PyList): void {
    if (this.bin) this.op(Op.EMPTY_LIST);
    else this.op2(Op.MARK, Op.LIST);
    this.memoPut(obj);
    if (obj.a.length === 0) return;
    this.enter();
    if (this.proto > 0) this.batchListExact(obj);
    else for (let i = 0; i < obj.a.length; i++) {
      this.save(obj.a[i]);
      this.op(Op.APPEND);
    }
    this.depth--;
  }

  /** CPython's batch_list_exact. The list is re-read at every item: saving an item may run code that changes it. */
  private batchListExact(obj: PyList): void {
    if (obj.a.length === 1) {
      this.save(obj.a[0]);
      this.op(Op.APPEND);
      return;
    }
    let total = 0;
    do {
      let batch = 0;
      this.op(Op.MARK);
      while (total < obj.a.length) {
        this.save(obj.a[total]);
        total++;
        if (++batch === Limit.BATCHSIZE) break;
      }
      this.op(Op.APPENDS);
    } while (total < obj.a.length);
  }

  /** CPython's batch_list: items of a list subclass or a reduce tuple's listitems iterator. */
  private batchListIter(it: any): void {
    if (this.proto === 0) {
      for (let v = next(it); v !== undefined; v = next(it)) {
        this.save(v);
        this.op(Op.APPEND);
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
        this.op(Op.APPEND);
        break;
      }
      this.op(Op.MARK);
      this.save(first);
      n = 1;
      while (o !== undefined) {
        this.save(o);
        n++;
        if (n === Limit.BATCHSIZE) break;
        o = next(it);
      }
      this.op(Op.APPENDS);
    } while (n === Limit.BATCHSIZE);
  }

  private saveDict(obj: PyDict): void {
    if (this.bin) this.op(Op.EMPTY_DICT);
    else this.op2(Op.MARK, Op.DICT);
    this.memoPut(obj);
    if (obj.s.size === 0) return;
    this.enter();
    if (this.proto > 0) this.batchDictExact(obj);
    else {
      for (const [k, v] of obj.s.entries()) {
        this.save(k);
        this.save(v);
        this.op(Op.SETITEM);
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
      this.op(Op.SETITEM);
      return;
    }
    let i: number;
    do {
      i = 0;
      this.op(Op.MARK);
      for (let r = it.next(); !r.done; r = it.next()) {
        const e = r.value;
        this.save(ds !== null && ds.orig !== null ? ds.pyKey(e[0]) : e[0]);
        this.save(e[1]);
        if (++i === Limit.BATCHSIZE) break;
      }
      this.op(Op.SETITEMS);
      if (s.size !== size) throw exc(RuntimeError, 'dictionary changed size during iteration');
    } while (i === Limit.BATCHSIZE);
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
        this.op(Op.SETITEM);
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
        this.op(Op.SETITEM);
        break;
      }
      this.op(Op.MARK);
      const [k0, v0] = pair(first);
      this.save(k0);
      this.save(v0);
      n = 1;
      while (o !== undefined) {
        const [k, v] = pair(o);
        this.save(k);
        this.save(v);
        n++;
        if (n === Limit.BATCHSIZE) break;
        o = next(it);
      }
      this.op(Op.SETITEMS);
    } while (n === Limit.BATCHSIZE);
  }

  private saveSet(obj: PySet): void {
    if (this.proto < 4) {
      this.saveReduce([setType, new PyTuple([new PyList([...obj.s.values()])])], obj);
      return;
    }
    this.op(Op.EMPTY_SET);
    this.memoPut(obj);
    const size = obj.s.size;
    if (size === 0) return;
    const it = obj.s.values();
    let i: number;
    do {
      i = 0;
      this.op(Op.MARK);
      for (let r = it.next(); !r.done; r = it.next()) {
        this.save(r.value);
        if (++i === Limit.BATCHSIZE) break;
      }
      this.op(Op.ADDITEMS);
      if (obj.s.size !== size) throw exc(RuntimeError, 'set changed size during iteration');
    } while (i === Limit.BATCHSIZE);
  }

  private saveFrozenSet(obj: PyFrozenSet): void {
    if (this.proto < 4) {
      this.saveReduce([frozensetType, new PyTuple([new PyList([...obj.s.values()])])], obj);
      return;
    }
    this.op(Op.MARK);
    for (const v of obj.s.values()) this.save(v);
    const m = this.memo.get(obj);
    if (m !== undefined) {
      this.op(Op.POP_MARK);
      this.memoGet(m);
      return;
    }
    this.op(Op.FROZENSET);
    this.memoPut(obj);
  }

  // ---- exact lists and dicts: the fast path ----
  //
  // save_list / save_dict for exact lists and str/int-keyed dicts (plainStore) when there is no persistent_id
  // (which must see every object) and protocol 1+: tight loops that write ints, floats and memoized strs in
  // place. V8 optimizes a function early when it loops, so these get fast within the first dump, where a
  // save() call per item would need thousands of calls first. The bytes are save_list's / save_dict's.

  /** save() of an item of a list or dict on the fast path. Small, so V8 inlines it into the loops. */
  private item(v: any): void {
    if (this.pos >= this.frameLimit) this.nextFrame();
    if (typeof v === 'number') {
      if ((v | 0) === v) {
        this.need(5);
        this.pos = writeBinInt(this.buf, this.pos, v);
      } else this.saveNumber(v);
    } else if (typeof v === 'string') this.saveStrRef(v);
    else this.itemObject(v);
  }

  private itemObject(v: any): void {
    if (typeof v !== 'object' || v === None) {
      this.save(v);
      return;
    }
    const t = v.$cls;
    if (t === listType || t === tupleType || (t === dictType && plainStore(v.s))) {
      const m = this.memo.get(v);
      if (m !== undefined) this.memoGet(m);
      else {
        this.enter();
        if (t === tupleType) this.saveTuple(v, true);
        else this.saveContainer(v);
        this.depth--;
      }
    } else this.save(v);
  }

  /** A list or plainStore dict not in the memo (the caller counted the recursion level save() would). */
  private saveContainer(obj: PyList | PyDict): void {
    if (obj.$cls === listType) this.saveListFast(obj as PyList);
    else this.saveDictFast(obj as PyDict);
  }

  private saveListFast(obj: PyList): void {
    this.op(Op.EMPTY_LIST);
    this.memoPut(obj);
    const n = obj.a.length;
    if (n === 0) return;
    this.enter(); // batch_list_exact is a recursion level of its own in CPython
    if (n === 1) {
      this.item(obj.a[0]);
      this.op(Op.APPEND);
    } else {
      // The list is re-read at every item: saving one may run code that changes it.
      let i = 0;
      do {
        this.op(Op.MARK);
        const end = i + Limit.BATCHSIZE;
        while (i < obj.a.length && i < end) {
          i = this.intRun(obj.a, i, end);
          if (i < obj.a.length && i < end) this.item(obj.a[i++]);
        }
        this.op(Op.APPENDS);
      } while (i < obj.a.length);
    }
    this.depth--;
  }

  /** Writes the run of int32 items from `i` (before `end`), the bulk of numeric lists; returns where it stopped. */
  private intRun(a: any[], i: number, end: number): number {
    const n = Math.min(a.length, end);
    let buf = this.buf;
    let p = this.pos;
    // One integer comparison per item: past `last`, the frame is full or the buffer short of 5 bytes.
    let last = this.lastFree(5);
    for (; i < n; i++) {
      const v = a[i];
      if (typeof v !== 'number' || (v | 0) !== v) break;
      if (p > last) {
        this.pos = p;
        if (p >= this.frameLimit) this.nextFrame();
        this.need(5);
        buf = this.buf;
        p = this.pos;
        last = this.lastFree(5);
      }
      // writeBinInt's two short cases written out: this loop runs before V8 has optimized (and inlined) anything
      if (v >= 0 && v <= 0xff) {
        buf[p] = Op.BININT1;
        buf[p + 1] = v;
        p += 2;
      } else if (v >= 0 && v <= 0xffff) {
        buf[p] = Op.BININT2;
        buf[p + 1] = v & 0xff;
        buf[p + 2] = v >> 8;
        p += 3;
      } else p = writeBinInt(buf, p, v);
    }
    this.pos = p;
    return i;
  }

  /** The last position where `n` bytes can be written without a frame boundary or growing the buffer. */
  private lastFree(n: number): number {
    const last = this.buf.length - n;
    return this.frameLimit <= last ? this.frameLimit - 1 : last;
  }

  private saveDictFast(obj: PyDict): void {
    this.op(Op.EMPTY_DICT);
    this.memoPut(obj);
    const m = (obj.s as DictStore).m;
    const size = m.size;
    if (size === 0) return;
    this.enter(); // as batch_dict_exact
    if (size === 1) {
      for (const k of m.keys()) {
        this.item(k);
        this.item(m.get(k));
        break;
      }
      this.op(Op.SETITEM);
    } else {
      this.op(Op.MARK);
      // Map.forEach with one callback for the whole dump: it neither allocates per entry (iterating entries
      // would, a [key, value] array each) nor looks each value up again (as keys() and get() would).
      const outer = this.dict;
      const outerSize = this.dictSize;
      const outerBatch = this.dictBatch;
      const outerPos = this.dictPos;
      this.dict = m;
      this.dictSize = size;
      this.dictBatch = 0;
      this.dictPos = 0;
      m.forEach(this.dictEntry);
      const batch = this.dictBatch;
      this.dict = outer;
      this.dictSize = outerSize;
      this.dictBatch = outerBatch;
      this.dictPos = outerPos;
      this.op(Op.SETITEMS);
      if (m.size !== size) throw exc(RuntimeError, 'dictionary changed size during iteration');
      // CPython starts another batch after a full one, even with no item left: an empty MARK SETITEMS
      if (batch === Limit.BATCHSIZE) this.op2(Op.MARK, Op.SETITEMS);
    }
    this.depth--;
  }

  /** saveDictFast's forEach callback: one item of `this.dict`, in batches of BATCHSIZE. */
  private readonly dictEntry = (v: any, k: any): void => {
    // saving a value may run code that changes the dict: stop as CPython does
    if (this.dict!.size !== this.dictSize) throw exc(RuntimeError, 'dictionary changed size during iteration');
    if (this.dictBatch === Limit.BATCHSIZE) {
      this.op(Op.SETITEMS);
      this.op(Op.MARK);
      this.dictBatch = 0;
    }
    this.key(k, this.dictPos++);
    this.item(v);
    this.dictBatch++;
  };

  /**
   * item() for the key at position `j` of a dict. Dicts of the same kind (records, entities) repeat the same keys
   * in the same order: the str seen last at each position and its memo index spare a memo lookup.
   */
  private key(k: any, j: number): void {
    if (j < KeyCache.SIZE && this.keyStr[j] === k && this.pos < this.frameLimit) {
      const m = this.keyIdx[j];
      if (m < 256) {
        // memoGet() written out, for the time before V8 inlines it
        this.need(2);
        this.buf[this.pos] = Op.BINGET;
        this.buf[this.pos + 1] = m;
        this.pos += 2;
      } else this.memoGet(m);
      return;
    }
    this.item(k);
    if (j < KeyCache.SIZE && typeof k === 'string') {
      const m = this.memo.get(k);
      if (m !== undefined) {
        this.keyStr[j] = k;
        this.keyIdx[j] = m;
      }
    }
  }

  /** persistent_id(obj): when it returns something other than None, that id stands for obj. */
  private savePers(obj: any): boolean {
    if (this.skipPers) {
      // `obj` is itself a persistent id being saved (CPython's pers_save argument)
      this.skipPers = false;
      return false;
    }
    const pid = call1(this.persistentId, obj);
    if (pid === None) return false;
    if (this.bin) {
      this.skipPers = true;
      this.save(pid);
      this.op(Op.BINPERSID);
    } else {
      const s = str(pid);
      for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) > 0x7f) throw picklingError('persistent IDs in protocol 0 must be ASCII strings');
      this.op(Op.PERSID);
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
      this.op(Op.STACK_GLOBAL);
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
      this.op(Op.GLOBAL);
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
        this.op(Op.NEWOBJ_EX);
      } else {
        // functools.partial(cls.__new__, cls, *args, **kwargs)()
        const partial = getAttr(importModule(this.host, 'functools'), 'partial');
        const kw: Record<string, any> = Object.create(null);
        for (const [k, v] of kwargs.s.entries()) kw[String(k)] = v;
        const fn = callWithKw(partial, [getAttr(cls, '__new__'), cls, ...cargs.a], kw);
        this.save(fn);
        this.save(new PyTuple([]));
        this.op(Op.REDUCE);
      }
    } else if (useNewobj) {
      if (args.length < 1) throw picklingError('__newobj__ arglist is empty');
      const cls = args[0];
      if (!(cls instanceof PyType)) throw picklingError('args[0] from __newobj__ args is not a type');
      if (obj !== null && classOf(obj) !== cls) throw picklingError('args[0] from __newobj__ args has the wrong class');
      this.save(cls);
      this.save(new PyTuple(args.slice(1)));
      this.op(Op.NEWOBJ);
    } else {
      this.save(callable);
      this.save(argtup);
      this.op(Op.REDUCE);
    }

    if (obj !== null) {
      const m = this.memo.get(obj);
      if (m !== undefined) {
        // The object was pickled while pickling its own arguments: discard this copy.
        this.op(Op.POP);
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
        this.op(Op.BUILD);
      } else {
        this.save(stateSetter);
        this.save(obj);
        this.save(state);
        this.op(Op.TUPLE2);
        this.op(Op.REDUCE);
        this.op(Op.POP);
      }
    }
  }
}

// ---- helpers ----

/** Writes BININT1/BININT2/BININT for an int32 at `p` (5 bytes of room needed); returns the new position. */
function writeBinInt(buf: Uint8Array, p: number, x: number): number {
  if (x >= 0 && x <= 0xff) {
    buf[p] = Op.BININT1;
    buf[p + 1] = x;
    return p + 2;
  }
  if (x >= 0 && x <= 0xffff) {
    buf[p] = Op.BININT2;
    buf[p + 1] = x & 0xff;
    buf[p + 2] = x >> 8;
    return p + 3;
  }
  buf[p] = Op.BININT;
  buf[p + 1] = x & 0xff;
  buf[p + 2] = (x >> 8) & 0xff;
  buf[p + 3] = (x >> 16) & 0xff;
  buf[p + 4] = (x >> 24) & 0xff;
  return p + 5;
}

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
