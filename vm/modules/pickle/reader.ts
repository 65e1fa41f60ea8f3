// The unpickler: pickle bytes (protocols 0-5) -> Python values, with CPython 3.11's semantics and error messages
// (Modules/_pickle.c load_*). Globals are resolved only through the VM's import system (find_class), plus the
// few callables pickle itself provides (copyreg's reconstructors, a `_codecs.encode` fallback).
import { None, PyType, MISSING, objectType, mkFloat, normBig, AttrBag, TypeFlags } from '../../runtime/object.js';
import {
  PyTuple,
  PyList,
  PyDict,
  PySet,
  PyFrozenSet,
  PyBytes,
  PyByteArray,
  listType,
  dictType,
  setType,
  frozensetType,
  bytearrayType,
} from '../../runtime/types.js';
import { SetStore, DictStore } from '../../runtime/hash-store.js';
import {
  PyBaseException,
  exc,
  typeErr,
  valueErr,
  attrErr,
  overflowErr,
  EOFError,
  UnicodeDecodeError,
  RecursionError,
  TypeError,
} from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { repr, strRepr } from '../../runtime/convert.js';
import { call, call1 } from '../../runtime/call.js';
import { getAttr, getAttrOrMissing, isAttributeError, setAttr, bagOf } from '../../runtime/attributes.js';
import { setitem } from '../../runtime/items.js';
import { importModule, ImportHost } from '../../runtime/imports.js';
import { allocInstance } from '../../runtime/classes.js';
import { HIGHEST_PROTOCOL, Op } from './opcodes.js';
import { decodeUtf8, decodeLatin1, Utf8Error } from './utf8.js';
import { readI32LE, readU16LE, readU32LE } from './bytes.js';
import { unpicklingError } from './errors.js';
import { INTERNAL_GLOBALS, FALLBACK_GLOBALS, codecsEncode, encodeStr, callNew } from './globals.js';
import { NAME_MAPPING, IMPORT_MAPPING } from './compat.js';

/** What a Python-level Unpickler (or subclass) adds. */
export interface UnpicklerHooks {
  /** An overridden find_class(module, name). */
  findClass?: (module: string, name: string) => any;
  /** persistent_load(pid) */
  persistentLoad?: any;
}

/** How str objects pickled by Python 2 (STRING, BINSTRING, SHORT_BINSTRING) are decoded. */
export type StringEncoding = { encoding: string; errors: string };

const objectNew = (): any => objectType.dict.__new__;

/**
 * A value stack left by the last load, so the next one does not grow a new one from nothing. Loads nest only when
 * unpickling runs Python code that unpickles; the inner one then simply allocates its own.
 */
let spareStack: any[] | null = null;
/**
 * And a memo array, emptied. Beyond saving an allocation, every load then sees a memo array of the same kind (a
 * fresh `[]` holds small ints only until its first object): V8's optimized loop expects one.
 */
let spareMemo: any[] | null = null;

export class Unpickler {
  private pos = 0;
  private readonly end: number;
  /** A view of `data` for BINFLOAT, made at the first one (making one costs as much as a small load). */
  private dv: DataView | null = null;
  /** The value stack: `stack[0..sp)` (slots above sp are stale). */
  private stack: any[] = [];
  private sp = 0;
  /** Stack lengths at each open MARK. */
  private marks: number[] = [];
  /** Values at or below this stack length belong to an enclosing MARK. */
  private fence = 0;
  private memo: any[] = [];
  private memoLen = 0;
  private proto = 0;

  constructor(
    private readonly host: ImportHost,
    private readonly data: Uint8Array,
    private readonly fixImports = true,
    private readonly strEnc: StringEncoding = { encoding: 'ASCII', errors: 'strict' },
    private readonly hooks: UnpicklerHooks | null = null,
  ) {
    this.end = data.length;
  }

  /** Bytes consumed so far (the STOP opcode included once load() returns). */
  get consumed(): number {
    return this.pos;
  }

  // ---- input ----

  private truncated(): never {
    throw unpicklingError('pickle data was truncated');
  }

  /** Like read(), for the payload of bytes/bytearray opcodes: CPython's _Unpickler_ReadInto, which reports a
   * zero-length read at the very end of the input as truncation. */
  private readPayload(n: number): number {
    if (n === 0 && this.pos >= this.end) this.truncated();
    return this.read(n);
  }

  /** Reserves `n` bytes and returns their start. */
  private read(n: number): number {
    const p = this.pos;
    if (n > this.end - p) this.truncated();
    this.pos = p + n;
    return p;
  }

  /** Reads up to and including "\n"; returns [start, end) of the line without the newline. */
  private readline(): [number, number] {
    const start = this.pos;
    const i = this.data.indexOf(0x0a, start);
    if (i < 0) this.truncated();
    this.pos = i + 1;
    return [start, i];
  }

  /** A text line as an ASCII/latin-1 string (numbers, memo indices). */
  private textLine(): string {
    const [s, e] = this.readline();
    if (e === s) this.truncated();
    return decodeLatin1(this.data, s, e);
  }

  private view(): DataView {
    const d = this.data;
    return (this.dv = new DataView(d.buffer, d.byteOffset, d.byteLength));
  }

  private size4(): number {
    return readU32LE(this.data, this.read(4));
  }

  private size8(): number {
    const p = this.read(8);
    const lo = readU32LE(this.data, p);
    const hi = readU32LE(this.data, p + 4);
    if (hi >= 0x200000) this.truncated();
    return hi * 4294967296 + lo;
  }

  // ---- stack ----

  private underflow(): never {
    throw unpicklingError(this.marks.length ? 'unexpected MARK found' : 'unpickling stack underflow');
  }

  private push(v: any): void {
    this.stack[this.sp++] = v;
  }

  private pop(): any {
    if (this.sp <= this.fence) this.underflow();
    return this.stack[--this.sp];
  }

  private top(): any {
    if (this.sp <= this.fence) this.underflow();
    return this.stack[this.sp - 1];
  }

  /** Pops the innermost MARK; returns the stack length it recorded. */
  private marker(): number {
    const marks = this.marks;
    if (marks.length === 0) throw unpicklingError('could not find MARK');
    const m = marks.pop()!;
    this.fence = marks.length ? marks[marks.length - 1] : 0;
    return m;
  }

  /** Pops everything above the innermost MARK. */
  private popMark(): any[] {
    const m = this.marker();
    const sp = this.sp;
    if (m === sp) return [];
    this.sp = m;
    return this.stack.slice(m, sp);
  }

  // ---- memo ----

  private memoPut(idx: number, v: any): void {
    if (this.memo[idx] === undefined) this.memoLen++;
    this.memo[idx] = v;
  }

  private memoGet(idx: number): void {
    const v = this.memo[idx];
    if (v === undefined) throw unpicklingError(`Memo value not found at index ${idx}`);
    this.push(v);
  }

  // ---- the loop ----

  load(): any {
    const stack = spareStack ?? [];
    spareStack = null;
    this.stack = stack;
    const memo = spareMemo ?? [];
    spareMemo = null;
    this.memo = memo;
    try {
      return this.run();
    } catch (e) {
      if (e instanceof PyBaseException) throw e;
      if (e instanceof RangeError && /call stack/i.test(e.message))
        throw exc(RecursionError, 'maximum recursion depth exceeded while unpickling an object');
      throw unpicklingError(`invalid pickle data (${e instanceof Error ? e.message : String(e)})`);
    } finally {
      // Keep a moderate stack for the next load, without the values it still references.
      if (stack.length <= 1 << 16) {
        stack.fill(undefined, 0, usedPrefix(stack));
        spareStack = stack;
      }
      // The memo too, when dense (a huge PUT index makes a sparse array, not worth keeping).
      if (memo.length <= 1 << 16 && this.memoLen === memo.length) {
        memo.length = 0;
        spareMemo = memo;
      }
    }
  }

  private run(): any {
    for (;;) {
      this.runFast(this.data, this.stack, this.memo, this.pos, this.sp, this.end - 9);
      const v = this.step();
      if (v !== undefined) return v;
    }
  }

  /**
   * The common opcodes of binary pickles, with the position and stack pointer in locals that V8 keeps in
   * registers. Stops (writing them back) at the first opcode it leaves to step(): the rarer ones, anything that
   * is about to fail (step() raises CPython's error), and the last 9 bytes of input (from `last` on), where
   * reads need checks.
   */
  private runFast(data: Uint8Array, stack: any[], memo: any[], pos: number, sp: number, last: number): void {
    // (The fields come as arguments, `last` = end - 9 too: V8 may optimize this loop before a second call has
    // recorded what the reads at its entry see, and would then drop the optimized code at that call.)
    //
    // A long list arrives in batches (MARK items APPENDS, 1000 items each). After the first batch of an empty
    // exact list, the next batches are parsed onto the stack right after it (items [runStart, runDone), the open
    // batch from runOpen, -1 between batches) and the list gets them all in one exact-size copy at endRun(),
    // instead of growing batch by batch. Only items and MEMOIZE may come inside such a batch, and only MARK
    // between them; anything else ends the run first.
    let run: PyList | null = null;
    let runStart = 0;
    let runDone = 0;
    let runOpen = -1;
    loop: while (pos <= last) {
      switch (data[pos]) {
        // (lists of ints are runs of one opcode: each loops over its run without going back to the switch)
        case Op.BININT1:
          do {
            stack[sp++] = data[pos + 1];
            pos += 2;
          } while (pos <= last && data[pos] === Op.BININT1);
          break;
        case Op.BININT2:
          do {
            stack[sp++] = data[pos + 1] | (data[pos + 2] << 8);
            pos += 3;
          } while (pos <= last && data[pos] === Op.BININT2);
          break;
        case Op.BININT:
          stack[sp++] = data[pos + 1] | (data[pos + 2] << 8) | (data[pos + 3] << 16) | (data[pos + 4] << 24);
          pos += 5;
          break;
        case Op.BINFLOAT:
          stack[sp++] = mkFloat((this.dv ?? this.view()).getFloat64(pos + 1, false));
          pos += 9;
          break;
        case Op.SHORT_BINUNICODE: {
          const n = data[pos + 1];
          if (pos + 2 + n > data.length) break loop;
          stack[sp++] = this.utf8(pos + 2, n);
          pos += 2 + n;
          break;
        }
        case Op.BINGET: {
          const v = memo[data[pos + 1]];
          if (v === undefined) break loop;
          stack[sp++] = v;
          pos += 2;
          break;
        }
        case Op.LONG_BINGET: {
          // Past 256 memo entries every repeated str (dict keys above all) is a LONG_BINGET.
          const v = memo[(data[pos + 1] | (data[pos + 2] << 8) | (data[pos + 3] << 16) | (data[pos + 4] << 24)) >>> 0];
          if (v === undefined) break loop;
          stack[sp++] = v;
          pos += 5;
          break;
        }
        case Op.FRAME: {
          // Frames only bound reads ahead, which this loop checks itself: skip the header once it is valid.
          const n = (data[pos + 1] | (data[pos + 2] << 8) | (data[pos + 3] << 16) | (data[pos + 4] << 24)) >>> 0;
          if ((data[pos + 5] | data[pos + 6] | data[pos + 7] | data[pos + 8]) !== 0 || n > data.length - pos - 9) break loop;
          pos += 9;
          break;
        }
        case Op.EMPTY_DICT:
          // (an explicit store: PyDict's default argument is a deopt site when the code that ran first passed one)
          stack[sp++] = new PyDict(new DictStore());
          pos++;
          break;
        case Op.EMPTY_LIST:
          stack[sp++] = new PyList([]);
          pos++;
          break;
        case Op.NONE:
          stack[sp++] = None;
          pos++;
          break;
        case Op.NEWTRUE:
          stack[sp++] = true;
          pos++;
          break;
        case Op.NEWFALSE:
          stack[sp++] = false;
          pos++;
          break;
        case Op.EMPTY_TUPLE:
          stack[sp++] = new PyTuple([]);
          pos++;
          break;
        case Op.TUPLE1:
        case Op.TUPLE2:
        case Op.TUPLE3: {
          const n = data[pos] - Op.TUPLE1 + 1;
          if (run !== null && sp - n < runOpen) {
            sp = this.endRun(run, runStart, runDone, runOpen, sp);
            run = null;
          }
          if (sp - n < this.fence) break loop; // step() raises the underflow
          sp -= n;
          const a = stack[sp];
          const items = n === 1 ? [a] : n === 2 ? [a, stack[sp + 1]] : [a, stack[sp + 1], stack[sp + 2]];
          stack[sp++] = new PyTuple(items);
          pos++;
          break;
        }
        case Op.MEMOIZE:
          if (run !== null && sp <= runOpen) {
            sp = this.endRun(run, runStart, runDone, runOpen, sp);
            run = null;
          }
          if (sp <= this.fence) break loop;
          if (this.memoLen === memo.length) memo[this.memoLen++] = stack[sp - 1]; // dense: append
          else this.memoPut(this.memoLen, stack[sp - 1]);
          pos++;
          break;
        case Op.MARK:
          if (run !== null) {
            if (runOpen < 0) {
              runOpen = sp;
              pos++;
              break;
            }
            sp = this.endRun(run, runStart, runDone, runOpen, sp);
            run = null;
          }
          this.marks.push(sp);
          this.fence = sp;
          pos++;
          break;
        case Op.APPENDS:
          if (run !== null) {
            runDone = sp;
            runOpen = -1;
            pos++;
            if (pos > last || data[pos] !== Op.MARK) {
              sp = this.endRun(run, runStart, runDone, runOpen, sp);
              run = null;
            }
            break;
          }
          if (this.marks.length === 0) break loop;
          // Every APPENDS takes these same field accesses: V8 tends to optimize runFast during the first load,
          // and an access it has never seen run would make it drop the optimized code when reached.
          this.pos = ++pos;
          this.sp = sp;
          runStart = this.appends();
          sp = this.sp;
          if (runStart >= 0) {
            run = stack[runStart - 1] as PyList;
            runDone = sp;
            runOpen = -1; // (an earlier run in this call may have ended with a batch open)
          }
          break;
        case Op.SETITEMS:
          if (run !== null) {
            sp = this.endRun(run, runStart, runDone, runOpen, sp);
            run = null;
          }
          if (this.marks.length === 0) break loop;
          this.pos = ++pos; // keys with a Python __hash__ run Python code: the fields must be current
          this.sp = sp;
          this.doSetItems(this.marker());
          sp = this.sp;
          break;
        default:
          break loop;
      }
    }
    if (run !== null) sp = this.endRun(run, runStart, runDone, runOpen, sp);
    this.pos = pos;
    this.sp = sp;
  }

  /**
   * runFast's APPENDS, at `pos` just after it: returns where the batch starts when it is the first batch of an
   * empty exact list followed by another batch (runFast then takes the list's next batches with it), else
   * appends the batch and returns -1.
   */
  private appends(): number {
    const x = this.marker();
    const list = this.stack[x - 1];
    if (x > this.fence && x < this.sp && this.pos < this.end && this.data[this.pos] === Op.MARK &&
        list instanceof PyList && list.$cls === listType && list.a.length === 0)
      return x;
    this.doAppend(x);
    return -1;
  }

  /**
   * Ends runFast's list run: the list takes a copy of its complete batches, and an unfinished batch (open === done)
   * moves down to its MARK. (Not splice: that shortens the stack, which the next long list then grows again.)
   */
  private endRun(list: PyList, start: number, done: number, open: number, sp: number): number {
    const stack = this.stack;
    list.a = stack.slice(start, done);
    if (open < 0) return start;
    stack.copyWithin(start, open, sp);
    this.marks.push(start);
    this.fence = start;
    return start + (sp - open);
  }

  /** One opcode at `pos`, every read checked; returns the unpickled value at STOP, else undefined. */
  private step(): any {
    const data = this.data;
    if (this.pos >= this.end) throw exc(EOFError, 'Ran out of input');
    const op = data[this.pos++];
    switch (op) {
      case 0x2e: // STOP
        return this.pop();
      case 0x80: {
        // PROTO
        const v = data[this.read(1)];
        if (v > HIGHEST_PROTOCOL) throw valueErr(`unsupported pickle protocol: ${v}`);
        this.proto = v;
        break;
      }
      case 0x95: {
        // FRAME
        const n = this.size8();
        if (n > this.end - this.pos) this.truncated();
        break;
      }
      case 0x28: // MARK
        this.marks.push(this.sp);
        this.fence = this.sp;
        break;
      case 0x30: // POP
        if (this.sp > this.fence) this.sp--;
        else if (this.marks.length) this.marker();
        else this.underflow();
        break;
      case 0x31: // POP_MARK
        this.popMark();
        break;
      case 0x32: // DUP
        this.push(this.top());
        break;
      case 0x4e: // NONE
        this.push(None);
        break;
      case 0x88: // NEWTRUE
        this.push(true);
        break;
      case 0x89: // NEWFALSE
        this.push(false);
        break;
      case 0x4b: // BININT1
        this.push(data[this.read(1)]);
        break;
      case 0x4d: // BININT2
        this.push(readU16LE(data, this.read(2)));
        break;
      case 0x4a: // BININT
        this.push(readI32LE(data, this.read(4)));
        break;
      case 0x8a: {
        // LONG1
        const n = data[this.read(1)];
        this.push(decodeLong(data, this.read(n), n));
        break;
      }
      case 0x8b: {
        // LONG4
        const n = readI32LE(data, this.read(4));
        if (n < 0) throw unpicklingError('LONG pickle has negative byte count');
        this.push(decodeLong(data, this.read(n), n));
        break;
      }
      case 0x47: // BINFLOAT
        this.push(mkFloat((this.dv ?? this.view()).getFloat64(this.read(8), false)));
        break;
      case 0x8c: {
        // SHORT_BINUNICODE
        const n = data[this.read(1)];
        this.push(this.utf8(this.read(n), n));
        break;
      }
      case 0x58: {
        // BINUNICODE
        const n = this.size4();
        this.push(this.utf8(this.read(n), n));
        break;
      }
      case 0x8d: {
        // BINUNICODE8
        const n = this.size8();
        this.push(this.utf8(this.read(n), n));
        break;
      }
      case 0x43: {
        // SHORT_BINBYTES
        const n = data[this.read(1)];
        const p = this.readPayload(n);
        this.push(new PyBytes(data.slice(p, p + n)));
        break;
      }
      case 0x42: {
        // BINBYTES
        const n = this.size4();
        const p = this.readPayload(n);
        this.push(new PyBytes(data.slice(p, p + n)));
        break;
      }
      case 0x8e: {
        // BINBYTES8
        const n = this.size8();
        const p = this.readPayload(n);
        this.push(new PyBytes(data.slice(p, p + n)));
        break;
      }
      case 0x96: {
        // BYTEARRAY8
        const n = this.size8();
        const p = this.readPayload(n);
        this.push(new PyByteArray(data.slice(p, p + n), n));
        break;
      }
      case 0x29: // EMPTY_TUPLE
        this.push(new PyTuple([]));
        break;
      case 0x85: // TUPLE1
        this.push(new PyTuple([this.pop()]));
        break;
      case 0x86: {
        // TUPLE2
        const b = this.pop();
        const a = this.pop();
        this.push(new PyTuple([a, b]));
        break;
      }
      case 0x87: {
        // TUPLE3
        const c = this.pop();
        const b = this.pop();
        const a = this.pop();
        this.push(new PyTuple([a, b, c]));
        break;
      }
      case 0x74: // TUPLE
        this.push(new PyTuple(this.popMark()));
        break;
      case 0x5d: // EMPTY_LIST
        this.push(new PyList([]));
        break;
      case 0x6c: // LIST
        this.push(new PyList(this.popMark()));
        break;
      case 0x7d: // EMPTY_DICT
        this.push(new PyDict());
        break;
      case 0x64: {
        // DICT
        const items = this.popMark();
        if (items.length % 2 !== 0) throw unpicklingError('odd number of items for DICT');
        const d = new PyDict();
        for (let i = 0; i < items.length; i += 2) d.s.set(items[i], items[i + 1]);
        this.push(d);
        break;
      }
      case 0x8f: // EMPTY_SET
        this.push(new PySet(new SetStore()));
        break;
      case 0x91: {
        // FROZENSET
        const items = this.popMark();
        const s = new SetStore();
        for (let i = 0; i < items.length; i++) s.add(items[i]);
        this.push(new PyFrozenSet(s));
        break;
      }
      case 0x61: {
        // APPEND
        if (this.sp - 1 <= this.fence) this.underflow();
        this.doAppend(this.sp - 1);
        break;
      }
      case 0x65: // APPENDS
        this.doAppend(this.marker());
        break;
      case 0x73: // SETITEM
        if (this.sp - 2 <= this.fence) this.underflow();
        this.doSetItems(this.sp - 2);
        break;
      case 0x75: // SETITEMS
        this.doSetItems(this.marker());
        break;
      case 0x90: // ADDITEMS
        this.doAddItems(this.marker());
        break;
      case 0x94: // MEMOIZE
        this.memoPut(this.memoLen, this.top());
        break;
      case 0x71: // BINPUT
        this.memoPut(data[this.read(1)], this.top());
        break;
      case 0x72: {
        // LONG_BINPUT
        const idx = this.size4();
        this.memoPut(idx, this.top());
        break;
      }
      case 0x70: {
        // PUT
        const idx = parseDecimal(this.textLine());
        if (idx < 0) throw valueErr('negative PUT argument');
        this.memoPut(idx, this.top());
        break;
      }
      case 0x68: // BINGET
        this.memoGet(data[this.read(1)]);
        break;
      case 0x6a: // LONG_BINGET
        this.memoGet(this.size4());
        break;
      case 0x67: // GET
        this.memoGet(parseDecimal(this.textLine()));
        break;
      case 0x93: {
        // STACK_GLOBAL
        const name = this.pop();
        const module = this.pop();
        if (typeof module !== 'string' || typeof name !== 'string') throw unpicklingError('STACK_GLOBAL requires str');
        this.push(this.resolve(module, name));
        break;
      }
      case 0x63: {
        // GLOBAL
        const module = this.identLine();
        const name = this.identLine();
        this.push(this.resolve(module, name));
        break;
      }
      case 0x52: {
        // REDUCE
        const args = this.pop();
        const f = this.pop();
        this.push(this.reduce(f, args));
        break;
      }
      case 0x81: {
        // NEWOBJ
        const args = this.pop();
        const cls = this.pop();
        this.push(this.newobj(cls, args, undefined));
        break;
      }
      case 0x92: {
        // NEWOBJ_EX
        const kwargs = this.pop();
        const args = this.pop();
        const cls = this.pop();
        this.push(this.newobj(cls, args, kwargs));
        break;
      }
      case 0x62: // BUILD
        this.build();
        break;
      case 0x69: {
        // INST
        const module = this.identLine();
        const name = this.identLine();
        const cls = this.resolve(module, name);
        this.push(this.instantiate(cls, this.popMark()));
        break;
      }
      case 0x6f: {
        // OBJ
        const items = this.popMark();
        if (items.length === 0) this.underflow();
        this.push(this.instantiate(items[0], items.slice(1)));
        break;
      }
      // ---- protocol 0/1 text and Python 2 opcodes ----
      case 0x49: // INT
        this.push(this.loadInt());
        break;
      case 0x4c: // LONG
        this.push(this.loadLong());
        break;
      case 0x46: {
        // FLOAT
        this.push(mkFloat(parseFloatLine(this.textLine())));
        break;
      }
      case 0x56: {
        // UNICODE
        const [s, e] = this.readline();
        this.push(rawUnicodeUnescape(data, s, e));
        break;
      }
      case 0x53: // STRING
        this.push(this.decodeString(this.loadStringLiteral()));
        break;
      case 0x54: {
        // BINSTRING
        const n = this.size4();
        const p = this.read(n);
        this.push(this.decodeString(data.subarray(p, p + n)));
        break;
      }
      case 0x55: {
        // SHORT_BINSTRING
        const n = data[this.read(1)];
        const p = this.read(n);
        this.push(this.decodeString(data.subarray(p, p + n)));
        break;
      }
      case 0x82: // EXT1
        throw valueErr(`unregistered extension code ${data[this.read(1)]}`);
      case 0x83: // EXT2
        throw valueErr(`unregistered extension code ${readU16LE(data, this.read(2))}`);
      case 0x84: // EXT4
        throw valueErr(`unregistered extension code ${readI32LE(data, this.read(4))}`);
      case 0x50: {
        // PERSID
        const pl = this.persLoad();
        const [s, e] = this.readline();
        for (let i = s; i < e; i++)
          if (data[i] > 0x7f) throw unpicklingError('persistent IDs in protocol 0 must be ASCII strings');
        this.push(call1(pl, decodeLatin1(data, s, e)));
        break;
      }
      case 0x51: {
        // BINPERSID
        const pl = this.persLoad();
        this.push(call1(pl, this.pop()));
        break;
      }
      case 0x97: // NEXT_BUFFER
        throw unpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given');
      case 0x98: // READONLY_BUFFER
        this.top();
        break;
      default: {
        const c = op;
        if (c >= 0x20 && c <= 0x7e && c !== 0x27 && c !== 0x5c)
          throw unpicklingError(`invalid load key, '${String.fromCharCode(c)}'.`);
        throw unpicklingError(`invalid load key, '\\x${c.toString(16).padStart(2, '0')}'.`);
      }
    }
    return undefined;
  }

  private persLoad(): any {
    const pl = this.hooks?.persistentLoad;
    if (pl === undefined)
      throw unpicklingError('A load persistent id instruction was encountered,\nbut no persistent_load function was specified.');
    return pl;
  }

  // ---- values ----

  private utf8(p: number, n: number): string {
    try {
      return decodeUtf8(this.data, p, p + n);
    } catch (e) {
      if (e instanceof Utf8Error) {
        const err = exc(
          UnicodeDecodeError,
          `'utf-8' codec can't decode byte 0x${e.byte.toString(16).padStart(2, '0')} in position ${e.pos}: ${e.reason}`,
        );
        const d = err.$d!;
        d.encoding = 'utf-8';
        d.object = new PyBytes(this.data.slice(p, p + n));
        d.start = e.pos;
        d.end = e.end;
        d.reason = e.reason;
        throw err;
      }
      throw e;
    }
  }

  /** A GLOBAL/INST argument line, decoded as UTF-8. */
  private identLine(): string {
    const [s, e] = this.readline();
    if (e === s) this.truncated();
    return this.utf8(s, e - s);
  }

  private loadInt(): any {
    const s = this.textLine();
    if (s === '00') return false;
    if (s === '01') return true;
    const v = parseIntText(s);
    if (v === undefined) throw valueErr('could not convert string to int');
    return v;
  }

  private loadLong(): any {
    let s = this.textLine();
    if (s.endsWith('L')) s = s.slice(0, -1);
    const v = parseIntText(s);
    if (v === undefined) throw valueErr(`invalid literal for int() with base 0: ${strRepr(s)}`);
    return v;
  }

  /** STRING's argument: a quoted Python 2 str literal, unescaped to bytes. */
  private loadStringLiteral(): Uint8Array {
    const [s, e] = this.readline();
    const data = this.data;
    const end = e;
    if (end - s >= 2 && data[s] === data[end - 1] && (data[s] === 0x27 || data[s] === 0x22))
      return escapeDecode(data, s + 1, end - 1);
    throw unpicklingError('the STRING opcode argument must be quoted');
  }

  private decodeString(b: Uint8Array): any {
    const enc = this.strEnc.encoding.toLowerCase();
    if (enc === 'bytes') return new PyBytes(b.slice());
    if (enc === 'latin1' || enc === 'latin-1' || enc === 'iso-8859-1') return decodeLatin1(b, 0, b.length);
    if (enc === 'utf-8' || enc === 'utf8') {
      try {
        return decodeUtf8(b, 0, b.length);
      } catch {
        throw exc(UnicodeDecodeError, `'utf-8' codec can't decode bytes`);
      }
    }
    // ASCII (the default)
    const errors = this.strEnc.errors;
    let s = '';
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 0x80) s += String.fromCharCode(b[i]);
      else if (errors === 'replace') s += '\ufffd';
      else if (errors === 'surrogateescape') s += String.fromCharCode(0xdc00 + b[i]);
      else if (errors !== 'ignore')
        throw exc(
          UnicodeDecodeError,
          `'ascii' codec can't decode byte 0x${b[i].toString(16)} in position ${i}: ordinal not in range(128)`,
        );
    }
    return s;
  }

  // ---- containers ----

  private doAppend(x: number): void {
    const stack = this.stack;
    const len = this.sp;
    if (x > len || x <= this.fence) this.underflow();
    if (len === x) return;
    const list = stack[x - 1];
    this.sp = x;
    if (list instanceof PyList && list.$cls === listType) {
      const a = list.a;
      // A list is filled right after EMPTY_LIST: one copy of the stack slice instead of growing it item by item
      // (list methods replace `a` too, so nothing keeps the old array).
      if (a.length === 0) list.a = stack.slice(x, len);
      else if (len - x <= 4096) a.push.apply(a, stack.slice(x, len)); // a bulk copy: twice as fast as a loop
      else for (let i = x; i < len; i++) a.push(stack[i]);
      return;
    }
    const items = stack.slice(x, len);
    const extend = lookupOrMissing(list, 'extend');
    if (extend !== MISSING) {
      call1(extend, new PyList(items));
      return;
    }
    const append = getAttr(list, 'append');
    for (const v of items) call1(append, v);
  }

  private doSetItems(x: number): void {
    const stack = this.stack;
    const len = this.sp;
    if (x > len || x <= this.fence) this.underflow();
    if (len === x) return;
    if ((len - x) % 2 !== 0) throw unpicklingError('odd number of items for SETITEMS');
    const d = stack[x - 1];
    this.sp = x;
    if (d instanceof PyDict && d.$cls === dictType) {
      const s = d.s;
      if (s instanceof DictStore) {
        // str keys (most keys) go straight into the Map: what DictStore.set does for them, minus a call per item
        const m = s.m;
        for (let i = x; i < len; i += 2) {
          const k = stack[i];
          if (typeof k === 'string') m.set(k, stack[i + 1]);
          else s.set(k, stack[i + 1]);
        }
      } else for (let i = x; i < len; i += 2) s.set(stack[i], stack[i + 1]);
    } else for (let i = x; i < len; i += 2) setitem(d, stack[i], stack[i + 1]);
  }

  private doAddItems(x: number): void {
    const stack = this.stack;
    const len = this.sp;
    if (x > len || x <= this.fence) this.underflow();
    if (len === x) return;
    const set = stack[x - 1];
    this.sp = x;
    if (set instanceof PySet || set instanceof PyFrozenSet) {
      const s = set.s;
      for (let i = x; i < len; i++) s.add(stack[i]);
    } else {
      const add = getAttr(set, 'add');
      for (let i = x; i < len; i++) call1(add, stack[i]);
    }
  }

  // ---- objects ----

  private resolve(module: string, name: string): any {
    const f = this.hooks?.findClass;
    return f !== undefined ? f(module, name) : this.findClass(module, name);
  }

  /** The protocol announced by the PROTO opcode (0 before one is seen). */
  get protocol(): number {
    return this.proto;
  }

  findClass(module: string, name: string): any {
    if (this.proto < 3 && this.fixImports) {
      const m = NAME_MAPPING.get(`${module}\n${name}`);
      if (m !== undefined) [module, name] = m;
      else {
        const im = IMPORT_MAPPING.get(module);
        if (im !== undefined) module = im;
      }
    }
    const internal = INTERNAL_GLOBALS.get(`${module}\n${name}`);
    if (internal !== undefined) return internal;
    let mod: any;
    try {
      mod = importModule(this.host, module);
    } catch (e) {
      const fb = FALLBACK_GLOBALS.get(`${module}\n${name}`);
      if (fb !== undefined) return fb;
      throw e;
    }
    if (this.proto >= 4) {
      const dotted = name.split('.');
      if (dotted.includes('<locals>')) throw attrErr(`Can't pickle local attribute ${strRepr(name)} on ${repr(mod)}`);
      let cur = mod;
      for (const part of dotted) {
        cur = lookupOrMissing(cur, part);
        if (cur === MISSING) throw attrErr(`Can't get attribute ${strRepr(name)} on ${repr(mod)}`);
      }
      return cur;
    }
    const v = lookupOrMissing(mod, name);
    if (v === MISSING) throw attrErr(`Can't get attribute ${strRepr(name)} on ${repr(mod)}`);
    return v;
  }

  private reduce(f: any, args: any): any {
    if (!(args instanceof PyTuple)) throw typeErr('argument list must be a tuple');
    const a = args.a;
    // Fast paths for the built-ins protocols 0-4 spell as REDUCE (exact types only: same result as calling them).
    if (f === bytearrayType) {
      if (a.length === 0) return new PyByteArray(new Uint8Array(0), 0);
      if (a.length === 1 && a[0] instanceof PyBytes) return new PyByteArray(a[0].b.slice(), a[0].b.length);
    } else if (f === setType || f === frozensetType) {
      if (a.length === 1 && a[0] instanceof PyList && a[0].$cls === listType) {
        const s = new SetStore();
        for (const v of a[0].a) s.add(v);
        return f === setType ? new PySet(s) : new PyFrozenSet(s);
      }
    } else if (f === codecsEncode && a.length === 2 && typeof a[0] === 'string' && typeof a[1] === 'string') {
      return encodeStr(a[0], a[1]);
    }
    return call(f, a);
  }

  private newobj(cls: any, args: any, kwargs: any): any {
    const what = kwargs === undefined ? 'NEWOBJ' : 'NEWOBJ_EX';
    if (!(cls instanceof PyType)) throw unpicklingError(`${what} class argument must be a type, not ${typeOf(cls).name}`);
    if (!(args instanceof PyTuple)) throw unpicklingError(`${what} args argument must be a tuple, not ${typeOf(args).name}`);
    if (kwargs !== undefined && !(kwargs instanceof PyDict))
      throw unpicklingError(`${what} kwargs argument must be a dict, not ${typeOf(kwargs).name}`);
    const nf = cls.lookup('__new__');
    if (nf === MISSING) throw unpicklingError(`${what} class argument '${cls.name}' doesn't have __new__`);
    if (args.a.length === 0 && (kwargs === undefined || kwargs.s.size === 0) && nf === objectNew())
      return allocInstance(cls);
    return callNew(cls, args.a, kwargs === undefined ? null : kwargs);
  }

  private build(): void {
    const state = this.pop();
    const inst = this.top();
    const t = typeOf(inst);
    const bag0 = bagOf(inst);
    if (
      t.lookup('__setstate__') !== MISSING ||
      (bag0 !== undefined && bag0.__setstate__ !== undefined) ||
      t.flags & TypeFlags.HasGetAttr // CPython asks __getattr__ too
    ) {
      const setstate = lookupOrMissing(inst, '__setstate__');
      if (setstate !== MISSING) {
        call1(setstate, state);
        return;
      }
    }
    let st = state;
    let slotstate: any = None;
    if (st instanceof PyTuple && st.a.length === 2) [st, slotstate] = st.a;
    if (st !== None) {
      if (!(st instanceof PyDict)) throw unpicklingError('state is not a dictionary');
      const bag: AttrBag | undefined = bag0;
      if (bag !== undefined) {
        for (const [k, v] of st.s.entries()) {
          if (typeof k === 'string') bag[k] = v;
          else setitem(getAttr(inst, '__dict__'), k, v);
        }
      } else {
        const d = getAttr(inst, '__dict__');
        for (const [k, v] of st.s.entries()) setitem(d, k, v);
      }
    }
    if (slotstate !== None) {
      if (!(slotstate instanceof PyDict)) throw unpicklingError('slot state is not a dictionary');
      for (const [k, v] of slotstate.s.entries()) {
        if (typeof k !== 'string') throw typeErr(`attribute name must be string, not '${typeOf(k).name}'`);
        setAttr(inst, k, v);
      }
    }
  }

  /** INST/OBJ: Python 2's way of creating instances. */
  private instantiate(cls: any, args: any[]): any {
    if (args.length || !(cls instanceof PyType) || lookupOrMissing(cls, '__getinitargs__') !== MISSING) {
      try {
        return call(cls, args);
      } catch (e) {
        if (e instanceof PyBaseException && e.$cls === TypeError) {
          const name = cls instanceof PyType ? cls.name : String(lookupOrMissing(cls, '__name__'));
          throw typeErr(`in ${name}: ${e.args.a.length ? String(e.args.a[0]) : ''}`);
        }
        throw e;
      }
    }
    return callNew(cls, [], null);
  }
}

// ---- helpers ----

/**
 * How many leading slots of a spare stack the load that just ended wrote. Values are pushed from slot 0 up and are
 * never undefined, and the previous load left every slot undefined, so the written slots are a prefix: a binary
 * search finds its end, and a small load after a big one clears a few slots instead of the whole array.
 */
function usedPrefix(stack: any[]): number {
  let lo = 0;
  let hi = stack.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stack[mid] !== undefined) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lookupOrMissing(o: any, name: string): any {
  try {
    return getAttrOrMissing(o, name);
  } catch (e) {
    if (isAttributeError(e)) return MISSING;
    throw e;
  }
}

/** LONG1/LONG4 payload: little-endian two's complement. */
function decodeLong(data: Uint8Array, p: number, n: number): number | bigint {
  if (n === 0) return 0;
  if (n <= 6) {
    let v = 0;
    for (let i = n - 1; i >= 0; i--) v = v * 256 + data[p + i];
    if (data[p + n - 1] & 0x80) v -= 2 ** (8 * n);
    return v;
  }
  let hex = '';
  for (let i = n - 1; i >= 0; i--) hex += (data[p + i] < 16 ? '0' : '') + data[p + i].toString(16);
  let b = BigInt('0x' + hex);
  if (data[p + n - 1] & 0x80) b -= 1n << BigInt(8 * n);
  return normBig(b);
}

function parseDecimal(s: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(s)) throw valueErr(`invalid literal for int() with base 10: ${strRepr(s)}`);
  return parseInt(s, 10);
}

/** int(s, 0) as protocol 0's INT and LONG use it; undefined when malformed. */
function parseIntText(s0: string): number | bigint | undefined {
  const s = s0.trim().replace(/_/g, '');
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0+|[1-9][0-9]*)$/.exec(s);
  if (m === null) return undefined;
  let body = m[2];
  if (/^0[oO]/.test(body)) body = '0o' + body.slice(2);
  else if (/^0[xX]/.test(body)) body = '0x' + body.slice(2);
  else if (/^0[bB]/.test(body)) body = '0b' + body.slice(2);
  let b = BigInt(body);
  if (m[1] === '-') b = -b;
  return normBig(b);
}

/** FLOAT's argument, as CPython's load_float parses it (PyOS_string_to_double, then only "\n" may follow). */
function parseFloatLine(s: string): number {
  const m = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/i.exec(s);
  if (m === null) throw valueErr(`could not convert string to float: '${s.slice(0, 199)}\n'`);
  if (m[0].length !== s.length) throw valueErr('could not convert string to float');
  const t = m[0].toLowerCase();
  if (t.endsWith('inf') || t.endsWith('infinity')) return t[0] === '-' ? -Infinity : Infinity;
  if (t.endsWith('nan')) return NaN;
  const v = Number(m[0]);
  if (!Number.isFinite(v)) throw overflowErr('(34, \'Numerical result out of range\')');
  return v;
}

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** raw_unicode_escape decoding of UNICODE's argument: only \uXXXX and \UXXXXXXXX are escapes. */
function rawUnicodeUnescape(data: Uint8Array, s: number, e: number): string {
  let out = '';
  let i = s;
  while (i < e) {
    const c = data[i];
    if (c === 0x5c && i + 1 < e && (data[i + 1] === 0x75 || data[i + 1] === 0x55)) {
      // Only an odd run of backslashes escapes: CPython counts the preceding backslashes.
      let run = 0;
      for (let k = i - 1; k >= s && data[k] === 0x5c; k--) run++;
      if (run % 2 === 0) {
        const n = data[i + 1] === 0x75 ? 4 : 8;
        if (i + 2 + n > e) throw rawEscapeErr(i - s, e - s, n === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
        let cp = 0;
        for (let k = 0; k < n; k++) {
          const h = hexVal(data[i + 2 + k]);
          if (h < 0) throw rawEscapeErr(i - s, e - s, n === 4 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape');
          cp = cp * 16 + h;
        }
        if (cp > 0x10ffff) throw rawEscapeErr(i - s, e - s, '\\Uxxxxxxxx out of range');
        out += String.fromCodePoint(cp);
        i += 2 + n;
        continue;
      }
    }
    out += String.fromCharCode(c);
    i++;
  }
  return out;
}

function rawEscapeErr(pos: number, end: number, reason: string): PyBaseException {
  return exc(UnicodeDecodeError, `'rawunicodeescape' codec can't decode bytes in position ${pos}-${end - 1}: ${reason}`);
}

/** codecs.escape_decode: Python 2 str literal escapes -> bytes. */
function escapeDecode(data: Uint8Array, s: number, e: number): Uint8Array {
  const out: number[] = [];
  let i = s;
  while (i < e) {
    const c = data[i++];
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    if (i >= e) throw valueErr('Trailing \\ in string');
    const d = data[i++];
    switch (d) {
      case 0x0a:
        break; // line continuation
      case 0x5c:
        out.push(0x5c);
        break;
      case 0x27:
        out.push(0x27);
        break;
      case 0x22:
        out.push(0x22);
        break;
      case 0x62:
        out.push(0x08);
        break;
      case 0x66:
        out.push(0x0c);
        break;
      case 0x74:
        out.push(0x09);
        break;
      case 0x6e:
        out.push(0x0a);
        break;
      case 0x72:
        out.push(0x0d);
        break;
      case 0x76:
        out.push(0x0b);
        break;
      case 0x61:
        out.push(0x07);
        break;
      case 0x78: {
        const h1 = i < e ? hexVal(data[i]) : -1;
        const h2 = i + 1 < e ? hexVal(data[i + 1]) : -1;
        if (h1 < 0 || h2 < 0) throw valueErr(`invalid \\x escape at position ${i - 2 - s}`);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (d >= 0x30 && d <= 0x37) {
          let v = d - 0x30;
          for (let k = 0; k < 2 && i < e && data[i] >= 0x30 && data[i] <= 0x37; k++) v = v * 8 + (data[i++] - 0x30);
          out.push(v & 0xff);
        } else {
          out.push(0x5c, d);
        }
    }
  }
  return Uint8Array.from(out);
}

/** Unpickles one object from `data` (bytes after its STOP are ignored). */
export function loads(
  host: ImportHost,
  data: Uint8Array,
  fixImports = true,
  strEnc?: StringEncoding,
): any {
  return new Unpickler(host, data, fixImports, strEnc).load();
}
