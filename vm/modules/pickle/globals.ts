// The callables pickles refer to by name that pickle itself provides: copyreg's reconstruction helpers and a
// fallback for `_codecs.encode` (how protocols 0-2 spell bytes objects).
import { PyType, objectType, MISSING } from '../../runtime/object.js';
import { PyBytes, PyTuple, PyDict } from '../../runtime/types.js';
import { PyStaticMethod, PyBuiltin } from '../../runtime/function.js';
import { native, nativeKw, arg } from '../../runtime/natives.js';
import { typeErr, exc, LookupError, UnicodeEncodeError } from '../../runtime/exceptions.js';
import { typeOf } from '../../runtime/typeof.js';
import { call, callSlow } from '../../runtime/call.js';
import { newobj } from '../../runtime/builtins/reduce.js';
import { encodeInto, maxUtf8Len } from './utf8.js';

export { newobj };

function unwrapNew(f: any): any {
  return f instanceof PyStaticMethod ? f.func : f;
}

/** cls.__new__(cls, *args, **kwargs) */
export function callNew(cls: PyType, args: any[], kw: PyDict | null): any {
  const nf = cls.lookup('__new__');
  if (nf === MISSING) throw typeErr(`cannot create '${cls.name}' instances`);
  if (kw === null || kw.s.size === 0) return callSlow(unwrapNew(nf), [cls, ...args], null, null);
  const names: string[] = [];
  const vals: any[] = [];
  for (const [k, v] of kw.s.entries()) {
    if (typeof k !== 'string') throw typeErr('keywords must be strings');
    names.push(k);
    vals.push(v);
  }
  return callSlow(unwrapNew(nf), [cls, ...args], names, vals);
}

function withModule(b: PyBuiltin, module: string, qualname = b.name): PyBuiltin {
  (b as any).module = module;
  b.qualname = qualname;
  return b;
}

/** copyreg.__newobj_ex__(cls, args, kwargs) == cls.__new__(cls, *args, **kwargs) */
export const newobjEx = withModule(
  native('__newobj_ex__', (cls: any, args: any, kwargs: any) => {
    if (!(cls instanceof PyType)) throw typeErr(`__newobj_ex__ requires a class, not '${typeOf(cls).name}'`);
    const a = args instanceof PyTuple ? args.a : [];
    return callNew(cls, a, kwargs instanceof PyDict ? kwargs : null);
  }),
  'copyreg',
);

/** copyreg._reconstructor(cls, base, state): how protocols 0 and 1 rebuild instances of classes. */
export const reconstructor = withModule(
  native('_reconstructor', (cls: any, base: any, state: any) => {
    if (!(cls instanceof PyType) || !(base instanceof PyType)) throw typeErr('_reconstructor() arguments must be classes');
    let obj: any;
    if (base === objectType) obj = callSlow(unwrapNew(objectType.lookup('__new__')), [cls], null, null);
    else {
      obj = callSlow(unwrapNew(base.lookup('__new__')), [cls, state], null, null);
      const init = base.lookup('__init__');
      if (init !== objectType.lookup('__init__')) call(init, [obj, state]);
    }
    return obj;
  }),
  'copyreg',
);

const LATIN1 = new Set(['latin1', 'latin-1', 'latin_1', 'iso-8859-1', 'iso8859-1', 'iso_8859_1', 'l1']);
const UTF8 = new Set(['utf-8', 'utf8', 'utf_8', 'u8']);
const ASCII = new Set(['ascii', 'us-ascii', 'us_ascii', '646']);

/** str -> bytes for the codecs protocols 0-2 use; a fallback when no `_codecs` module exists. */
export function encodeStr(s: string, encoding: string): PyBytes {
  const enc = encoding.toLowerCase();
  if (UTF8.has(enc)) {
    const buf = new Uint8Array(maxUtf8Len(s));
    const n = encodeInto(s, buf, 0);
    return new PyBytes(buf.slice(0, n));
  }
  const limit = LATIN1.has(enc) ? 0x100 : ASCII.has(enc) ? 0x80 : -1;
  if (limit < 0) throw exc(LookupError, `unknown encoding: ${encoding}`);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= limit)
      throw exc(
        UnicodeEncodeError,
        `'${limit === 0x100 ? 'latin-1' : 'ascii'}' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${i}: ordinal not in range(${limit})`,
      );
    out[i] = c;
  }
  return new PyBytes(out);
}

/** `_codecs.encode(obj, encoding='utf-8', errors='strict')` for str objects. */
export const codecsEncode = withModule(
  nativeKw('encode', (args, kw) => {
    const obj = arg(args, kw, 0, 'obj');
    const encoding = arg(args, kw, 1, 'encoding') ?? 'utf-8';
    if (typeof obj !== 'string') throw typeErr(`utf_8_encode() argument 1 must be str, not ${typeOf(obj).name}`);
    if (typeof encoding !== 'string') throw typeErr(`encode() argument 'encoding' must be str, not ${typeOf(encoding).name}`);
    return encodeStr(obj, encoding);
  }),
  '_codecs',
);

/** Globals pickle writes without looking them up, and resolves without importing: "module\nname" -> object. */
export const INTERNAL_GLOBALS = new Map<string, any>([
  ['copyreg\n__newobj__', newobj],
  ['copyreg\n__newobj_ex__', newobjEx],
  ['copyreg\n_reconstructor', reconstructor],
]);
/** Fallbacks used only when importing the module fails. */
export const FALLBACK_GLOBALS = new Map<string, any>([['_codecs\nencode', codecsEncode]]);

/** object -> [module, name] for the objects above, so the pickler needs no import to name them. */
export const KNOWN_NAMES = new Map<any, [string, string]>([
  [newobj, ['copyreg', '__newobj__']],
  [newobjEx, ['copyreg', '__newobj_ex__']],
  [reconstructor, ['copyreg', '_reconstructor']],
  [codecsEncode, ['_codecs', 'encode']],
]);
