// mappingproxy: the read-only view a class's `__dict__` returns.
import { PyObject, makeBuiltinType, objectType, TypeFlags, None, NotImplemented } from '../object.js';
import { PyDict } from '../types.js';
import { defMethod, defStatic } from '../natives.js';
import { typeErr } from '../exceptions.js';
import { repr, str } from '../convert.js';
import { iter } from '../iteration.js';
import { eqB } from '../operators.js';
import { getitem } from '../items.js';
import { cm0 } from '../attributes.js';

export class PyMappingProxy extends PyObject {
  constructor(readonly d: PyDict) {
    super();
  }
}
export const mappingProxyType = makeBuiltinType('mappingproxy', objectType, PyMappingProxy, TypeFlags.None);

export function installMappingProxy(): void {
  const t = mappingProxyType;
  defStatic(t, '__new__', (_cls: any, m: any) => {
    if (!(m instanceof PyDict)) throw typeErr(`mappingproxy() argument must be a mapping, not ${m?.$cls?.name ?? typeof m}`);
    return new PyMappingProxy(m);
  });
  defMethod(t, '__getitem__', (s: PyMappingProxy, k: any) => getitem(s.d, k));
  defMethod(t, 'get', (s: PyMappingProxy, k: any, d: any = None) => {
    const v = s.d.s.get(k);
    return v === undefined ? d : v;
  }, 2, 3);
  defMethod(t, '__contains__', (s: PyMappingProxy, k: any) => s.d.s.has(k));
  defMethod(t, '__iter__', (s: PyMappingProxy) => iter(s.d));
  defMethod(t, '__len__', (s: PyMappingProxy) => s.d.s.size);
  defMethod(t, 'keys', (s: PyMappingProxy) => cm0(s.d, 'keys'));
  defMethod(t, 'values', (s: PyMappingProxy) => cm0(s.d, 'values'));
  defMethod(t, 'items', (s: PyMappingProxy) => cm0(s.d, 'items'));
  defMethod(t, 'copy', (s: PyMappingProxy) => cm0(s.d, 'copy'));
  defMethod(t, '__repr__', (s: PyMappingProxy) => `mappingproxy(${repr(s.d)})`);
  defMethod(t, '__str__', (s: PyMappingProxy) => str(s.d));
  defMethod(t, '__eq__', (s: PyMappingProxy, o: any) => (o instanceof PyMappingProxy ? eqB(s.d, o.d) : o instanceof PyDict ? eqB(s.d, o) : NotImplemented));
}
