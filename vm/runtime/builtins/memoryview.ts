// memoryview over bytes/bytearray (format 'B'): indexing, slicing (a view, not a copy), len, tobytes,
// tolist, hex, comparisons; writable over a bytearray. Enough for binary data handling in game code.
import { PyObject, makeBuiltinType, objectType, TypeFlags, None, NotImplemented } from '../object.js';
import { PyBytes, PyByteArray, PyList, PySlice } from '../types.js';
import { defMethod, defStatic } from '../natives.js';
import { typeErr, valueErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { sliceIndices, seqIndex } from '../slices.js';
import { PyGetSet } from '../function.js';

export class PyMemoryView extends PyObject {
  constructor(readonly obj: any, readonly b: Uint8Array, readonly readonly_: boolean) {
    super();
  }
}
export const memoryviewType = makeBuiltinType('memoryview', objectType, PyMemoryView, TypeFlags.None);

function viewOf(x: any): PyMemoryView {
  if (x instanceof PyBytes) return new PyMemoryView(x, x.b, true);
  if (x instanceof PyByteArray) return new PyMemoryView(x, x.b.subarray(0, x.n), false);
  if (x instanceof PyMemoryView) return new PyMemoryView(x.obj, x.b, x.readonly_);
  throw typeErr(`memoryview: a bytes-like object is required, not '${typeOf(x).name}'`);
}

export function installMemoryView(): void {
  const t = memoryviewType;
  defStatic(t, '__new__', (_cls: any, x: any) => viewOf(x));
  defMethod(t, '__len__', (m: PyMemoryView) => m.b.length);
  defMethod(t, '__getitem__', (m: PyMemoryView, k: any) => {
    if (k instanceof PySlice) {
      const r = sliceIndices(k, m.b.length);
      if (r.step !== 1) return new PyMemoryView(m.obj, Uint8Array.from({ length: r.len }, (_, i) => m.b[r.start + i * r.step]), true);
      return new PyMemoryView(m.obj, m.b.subarray(r.start, r.start + r.len), m.readonly_);
    }
    return m.b[seqIndex(k, m.b.length, 'index out of bounds on dimension 1')];
  });
  defMethod(t, '__setitem__', (m: PyMemoryView, k: any, v: any) => {
    if (m.readonly_) throw typeErr('cannot modify read-only memory');
    if (typeof v !== 'number' || v < 0 || v > 255) throw valueErr('memoryview: invalid value for format \'B\'');
    m.b[seqIndex(k, m.b.length, 'index out of bounds on dimension 1')] = v;
    return None;
  });
  defMethod(t, 'tobytes', (m: PyMemoryView) => new PyBytes(m.b.slice()));
  defMethod(t, '__bytes__', (m: PyMemoryView) => new PyBytes(m.b.slice()));
  defMethod(t, 'tolist', (m: PyMemoryView) => new PyList(Array.from(m.b)));
  defMethod(t, 'hex', (m: PyMemoryView) => Array.from(m.b, (x) => x.toString(16).padStart(2, '0')).join(''));
  defMethod(t, 'release', () => None);
  defMethod(t, '__enter__', (m: PyMemoryView) => m);
  defMethod(t, '__exit__', (..._a: any[]) => None, 1, 4);
  defMethod(t, '__eq__', (m: PyMemoryView, o: any) => {
    const b = o instanceof PyMemoryView ? o.b : o instanceof PyBytes ? o.b : o instanceof PyByteArray ? o.b.subarray(0, o.n) : undefined;
    if (b === undefined) return NotImplemented;
    return b.length === m.b.length && b.every((x, i) => x === m.b[i]);
  });
  defMethod(t, '__repr__', (m: PyMemoryView) => `<memory at 0x${(0x7f0000000000 + m.b.byteOffset).toString(16)}>`);
  t.dict.nbytes = new PyGetSet('nbytes', (m: PyMemoryView) => m.b.length);
  t.dict.readonly = new PyGetSet('readonly', (m: PyMemoryView) => m.readonly_);
  t.dict.format = new PyGetSet('format', () => 'B');
  t.dict.itemsize = new PyGetSet('itemsize', () => 1);
  t.dict.obj = new PyGetSet('obj', (m: PyMemoryView) => m.obj);
}
