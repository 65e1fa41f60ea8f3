// A small native `copyreg`: the names pickles refer to (__newobj__, __newobj_ex__, _reconstructor), the
// dispatch_table the pickler consults, and the helpers CPython's copyreg exposes for reduction functions.
import { None, PyType } from '../../runtime/object.js';
import { PyDict, PyList, PyTuple, complexType, PyComplex } from '../../runtime/types.js';
import { native } from '../../runtime/natives.js';
import { typeErr, valueErr } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { MISSING, mkFloat } from '../../runtime/object.js';
import type { ModuleDef, PyModule } from '../../runtime/module.js';
import { newobj, newobjEx, reconstructor } from './globals.js';
import { copyregReduceEx, slotNames } from './reduce.js';

function isCallable(f: any): boolean {
  if (typeof f !== 'object') return false;
  return f instanceof PyType || typeOf(f).lookup('__call__') !== MISSING;
}

function mod(b: any, name: string): any {
  b.module = 'copyreg';
  b.qualname = name;
  return b;
}

export const copyregModule: ModuleDef = {
  name: 'copyreg',
  init(m: PyModule) {
    const d = m.$d!;
    d.__doc__ = 'Helper to provide extensibility for pickle.\n\nThis is only useful to add pickle support for extension types defined in\nC, not for instances of user-defined classes.\n';
    const dispatch = new PyDict();
    const pickleComplex = mod(
      native('pickle_complex', (c: any) => {
        if (!(c instanceof PyComplex)) throw typeErr('pickle_complex() argument must be complex');
        return new PyTuple([complexType, new PyTuple([mkFloat(c.re), mkFloat(c.im)])]);
      }),
      'pickle_complex',
    );
    dispatch.s.set(complexType, pickleComplex);
    d.dispatch_table = dispatch;
    d.pickle_complex = pickleComplex;
    d.constructor = mod(
      native('constructor', (f: any) => {
        if (!isCallable(f)) throw typeErr('constructors must be callable');
        return None;
      }),
      'constructor',
    );
    d.pickle = mod(
      native(
        'pickle',
        (t: any, f: any, ctor: any = None) => {
          if (!isCallable(f)) throw typeErr('reduction functions must be callable');
          dispatch.s.set(t, f);
          if (ctor !== None && !isCallable(ctor)) throw typeErr('constructors must be callable');
          return None;
        },
        2,
        3,
      ),
      'pickle',
    );
    d.__newobj__ = newobj;
    d.__newobj_ex__ = newobjEx;
    d._reconstructor = reconstructor;
    d._reduce_ex = mod(
      native('_reduce_ex', (self: any, proto: any) => copyregReduceEx(self, typeof proto === 'number' ? proto : 0)),
      '_reduce_ex',
    );
    d._slotnames = mod(
      native('_slotnames', (cls: any) => {
        if (!(cls instanceof PyType)) throw typeErr('_slotnames() argument must be a class');
        return new PyList(slotNames(cls).slice());
      }),
      '_slotnames',
    );
    d._extension_registry = new PyDict();
    d._inverted_registry = new PyDict();
    d._extension_cache = new PyDict();
    d.add_extension = mod(
      native('add_extension', (_m: any, _n: any, _code: any) => {
        throw valueErr('extension codes are not supported');
      }),
      'add_extension',
    );
    d.remove_extension = mod(
      native('remove_extension', (_m: any, _n: any, _code: any) => {
        throw valueErr('extension codes are not supported');
      }),
      'remove_extension',
    );
    d.clear_extension_cache = mod(native('clear_extension_cache', () => None), 'clear_extension_cache');
    d.__all__ = new PyList(['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']);
  },
};
