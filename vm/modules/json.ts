// The `json` module: dumps/loads byte-identical to CPython's (separators, indent, ensure_ascii, sort_keys,
// default, allow_nan; JSONDecodeError with CPython's messages and positions). The encoder is json-encode.ts
// (output buffer: json-out.ts), the decoder json-decode.ts.
import { None } from '../runtime/object.js';
import { PyList, PyTuple } from '../runtime/types.js';
import { nativeKw, arg, checkKw } from '../runtime/natives.js';
import { typeErr } from '../runtime/exceptions.js';
import { typeOf } from '../runtime/typeof.js';
import { truthy } from '../runtime/operators.js';
import { cm0, cm1 } from '../runtime/attributes.js';
import { encodeJson, type EncodeOpts } from './json-encode.js';
import { JSONDecodeError, decodeError, jsonLoads } from './json-decode.js';
import type { ModuleDef, PyModule } from '../runtime/module.js';

export { JSONDecodeError, jsonLoads };
export { encodeStr } from './json-out.js';

function dumpsImpl(args: any[], kw: Record<string, any> | null): string {
  checkKw('dumps', kw, ['skipkeys', 'ensure_ascii', 'check_circular', 'allow_nan', 'cls', 'indent', 'separators', 'default', 'sort_keys']);
  const obj = arg(args, kw, 0, 'obj');
  const indentArg = kw?.indent ?? None;
  let indent: string | null = null;
  if (indentArg !== None) indent = typeof indentArg === 'string' ? indentArg : ' '.repeat(Math.max(0, Number(indentArg)));
  let itemSep = indent === null ? ', ' : ',';
  let keySep = ': ';
  const sep = kw?.separators ?? None;
  if (sep !== None) {
    const a = (sep as PyTuple).a ?? [];
    itemSep = a[0];
    keySep = a[1];
  }
  const o: EncodeOpts = {
    ensureAscii: kw?.ensure_ascii === undefined ? true : truthy(kw.ensure_ascii),
    allowNan: kw?.allow_nan === undefined ? true : truthy(kw.allow_nan),
    sortKeys: kw?.sort_keys === undefined ? false : truthy(kw.sort_keys),
    skipKeys: kw?.skipkeys === undefined ? false : truthy(kw.skipkeys),
    checkCircular: kw?.check_circular === undefined ? true : truthy(kw.check_circular),
    indent,
    itemSep,
    keySep,
    dflt: kw?.default ?? None,
  };
  return encodeJson(obj, o);
}

function loadsImpl(args: any[], kw: Record<string, any> | null): any {
  checkKw('loads', kw, ['s', 'cls', 'object_hook', 'parse_float', 'parse_int', 'parse_constant', 'object_pairs_hook', 'encoding']);
  let s = arg(args, kw, 0, 's');
  if (typeof s === 'string') {
    if (s.charCodeAt(0) === 0xfeff) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
  } else if (typeof s === 'object' && s.b instanceof Uint8Array) s = new TextDecoder().decode(s.b.subarray(0, s.n ?? s.b.length));
  if (typeof s !== 'string') throw typeErr(`the JSON object must be str, bytes or bytearray, not ${typeOf(s).name}`);
  return jsonLoads(s, {
    objectHook: kw?.object_hook ?? None,
    pairsHook: kw?.object_pairs_hook ?? None,
    parseFloat: kw?.parse_float ?? None,
    parseInt: kw?.parse_int ?? None,
    parseConstant: kw?.parse_constant ?? None,
  });
}

export const jsonModule: ModuleDef = {
  name: 'json',
  init(mod: PyModule) {
    const d = mod.$d!;
    d.dumps = nativeKw('dumps', dumpsImpl);
    d.loads = nativeKw('loads', loadsImpl);
    d.dump = nativeKw('dump', (args, kw) => {
      const [obj, fp] = args;
      const rest = kw ? { ...kw } : null;
      cm1(fp, 'write', dumpsImpl([obj], rest));
      return None;
    });
    d.load = nativeKw('load', (args, kw) => loadsImpl([cm0(args[0], 'read')], kw));
    d.JSONDecodeError = JSONDecodeError;
    d.__all__ = new PyList(['dump', 'dumps', 'load', 'loads', 'JSONDecodeError']);
  },
};
