// The json encoder: CPython's C encoder (c_make_encoder) and, with indent, json.encoder's _make_iterencode,
// which produce the same text. Exact str/int/float/bool/None/list/tuple/dict are encoded inline (checked by
// typeof and `$cls` identity); subclasses and default= take the general path.
import { None, PyFloat } from '../runtime/object.js';
import { PyList, PyTuple, PyDict, PyBoxed, intType, floatType, strType, listType, tupleType, dictType } from '../runtime/types.js';
import { typeErr, valueErr } from '../runtime/exceptions.js';
import { typeOf } from '../runtime/typeof.js';
import { call1 } from '../runtime/call.js';
import { floatRepr } from '../runtime/convert.js';
import { DictStore } from '../runtime/hash-store.js';
import { cm0 } from '../runtime/attributes.js';
import { toArray, unpack } from '../runtime/iteration.js';
import { sortArray } from '../runtime/builtins/list-sort.js';
import { Out, encodeStr } from './json-out.js';

export interface EncodeOpts {
  ensureAscii: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  skipKeys: boolean;
  indent: string | null;
  itemSep: string;
  keySep: string;
  dflt: any;
  checkCircular: boolean;
}

/** float.__repr__ of a double, or JSON's NaN/Infinity (an error when allow_nan is false). */
function floatStr(v: number, o: EncodeOpts): string {
  if (v - v === 0) {
    // integral floats below 1e16 repr as their digits plus ".0" (-0.0 aside)
    if (Number.isInteger(v) && v !== 0 && v < 1e16 && v > -1e16) return String(v) + '.0';
    return floatRepr(v);
  }
  if (!o.allowNan) throw valueErr('Out of range float values are not JSON compliant');
  return v !== v ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
}

/** A dict key as JSON text before quoting, in CPython's order of checks; undefined to skip it. */
function keyStr(k: any, o: EncodeOpts): string | undefined {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'number') return Number.isInteger(k) ? String(k) : floatStr(k, o);
  if (typeof k === 'bigint') return k.toString();
  if (k === None) return 'null';
  if (k instanceof PyFloat) return floatStr(k.v, o);
  if (k instanceof PyBoxed) {
    if (typeof k.v === 'string') return k.v;
    if (typeOf(k).isSubtypeOf(floatType)) return floatStr(Number(k.v), o);
    return String(k.v);
  }
  if (o.skipKeys) return undefined;
  throw typeErr(`keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
}

/** Sorted (key, value) arrays of a dict's items, as CPython sorts its item tuples. */
function sortItems(keys: any[], vals: any[]): void {
  let allStr = true;
  for (let i = 0; i < keys.length; i++) if (typeof keys[i] !== 'string') allStr = false;
  if (allStr) {
    // keys are distinct, so the tuples compare by key alone: sort the keys, carrying the values along
    const pairs = new Map<string, any>();
    for (let i = 0; i < keys.length; i++) pairs.set(keys[i], vals[i]);
    sortArray(keys, None, false);
    for (let i = 0; i < keys.length; i++) vals[i] = pairs.get(keys[i]);
    return;
  }
  const items = keys.map((k, i) => new PyTuple([k, vals[i]]));
  sortArray(items, None, false);
  for (let i = 0; i < items.length; i++) {
    keys[i] = items[i].a[0];
    vals[i] = items[i].a[1];
  }
}

let dictItemsFn: any;
/** dict.items, to tell a subclass that overrides it (user code) from one that does not. */
const dictItems = (): any => (dictItemsFn ??= dictType.lookup('items'));

/** Thrown by a live encoder about to run user code; dumps then starts over with snapshots. */
const RESTART = { restart: true };

/** In place of the key of an item of a dict subclass's items() that is not a (key, value) tuple (the item
 * itself stands in the values). */
const NOT_A_PAIR = { notAPair: true };

class Encoder {
  readonly out = new Out();
  /** Containers (and objects handed to default=) being encoded, innermost last: the circular check. */
  private readonly active: any[] = [];
  /** A set mirroring `active` once it is deep (a linear scan is cheaper for the usual shallow data). */
  private activeSet: Set<any> | null = null;
  /** '\n' + indent * level, by level. */
  private readonly newlines: string[] = [];

  /** Live: exact dicts are encoded straight from their Map. CPython encodes a snapshot of each dict's
   * items, which only differs when user code changes a dict while it is being encoded; so a live
   * encoder runs only when no user code can run on the way (no default=, no sort_keys, whose sort may
   * call a key's __lt__) and gives up (RESTART) before calling a user's items(). Before that nothing
   * observable has happened, so starting over with snapshots is exact. */
  constructor(
    readonly o: EncodeOpts,
    readonly live: boolean,
  ) {}

  private enter(v: any): void {
    if (!this.o.checkCircular) return;
    const a = this.active;
    if (this.activeSet !== null) {
      if (this.activeSet.has(v)) throw valueErr('Circular reference detected');
      this.activeSet.add(v);
    } else {
      for (let i = 0; i < a.length; i++) if (a[i] === v) throw valueErr('Circular reference detected');
      if (a.length >= 32) this.activeSet = new Set(a).add(v);
    }
    a.push(v);
  }

  private leave(v: any): void {
    if (!this.o.checkCircular) return;
    this.active.pop();
    if (this.activeSet !== null) this.activeSet.delete(v);
  }

  private newline(level: number): string {
    return (this.newlines[level] ??= '\n' + this.o.indent!.repeat(level));
  }

  value(v: any, level: number): void {
    switch (typeof v) {
      case 'string':
        this.out.quoted(v, this.o.ensureAscii);
        return;
      case 'number':
        if (Number.isInteger(v)) this.out.int(v);
        else if (!this.out.shortFloat(v)) this.out.raw(floatStr(v, this.o));
        return;
      case 'boolean':
        this.out.raw(v ? 'true' : 'false');
        return;
      case 'bigint':
        this.out.raw(v.toString());
        return;
    }
    if (v === None) this.out.raw('null');
    else if (v.$cls === listType || v.$cls === tupleType) this.list(v, v.a, level);
    else if (v.$cls === dictType) this.dict(v, level);
    else if (v instanceof PyFloat) {
      // an integral float: its digits and ".0" (0.0 and -0.0 aside)
      const x = v.v;
      if (x !== 0 && x < 0x7fffffff && x > -0x7fffffff && Number.isInteger(x)) {
        this.out.int(x);
        this.out.raw('.0');
      } else this.out.raw(floatStr(x, this.o));
    }
    else this.general(v, level);
  }

  /** Subclasses of the JSON types (encoded as their base type, dicts through items()) and default=. */
  private general(v: any, level: number): void {
    const t = typeOf(v);
    if (v instanceof PyBoxed) {
      if (t.isSubtypeOf(strType)) return void this.out.quoted(v.v, this.o.ensureAscii);
      if (t.isSubtypeOf(intType)) return void this.out.raw(String(v.v));
      if (t.isSubtypeOf(floatType)) return void this.out.raw(floatStr(Number(v.v), this.o));
    }
    if (v instanceof PyList || v instanceof PyTuple) return this.list(v, v.a, level);
    if (v instanceof PyDict) return this.dictSubclass(v, level);
    if (this.o.dflt === None) throw typeErr(`Object of type ${t.name} is not JSON serializable`);
    this.enter(v);
    this.value(call1(this.o.dflt, v), level);
    this.leave(v);
  }

  private list(v: any, a: any[], level: number): void {
    if (a.length === 0) return void this.out.raw('[]');
    this.enter(v);
    if (this.o.indent === null) {
      this.out.byte(0x5b);
      for (let i = 0; i < a.length; i++) {
        if (i !== 0) this.out.raw(this.o.itemSep);
        this.value(a[i], level + 1);
      }
    } else {
      const nl = this.newline(level + 1);
      this.out.raw('[' + nl);
      for (let i = 0; i < a.length; i++) {
        if (i !== 0) this.out.raw(this.o.itemSep + nl);
        this.value(a[i], level + 1);
      }
      this.out.raw(this.newline(level));
    }
    this.out.byte(0x5d);
    this.leave(v);
  }

  /** An exact dict: its items, snapshotted first (default= may mutate it), as CPython does. */
  private dict(v: PyDict, level: number): void {
    const s = v.s;
    if (s.size === 0) return void this.out.raw('{}');
    this.enter(v);
    if (this.live && s instanceof DictStore && s.orig === null) this.liveItems(s.m, level);
    else {
      const keys: any[] = [];
      const vals: any[] = [];
      if (s instanceof DictStore && s.orig === null) {
        // the map keys are the Python keys
        for (const k of s.m.keys()) keys.push(k);
        for (const x of s.m.values()) vals.push(x);
      } else
        for (const [k, x] of s.entries()) {
          keys.push(k);
          vals.push(x);
        }
      if (this.o.sortKeys) sortItems(keys, vals);
      this.items(keys, vals, level);
    }
    this.leave(v);
  }

  /** A dict subclass: CPython's encoder takes list(items()), sorted as is for sort_keys; an item that is
   * not a 2-tuple fails when its turn comes. */
  private dictSubclass(v: PyDict, level: number): void {
    if (v.s.size === 0) return void this.out.raw('{}');
    if (this.live && typeOf(v).lookup('items') !== dictItems()) throw RESTART;
    this.enter(v);
    const list = toArray(cm0(v, 'items'));
    if (this.o.sortKeys) sortArray(list, None, false);
    const keys: any[] = [];
    const vals: any[] = [];
    for (const it of list) {
      const ok = it instanceof PyTuple && it.a.length === 2;
      keys.push(ok ? it.a[0] : NOT_A_PAIR);
      vals.push(ok ? it.a[1] : it);
    }
    this.items(keys, vals, level);
    this.leave(v);
  }

  /** The items of an exact dict straight from its Map, without a snapshot (see `live`). */
  private liveItems(m: Map<any, any>, level: number): void {
    const o = this.o;
    const nl = o.indent === null ? '' : this.newline(level + 1);
    this.out.byte(0x7b);
    if (nl !== '') this.out.raw(nl);
    let first = true;
    for (const [k, x] of m) first = this.entry(typeof k === 'string' ? k : keyStr(k, o), x, first, nl, level);
    if (o.indent !== null) this.out.raw(this.newline(level));
    this.out.byte(0x7d);
  }

  /** `{key: value, ...}` from parallel arrays of keys and values. */
  private items(keys: any[], vals: any[], level: number): void {
    const o = this.o;
    const nl = o.indent === null ? '' : this.newline(level + 1);
    this.out.byte(0x7b);
    if (nl !== '') this.out.raw(nl);
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      let k = keys[i];
      let x = vals[i];
      if (k === NOT_A_PAIR) {
        // the C encoder wants 2-tuples; with indent, json.encoder unpacks `for key, value in items`
        if (o.indent === null) throw valueErr('items must return 2-tuples');
        [k, x] = unpack(x, 2);
      }
      first = this.entry(typeof k === 'string' ? k : keyStr(k, o), x, first, nl, level);
    }
    if (o.indent !== null) this.out.raw(this.newline(level));
    this.out.byte(0x7d);
  }

  /** One `"key": value` of an object (`ks` undefined: a key skipkeys drops); returns the new `first`. */
  private entry(ks: string | undefined, x: any, first: boolean, nl: string, level: number): boolean {
    if (ks === undefined) return first;
    const o = this.o;
    if (!first) this.out.raw(o.itemSep + nl);
    this.out.quoted(ks, o.ensureAscii);
    this.out.raw(o.keySep);
    this.value(x, level + 1);
    return false;
  }
}

/** json.dumps(obj) with the parsed options. */
export function encodeJson(obj: any, o: EncodeOpts): string {
  // a lone scalar needs no output buffer
  if (typeof obj === 'string') return encodeStr(obj, o.ensureAscii);
  if (typeof obj === 'number') return Number.isInteger(obj) ? String(obj) : floatStr(obj, o);
  if (typeof obj === 'boolean') return obj ? 'true' : 'false';
  if (obj === None) return 'null';
  if (o.dflt === None && !o.sortKeys) {
    try {
      const enc = new Encoder(o, true);
      enc.value(obj, 0);
      return enc.out.text();
    } catch (e) {
      if (e !== RESTART) throw e;
    }
  }
  const enc = new Encoder(o, false);
  enc.value(obj, 0);
  return enc.out.text();
}
