// str methods that search and cut: find/index/count, startswith/endswith, split/rsplit/splitlines,
// partition, replace, strip and the prefix/suffix removers, join.
import { None } from '../object.js';
import { PyList, PyTuple, strType } from '../types.js';
import { typeErr, valueErr, PyBaseException, TypeError } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { toArray } from '../iteration.js';
import { selfStr, strVal, argStr, searchBounds, toCp, intArg } from './str-core.js';
import { SURROGATE, cpArray, cpLength, isSpaceCode, isLineBreak } from './str-unicode.js';
import { defFast } from './str-def.js';

function findIn(s: string, sub: any, start: any, end: any): number {
  const n = argStr(sub);
  if (start === undefined && end === undefined) {
    const r = s.indexOf(n);
    return r <= 0 || !SURROGATE.test(s) ? r : toCp(s, r, true);
  }
  const b = searchBounds(s, start, end);
  const st = b.start;
  const en = b.end;
  const sur = b.sur;
  if (en - st < n.length) return -1;
  const r = s.indexOf(n, st);
  if (r < 0 || r + n.length > en) return -1;
  return toCp(s, r, sur);
}

function rfindIn(s: string, sub: any, start: any, end: any): number {
  const n = argStr(sub);
  const b = searchBounds(s, start, end);
  const st = b.start;
  const en = b.end;
  const sur = b.sur;
  if (en - st < n.length) return -1;
  const r = s.lastIndexOf(n, en - n.length);
  if (r < st) return -1;
  return toCp(s, r, sur);
}

function countIn(s: string, sub: any, start: any, end: any): number {
  const n = argStr(sub);
  const b = searchBounds(s, start, end);
  const st = b.start;
  const en = b.end;
  const sur = b.sur;
  if (en < st) return 0;
  if (n.length === 0) return (sur ? cpLength(s.slice(st, en)) : en - st) + 1;
  let count = 0;
  if (n.length === 1 && en - st < 64) {
    for (let i = st; i < en; i++) if (s[i] === n) count++;
    return count;
  }
  let p = s.indexOf(n, st);
  while (p >= 0 && p + n.length <= en) {
    count++;
    p = s.indexOf(n, p + n.length);
  }
  return count;
}

function tailMatch(s: string, sub: any, start: any, end: any, what: string, fromEnd: boolean): boolean {
  if (start === undefined && end === undefined) {
    const p = strVal(sub);
    if (p !== undefined) return fromEnd ? s.endsWith(p) : s.startsWith(p);
  }
  const b = searchBounds(s, start, end);
  const st = b.start;
  const en = b.end;
  const one = (p: string): boolean => {
    const e = en - p.length;
    if (e < st) return false;
    if (p.length === 0) return true;
    return s.startsWith(p, fromEnd ? e : st);
  };
  if (sub instanceof PyTuple) {
    for (const item of sub.a) {
      const p = strVal(item);
      if (p === undefined) throw typeErr(`tuple for ${what} must only contain str, not ${typeOf(item).name}`);
      if (one(p)) return true;
    }
    return false;
  }
  const p = strVal(sub);
  if (p === undefined) throw typeErr(`${what} first arg must be str or a tuple of str, not ${typeOf(sub).name}`);
  return one(p);
}

// ---- split ----

function maxSplit(x: any): number {
  if (x === undefined) return -1;
  return intArg(x);
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  if (max < 0) max = Infinity;
  while (max-- > 0) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  if (max < 0) max = Infinity;
  while (max-- > 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

function sepArg(sep: any): string | undefined {
  if (sep === undefined || sep === None) return undefined;
  const p = strVal(sep);
  if (p === undefined) throw typeErr(`must be str or None, not ${typeOf(sep).name}`);
  if (p.length === 0) throw valueErr('empty separator');
  return p;
}

export function strSplit(s: string, sep: any, maxsplit: any): string[] {
  const max = maxSplit(maxsplit);
  const p = sepArg(sep);
  if (p === undefined) return splitWhitespace(s, max);
  if (max < 0) return s.split(p);
  const out: string[] = [];
  let i = 0;
  let m = max;
  while (m-- > 0) {
    const j = s.indexOf(p, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + p.length;
  }
  out.push(s.slice(i));
  return out;
}

function strRsplit(s: string, sep: any, maxsplit: any): string[] {
  const max = maxSplit(maxsplit);
  const p = sepArg(sep);
  if (p === undefined) return rsplitWhitespace(s, max);
  if (max < 0) return s.split(p);
  const out: string[] = [];
  let j = s.length;
  let m = max;
  while (m-- > 0) {
    if (j - p.length < 0) break;
    const pos = s.lastIndexOf(p, j - p.length);
    if (pos < 0) break;
    out.push(s.slice(pos + p.length, j));
    j = pos;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function splitlines(s: string, keepends: any): PyList {
  const keep = keepends === undefined ? false : typeof keepends === 'boolean' ? keepends : intArg(keepends) !== 0;
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  let j = 0;
  while (i < len) {
    while (i < len && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < len) {
      if (s.charCodeAt(i) === 13 && i + 1 < len && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keep) eol = i;
    }
    out.push(s.slice(j, eol));
    j = i;
  }
  return new PyList(out);
}

function partition(s: string, sep: any, right: boolean): PyTuple {
  const p = argStr(sep);
  if (p.length === 0) throw valueErr('empty separator');
  const i = right ? s.lastIndexOf(p) : s.indexOf(p);
  if (i < 0) return new PyTuple(right ? ['', '', s] : [s, '', '']);
  return new PyTuple([s.slice(0, i), p, s.slice(i + p.length)]);
}

export function strReplace(s: string, oldA: any, newA: any, countA: any): string {
  const o = strVal(oldA);
  if (o === undefined) throw typeErr(`replace() argument 1 must be str, not ${typeOf(oldA).name}`);
  const nw = strVal(newA);
  if (nw === undefined) throw typeErr(`replace() argument 2 must be str, not ${typeOf(newA).name}`);
  let count = countA === undefined ? -1 : intArg(countA);
  if (count < 0) {
    if (o.length > 0) return s.indexOf(o) < 0 ? s : s.split(o).join(nw);
    count = Infinity;
  }
  if (count === 0) return s;
  if (o.length === 0) {
    if (nw.length === 0) return s;
    const a = SURROGATE.test(s) ? cpArray(s) : s.split('');
    const k = Math.min(count, a.length + 1);
    let out = '';
    for (let i = 0; i < k; i++) out += nw + (i < a.length ? a[i] : '');
    for (let i = k; i < a.length; i++) out += a[i];
    return out;
  }
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const j = s.indexOf(o, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + o.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

// ---- strip ----

const LEFT = 1;
const RIGHT = 2;

export function strStrip(s: string, chars: any, how: number, name: string): string {
  let i = 0;
  let j = s.length;
  if (chars === undefined || chars === None) {
    if (how & LEFT) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (how & RIGHT) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const cs = strVal(chars);
  if (cs === undefined) throw typeErr(`${name} arg must be None or str`);
  if (SURROGATE.test(cs) || SURROGATE.test(s)) {
    const a = cpArray(s);
    const set = new Set(cpArray(cs));
    let x = 0;
    let y = a.length;
    if (how & LEFT) while (x < y && set.has(a[x])) x++;
    if (how & RIGHT) while (y > x && set.has(a[y - 1])) y--;
    return a.slice(x, y).join('');
  }
  if (cs.length === 1) {
    const c = cs.charCodeAt(0);
    if (how & LEFT) while (i < j && s.charCodeAt(i) === c) i++;
    if (how & RIGHT) while (j > i && s.charCodeAt(j - 1) === c) j--;
  } else {
    if (how & LEFT) while (i < j && cs.indexOf(s[i]) >= 0) i++;
    if (how & RIGHT) while (j > i && cs.indexOf(s[j - 1]) >= 0) j--;
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

export function strJoin(sep: string, it: any): string {
  let a: any[];
  if (it instanceof PyList || it instanceof PyTuple) a = it.a;
  else if (typeof it === 'string') return SURROGATE.test(it) ? cpArray(it).join(sep) : it.split('').join(sep);
  else {
    try {
      a = toArray(it);
    } catch (e) {
      if (e instanceof PyBaseException && e.$cls.isSubtypeOf(TypeError)) throw typeErr('can only join an iterable');
      throw e;
    }
  }
  let copy: any[] | null = null;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x === 'string') continue;
    const v = strVal(x);
    if (v === undefined) throw typeErr(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
    if (copy === null) copy = a.slice();
    copy[i] = v;
  }
  if (a.length === 1 && copy === null) return a[0];
  return (copy ?? a).join(sep);
}

export function installStrSearch(): void {
  const t = strType;
  defFast(t, 'find', (self: any, sub: any, start?: any, end?: any) => findIn(selfStr(self, 'find'), sub, start, end), 2, 4);
  defFast(t, 'rfind', (self: any, sub: any, start?: any, end?: any) => rfindIn(selfStr(self, 'rfind'), sub, start, end), 2, 4);
  defFast(t, 'index', (self: any, sub: any, start?: any, end?: any) => {
    const r = findIn(selfStr(self, 'index'), sub, start, end);
    if (r < 0) throw valueErr('substring not found');
    return r;
  }, 2, 4);
  defFast(t, 'rindex', (self: any, sub: any, start?: any, end?: any) => {
    const r = rfindIn(selfStr(self, 'rindex'), sub, start, end);
    if (r < 0) throw valueErr('substring not found');
    return r;
  }, 2, 4);
  defFast(t, 'count', (self: any, sub: any, start?: any, end?: any) => countIn(selfStr(self, 'count'), sub, start, end), 2, 4);
  defFast(t, 'startswith', (self: any, p: any, start?: any, end?: any) =>
    tailMatch(selfStr(self, 'startswith'), p, start, end, 'startswith', false), 2, 4);
  defFast(t, 'endswith', (self: any, p: any, start?: any, end?: any) =>
    tailMatch(selfStr(self, 'endswith'), p, start, end, 'endswith', true), 2, 4);
  defFast(t, 'split', (self: any, sep?: any, max?: any) => new PyList(strSplit(selfStr(self, 'split'), sep, max)), 1, 3, ['sep', 'maxsplit']);
  defFast(t, 'rsplit', (self: any, sep?: any, max?: any) => new PyList(strRsplit(selfStr(self, 'rsplit'), sep, max)), 1, 3, ['sep', 'maxsplit']);
  defFast(t, 'splitlines', (self: any, keep?: any) => splitlines(selfStr(self, 'splitlines'), keep), 1, 2, ['keepends']);
  defFast(t, 'partition', (self: any, sep: any) => partition(selfStr(self, 'partition'), sep, false), 2, 2);
  defFast(t, 'rpartition', (self: any, sep: any) => partition(selfStr(self, 'rpartition'), sep, true), 2, 2);
  defFast(t, 'replace', (self: any, o: any, n: any, c?: any) => strReplace(selfStr(self, 'replace'), o, n, c), 3, 4);
  defFast(t, 'strip', (self: any, c?: any) => strStrip(selfStr(self, 'strip'), c, LEFT | RIGHT, 'strip'), 1, 2);
  defFast(t, 'lstrip', (self: any, c?: any) => strStrip(selfStr(self, 'lstrip'), c, LEFT, 'lstrip'), 1, 2);
  defFast(t, 'rstrip', (self: any, c?: any) => strStrip(selfStr(self, 'rstrip'), c, RIGHT, 'rstrip'), 1, 2);
  defFast(t, 'removeprefix', (self: any, p: any) => {
    const s = selfStr(self, 'removeprefix');
    const x = strVal(p);
    if (x === undefined) throw typeErr(`removeprefix() argument must be str, not ${typeOf(p).name}`);
    return x.length > 0 && s.startsWith(x) ? s.slice(x.length) : s;
  }, 2, 2);
  defFast(t, 'removesuffix', (self: any, p: any) => {
    const s = selfStr(self, 'removesuffix');
    const x = strVal(p);
    if (x === undefined) throw typeErr(`removesuffix() argument must be str, not ${typeOf(p).name}`);
    return x.length > 0 && s.endsWith(x) ? s.slice(0, s.length - x.length) : s;
  }, 2, 2);
  defFast(t, 'join', (self: any, it: any) => strJoin(selfStr(self, 'join'), it), 2, 2);
}
