// The `sys` module: argv, path, modules, version info, stdout/stderr objects, recursion limit, exit.
import { None, makeBuiltinType, objectType, PyObject, TypeFlags, newAttrBag } from '../runtime/object.js';
import { PyList, PyTuple, tupleType } from '../runtime/types.js';
import { PyGetSet } from '../runtime/function.js';
import { native, defMethod } from '../runtime/natives.js';
import { SystemExit, valueErr, typeErr, PyBaseException } from '../runtime/exceptions.js';
import { state } from '../runtime/state.js';
import { currentExc } from '../runtime/raise.js';
import { typeOf } from '../runtime/typeof.js';
import { PyModule, ModuleDef } from '../runtime/module.js';
import { TracebackInfo } from '../runtime/builtins/exception.js';
import { bagDict } from '../runtime/builtins/object.js';

/** sys.stdout / sys.stderr: text streams writing to the VM's host output. */
export class PyTextStream extends PyObject {
  constructor(readonly writeFn: (s: string) => void, readonly flushFn: () => void, readonly name: string) {
    super();
    this.$d = newAttrBag();
  }
}
export const textStreamType = makeBuiltinType('TextIOWrapper', objectType, PyTextStream, TypeFlags.HasDict);
textStreamType.module = '_io';
defMethod(textStreamType, 'write', (self: PyTextStream, s: any) => {
  if (typeof s !== 'string') throw typeErr(`write() argument must be str, not ${typeOf(s).name}`);
  self.writeFn(s);
  return s.length;
});
defMethod(textStreamType, 'flush', (self: PyTextStream) => {
  self.flushFn();
  return None;
});
defMethod(textStreamType, 'isatty', () => false);
defMethod(textStreamType, 'fileno', (self: PyTextStream) => (self.name === '<stdout>' ? 1 : 2));

const versionInfoType = makeBuiltinType('version_info', tupleType, undefined, TypeFlags.None);
versionInfoType.module = 'sys';
['major', 'minor', 'micro', 'releaselevel', 'serial'].forEach((n, i) => {
  versionInfoType.dict[n] = new PyGetSet(n, (t: PyTuple) => t.a[i]);
});
defMethod(versionInfoType, '__repr__', (t: PyTuple) =>
  `sys.version_info(major=${t.a[0]}, minor=${t.a[1]}, micro=${t.a[2]}, releaselevel='${t.a[3]}', serial=${t.a[4]})`);
function versionInfo(): PyTuple {
  const t = new PyTuple([3, 11, 7, 'final', 0]);
  t.$cls = versionInfoType;
  return t;
}

/** The frame-like object sys._getframe() returns: f_globals, f_locals (the module's), f_lineno. */
class PyModuleFrame extends PyObject {
  constructor(readonly G: Record<string, any>) {
    super();
  }
}
const moduleFrameType = makeBuiltinType('frame', objectType, PyModuleFrame, TypeFlags.None);
moduleFrameType.dict.f_globals = new PyGetSet('f_globals', (f: PyModuleFrame) => bagDict(f.G));
moduleFrameType.dict.f_locals = new PyGetSet('f_locals', (f: PyModuleFrame) => bagDict(f.G));
moduleFrameType.dict.f_lineno = new PyGetSet('f_lineno', () => 0);
moduleFrameType.dict.f_back = new PyGetSet('f_back', () => None);
function frameFor(G: Record<string, any>): PyModuleFrame {
  return new PyModuleFrame(G);
}

export const sysModule: ModuleDef = {
  name: 'sys',
  init(mod: PyModule, vm: any) {
    const d = mod.$d!;
    d.argv = new PyList((vm.options.argv ?? ['']).slice());
    d.path = vm.sysPathList;
    d.modules = vm.sysModules;
    d.version = '3.11.7 (phaser-pkpy)';
    d.version_info = versionInfo();
    d.hexversion = 0x030b07f0;
    d.platform = typeof (globalThis as any).process !== 'undefined' ? 'linux' : 'emscripten';
    d.byteorder = 'little';
    d.maxsize = 9223372036854775807n;
    d.maxunicode = 0x10ffff;
    d.executable = 'pkpy';
    d.implementation = None;
    d.builtin_module_names = new PyTuple(['builtins', 'sys']);
    d.stdout = new PyTextStream((s) => vm.write(s), () => vm.flush(), '<stdout>');
    d.stderr = new PyTextStream((s) => vm.writeErr(s), () => vm.flush(), '<stderr>');
    d.__stdout__ = d.stdout;
    d.__stderr__ = d.stderr;
    d.dont_write_bytecode = true;
    d.getrecursionlimit = native('getrecursionlimit', () => state.limit);
    d.setrecursionlimit = native('setrecursionlimit', (n: any) => {
      if (typeof n !== 'number' || !Number.isInteger(n)) throw typeErr("'float' object cannot be interpreted as an integer");
      if (n < 1) throw valueErr('recursion limit must be greater or equal than 1');
      state.limit = n;
      vm.recursionLimit = n;
      return None;
    });
    d.exit = native('exit', (code: any = None) => {
      throw new PyBaseException(SystemExit, code === None ? [] : [code]);
    }, 0, 1);
    d.exc_info = native('exc_info', () => {
      const e = currentExc();
      return e ? new PyTuple([typeOf(e), e, e.tb.length ? new TracebackInfo(e) : None]) : new PyTuple([None, None, None]);
    });
    d.exception = native('exception', () => currentExc() ?? None);
    // Frames are not materialised; _getframe() gives the running module's globals, which is what
    // library code (namedtuple, enum, typing) uses it for.
    d._getframe = native('_getframe', (_depth: any = 0) => {
      const G = state.G ?? vm.mainGlobals();
      return frameFor(G);
    }, 0, 1);
    d.getsizeof = native('getsizeof', (_o: any) => 64, 1, 2);
    d.intern = native('intern', (s: any) => s);
    d.getdefaultencoding = native('getdefaultencoding', () => 'utf-8');
  },
};
