// The `builtins` module of one VM: the built-in types and exceptions, the VM-independent functions, and the
// ones that need the VM (print, input, open, exec, eval, compile, __import__).
import { None, Ellipsis, NotImplemented, objectType, typeType, AttrBag } from '../../runtime/object.js';
import {
  intType,
  boolType,
  floatType,
  complexType,
  strType,
  bytesType,
  bytearrayType,
  listType,
  tupleType,
  dictType,
  setType,
  frozensetType,
  rangeType,
  sliceType,
  PyDict,
  PyBytes,
  PyTuple,
} from '../../runtime/types.js';
import { staticmethodType, classmethodType, propertyType, superType, PyBuiltin } from '../../runtime/function.js';
import { exceptionTypes, typeErr, valueErr, exc, EOFError, PyBaseException } from '../../runtime/exceptions.js';
import { native, nativeKw, arg, checkKw } from '../../runtime/natives.js';
import { PyModule } from '../../runtime/module.js';
import { str } from '../../runtime/convert.js';
import { cm0, cm1 } from '../../runtime/attributes.js';
import { builtinFunctions } from './functions.js';
import { enumerateType, zipType, mapType, filterType, reversedType, installIterTypes } from './iter-types.js';
import { typeOf } from '../../runtime/typeof.js';
import { importModule, resolveName } from '../../runtime/imports.js';
import { openFile } from './open.js';
import { BUILTIN_DOCS } from './docs.js';
import { memoryviewType } from '../../runtime/builtins/memoryview.js';
import { makeBuiltinType, PyObject, TypeFlags } from '../../runtime/object.js';
import { PyGetSet } from '../../runtime/function.js';

let iterTypesInstalled = false;

/** A compiled code object as compile() returns it. */
export class PyCodeObject extends PyObject {
  constructor(readonly $code: any) {
    super();
  }
}
const compiledCodeType = makeBuiltinType('code', objectType, PyCodeObject, TypeFlags.None);
compiledCodeType.dict.co_filename = new PyGetSet('co_filename', (c: PyCodeObject) => c.$code.filename);
compiledCodeType.dict.co_name = new PyGetSet('co_name', () => '<module>');

export function builtinsModule(vm: any): PyModule {
  if (!iterTypesInstalled) {
    installIterTypes();
    iterTypesInstalled = true;
  }
  const mod = new PyModule('builtins');
  const B: AttrBag = mod.$d!;
  const types = {
    object: objectType,
    type: typeType,
    int: intType,
    bool: boolType,
    float: floatType,
    complex: complexType,
    str: strType,
    bytes: bytesType,
    bytearray: bytearrayType,
    list: listType,
    tuple: tupleType,
    dict: dictType,
    set: setType,
    frozenset: frozensetType,
    range: rangeType,
    slice: sliceType,
    staticmethod: staticmethodType,
    classmethod: classmethodType,
    property: propertyType,
    super: superType,
    enumerate: enumerateType,
    zip: zipType,
    map: mapType,
    filter: filterType,
    reversed: reversedType,
    memoryview: memoryviewType,
  };
  Object.assign(B, types, exceptionTypes, builtinFunctions());
  B.None = None;
  B.Ellipsis = Ellipsis;
  B.NotImplemented = NotImplemented;
  B.True = true;
  B.False = false;
  B.__debug__ = true;
  B.__name__ = 'builtins';

  const sys = () => vm.sysModules.s.get('sys');
  B.print = nativeKw('print', (args, kw) => {
    checkKw('print', kw, ['sep', 'end', 'file', 'flush']);
    let sep = kw?.sep ?? None;
    let end = kw?.end ?? None;
    const file = kw?.file ?? None;
    if (sep === None) sep = ' ';
    else if (typeof sep !== 'string') throw typeErr(`sep must be None or a string, not ${typeOf(sep).name}`);
    if (end === None) end = '\n';
    else if (typeof end !== 'string') throw typeErr(`end must be None or a string, not ${typeOf(end).name}`);
    const target = file === None ? sys()?.$d.stdout : file;
    if (target === undefined || target === None) return None;
    if (target.writeFn !== undefined && target === sys()?.$d.__stdout__) {
      let text = '';
      for (let i = 0; i < args.length; i++) {
        if (i) text += sep;
        const a = args[i];
        text += typeof a === 'string' ? a : str(a);
      }
      vm.write(text + end);
    } else {
      // like CPython: one write() per argument, separator and end
      for (let i = 0; i < args.length; i++) {
        if (i) cm1(target, 'write', sep);
        const a = args[i];
        cm1(target, 'write', typeof a === 'string' ? a : str(a));
      }
      cm1(target, 'write', end);
    }
    if (kw?.flush !== undefined && kw.flush !== false && kw.flush !== None) {
      if (file === None) vm.flush();
      else cm0(target, 'flush');
    }
    return None;
  });
  B.input = native('input', (prompt: any = '') => {
    if (prompt !== '') vm.write(str(prompt));
    vm.flush();
    const line = vm.options.readline ? vm.options.readline() : null;
    if (line === null || line === undefined) throw exc(EOFError, 'EOF when reading a line');
    return line.replace(/\r?\n$/, '');
  }, 0, 1);
  B.open = nativeKw('open', (args, kw) => openFile(vm, args, kw));
  for (const name of ['exit', 'quit'])
    B[name] = native(name, (code: any = None) => {
      throw new PyBaseException(exceptionTypes.SystemExit, code === None ? [] : [code]);
    }, 0, 1);
  const evalLike = (mode: 'eval' | 'exec') =>
    nativeKw(mode, (args, kw) => {
      checkKw(mode, kw, ['globals', 'locals']);
      const src = arg(args, kw, 0, 'source');
      let g = arg(args, kw, 1, 'globals');
      const l = arg(args, kw, 2, 'locals');
      if (g === undefined || g === None) g = vm.mainGlobals();
      else if (!(g instanceof PyDict)) throw typeErr(`${mode}() globals must be a dict, not ${typeOf(g).name}`);
      const text = src instanceof PyBytes ? new TextDecoder().decode(src.b) : src;
      const r = vm.evalSource(text, g, l === undefined || l === None ? null : l, mode);
      return mode === 'eval' ? r : None;
    });
  B.eval = evalLike('eval');
  B.exec = evalLike('exec');
  B.compile = nativeKw('compile', (args, kw) => {
    const src = arg(args, kw, 0, 'source');
    const filename = arg(args, kw, 1, 'filename');
    const mode = arg(args, kw, 2, 'mode');
    if (!['exec', 'eval', 'single'].includes(mode)) throw valueErr("compile() mode must be 'exec', 'eval' or 'single'");
    const text = src instanceof PyBytes ? new TextDecoder().decode(src.b) : src;
    if (typeof text !== 'string') throw typeErr('compile() arg 1 must be a string, bytes or AST object');
    return new PyCodeObject(vm.compile(text, str(filename), mode));
  });
  B.globals = native('globals', () => {
    throw typeErr('globals() is only available when called directly');
  });
  B.locals = native('locals', () => {
    throw typeErr('locals() is only available when called directly');
  });
  B.__import__ = nativeKw('__import__', (args, kw) => {
    const name = arg(args, kw, 0, 'name');
    const g = arg(args, kw, 1, 'globals');
    const fromlist = arg(args, kw, 3, 'fromlist');
    const level = arg(args, kw, 4, 'level') ?? 0;
    const gbag = g instanceof PyDict ? vm.bagForDict(g) : {};
    const full = resolveName(name, level, gbag);
    const m = importModule(vm, full);
    if (fromlist !== undefined && fromlist !== None && (fromlist as PyTuple).a?.length) return m;
    return importModule(vm, full.split('.')[0]);
  });
  for (const [name, doc] of Object.entries(BUILTIN_DOCS)) if (B[name] instanceof PyBuiltin) B[name].doc = doc;
  return mod;
}
