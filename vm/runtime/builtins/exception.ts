// BaseException and its subclasses' attributes: args, str/repr, cause/context, and the extra fields some
// exceptions carry (KeyError's repr, StopIteration.value, OSError.errno, SyntaxError's position...).
import { PyType, None, TypeFlags } from '../object.js';
import { PyTuple, PyList } from '../types.js';
import { PyGetSet } from '../function.js';
import { defMethod, defMethodKw, defStatic } from '../natives.js';
import {
  PyBaseException,
  baseExceptionType,
  exceptionTypes,
  typeErr,
  KeyError,
  StopIteration,
  OSError,
  SyntaxError,
  SystemExit,
  ImportError,
  NameError,
  AttributeError,
  UnicodeDecodeError,
} from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { repr, str } from '../convert.js';
import { toArray } from '../iteration.js';

function gs(t: PyType, name: string, get: (o: any) => any, set?: (o: any, v: any) => void): void {
  t.dict[name] = new PyGetSet(name, get, set);
}
/** An attribute kept in the exception's bag, None by default. */
function bagAttr(t: PyType, name: string, dflt: (o: PyBaseException) => any = () => None): void {
  gs(t, name, (o) => (o.$d[name] !== undefined ? o.$d[name] : dflt(o)), (o, v) => (o.$d[name] = v));
}

export function installException(): void {
  const b = baseExceptionType;
  defStatic(b, '__new__', (cls: PyType, ...args: any[]) => {
    const e = new PyBaseException(cls, args);
    return e;
  }, 1, Infinity);
  (b.dict.__new__ as any).func.gen = (args: any[]) => new PyBaseException(args[0], args.slice(1));
  defMethodKw(b, '__init__', (args, kw) => {
    const self = args[0] as PyBaseException;
    if (kw !== null && Object.keys(kw).length && typeOf(self).lookup('__init__') === b.dict.__init__)
      throw typeErr(`${typeOf(self).name}() takes no keyword arguments`);
    self.args = new PyTuple(args.slice(1));
    return None;
  });
  defMethod(b, '__str__', (self: PyBaseException) => {
    const a = self.args.a;
    return a.length === 0 ? '' : a.length === 1 ? str(a[0]) : repr(self.args);
  });
  defMethod(b, '__repr__', (self: PyBaseException) => {
    const a = self.args.a;
    const name = typeOf(self).name;
    return a.length === 1 ? `${name}(${repr(a[0])})` : `${name}${repr(self.args)}`;
  });
  defMethod(b, 'with_traceback', (self: PyBaseException, _tb: any) => self);
  defMethod(b, 'add_note', (self: PyBaseException, note: any) => {
    if (typeof note !== 'string') throw typeErr(`note must be a str, not '${typeOf(note).name}'`);
    let notes = self.$d!.__notes__;
    if (notes === undefined) notes = self.$d!.__notes__ = new PyList([]);
    notes.a.push(note);
    return None;
  });
  defMethod(b, '__reduce__', (self: PyBaseException) => {
    const bag = self.$d!;
    const state: any = Object.keys(bag).length ? bagDictOf(bag) : None;
    return new PyTuple(state === None ? [typeOf(self), self.args] : [typeOf(self), self.args, state]);
  });
  defMethod(b, '__setstate__', (self: PyBaseException, st: any) => {
    if (st !== None) for (const [k, v] of st.s.entries()) self.$d![k] = v;
    return None;
  });
  gs(b, 'args', (o: PyBaseException) => o.args, (o: PyBaseException, v) => (o.args = new PyTuple(toArray(v))));
  gs(b, '__cause__', (o: PyBaseException) => o.cause, (o: PyBaseException, v) => {
    if (v !== None && !(v instanceof PyBaseException)) throw typeErr('exception cause must be None or derive from BaseException');
    o.cause = v;
    o.suppressContext = true;
  });
  gs(b, '__context__', (o: PyBaseException) => o.context, (o: PyBaseException, v) => (o.context = v));
  gs(b, '__suppress_context__', (o: PyBaseException) => o.suppressContext, (o: PyBaseException, v) => (o.suppressContext = !!v));
  gs(b, '__traceback__', (o: any) => {
    if (!o.tb.length) return None;
    // the same traceback object each time while the traceback doesn't grow
    if (o.$tbObj === undefined || o.$tbLen !== o.tb.length) {
      o.$tbObj = new TracebackInfo(o);
      o.$tbLen = o.tb.length;
    }
    return o.$tbObj;
  }, (o: any, v: any) => {
    if (v === None) o.tb = [];
  });
  gs(b, '__dict__', (o: PyBaseException) => bagDictOf(o.$d!));

  defMethod(KeyError, '__str__', (self: PyBaseException) => {
    const a = self.args.a;
    return a.length === 1 ? repr(a[0]) : a.length === 0 ? '' : repr(self.args);
  });
  gs(StopIteration, 'value', (o: PyBaseException) => (o.$d!.value !== undefined ? o.$d!.value : o.args.a.length ? o.args.a[0] : None), (o, v) => (o.$d.value = v));
  gs(SystemExit, 'code', (o: PyBaseException) => (o.args.a.length === 0 ? None : o.args.a.length === 1 ? o.args.a[0] : o.args));
  // OSError(errno, ...) picks the subclass for well-known errno values, as CPython does
  const errnoMap: Record<number, string> = { 2: 'FileNotFoundError', 17: 'FileExistsError', 21: 'IsADirectoryError', 20: 'NotADirectoryError', 13: 'PermissionError', 1: 'PermissionError', 110: 'TimeoutError', 4: 'InterruptedError', 11: 'BlockingIOError', 10: 'ChildProcessError', 3: 'ProcessLookupError', 32: 'BrokenPipeError', 111: 'ConnectionRefusedError', 104: 'ConnectionResetError', 103: 'ConnectionAbortedError' };
  defStatic(OSError, '__new__', (cls: PyType, ...args: any[]) => {
    let t = cls;
    if (cls === OSError && args.length >= 2 && typeof args[0] === 'number') {
      const name = errnoMap[args[0]];
      if (name && exceptionTypes[name]) t = exceptionTypes[name];
    }
    return new PyBaseException(t, args);
  }, 1, Infinity);
  (OSError.dict.__new__ as any).func.gen = (args: any[]) => (OSError.dict.__new__ as any).func.$fn(...args);
  for (const n of ['errno', 'strerror', 'filename', 'filename2']) bagAttr(OSError, n, (o) => (n === 'errno' && o.args.a.length >= 2 ? o.args.a[0] : n === 'strerror' && o.args.a.length >= 2 ? o.args.a[1] : None));
  defMethod(OSError, '__str__', (self: PyBaseException) => {
    const a = self.args.a;
    const fn = self.$d!.filename;
    if (a.length >= 2 && fn !== undefined && fn !== None) return `[Errno ${str(a[0])}] ${str(a[1])}: ${repr(fn)}`;
    if (a.length >= 2) return `[Errno ${str(a[0])}] ${str(a[1])}`;
    return a.length === 0 ? '' : a.length === 1 ? str(a[0]) : repr(self.args);
  });
  for (const n of ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'])
    bagAttr(SyntaxError, n, (o) => (n === 'msg' && o.args.a.length ? o.args.a[0] : None));
  defMethod(SyntaxError, '__str__', (self: PyBaseException) => {
    const d = self.$d!;
    const msg = d.msg !== undefined ? str(d.msg) : self.args.a.length ? str(self.args.a[0]) : '';
    const file = d.filename;
    const line = d.lineno;
    if (file !== undefined && file !== None && line !== undefined && line !== None) return `${msg} (${basename(str(file))}, line ${str(line)})`;
    if (line !== undefined && line !== None) return `${msg} (line ${str(line)})`;
    return msg;
  });
  defMethodKw(ImportError, '__init__', (args, kw) => {
    const self = args[0] as PyBaseException;
    self.args = new PyTuple(args.slice(1));
    self.$d!.name = kw?.name ?? None;
    self.$d!.path = kw?.path ?? None;
    self.$d!.msg = args.length > 1 ? args[1] : None;
    return None;
  });
  bagAttr(ImportError, 'name');
  bagAttr(ImportError, 'path');
  bagAttr(ImportError, 'msg', (o) => (o.args.a.length ? o.args.a[0] : None));
  for (const [t, keys] of [
    [NameError, ['name']],
    [AttributeError, ['name', 'obj']],
  ] as const)
    defMethodKw(t, '__init__', (args, kw) => {
      const self = args[0] as PyBaseException;
      if (kw !== null) for (const k of Object.keys(kw)) if (!(keys as readonly string[]).includes(k)) throw typeErr(`${t.name}() got an unexpected keyword argument '${k}'`);
      self.args = new PyTuple(args.slice(1));
      for (const k of keys) self.$d![k] = kw?.[k] ?? None;
      return None;
    });
  bagAttr(NameError, 'name');
  bagAttr(AttributeError, 'name');
  bagAttr(AttributeError, 'obj');
  for (const n of ['encoding', 'object', 'start', 'end', 'reason'])
    bagAttr(UnicodeDecodeError, n, (o) => o.args.a[['encoding', 'object', 'start', 'end', 'reason'].indexOf(n)] ?? None);

}

function basename(p: string): string {
  return p;
}

import { PyDict } from '../types.js';
import { BagStore } from '../bag-store.js';
function bagDictOf(bag: any): PyDict {
  return new PyDict(
    new BagStore(bag, () => {
      throw typeErr('attribute name must be string');
    }),
  );
}

/** A minimal traceback object: tb_lineno, tb_next, tb_frame (f_code.co_name/co_filename, f_lineno). */
import { PyObject, makeBuiltinType, objectType } from '../object.js';
import { PyCode } from './function.js';
import type { TbEntry } from '../exceptions.js';
export class TracebackInfo extends PyObject {
  constructor(readonly exc: PyBaseException, readonly index = 0) {
    super();
  }
}
export const tracebackType = makeBuiltinType('traceback', objectType, TracebackInfo, TypeFlags.None);

/** What a traceback entry keeps of its frame: the code's name and file and the line (no locals or globals). */
export class TracebackFrame extends PyObject {
  constructor(readonly entry: TbEntry) {
    super();
  }
}
export const frameType = makeBuiltinType('frame', objectType, TracebackFrame, TypeFlags.None);

export function installTraceback(): void {
  // entries are innermost-first; tb objects go outermost-first
  const entry = (t: TracebackInfo) => t.exc.tb[t.exc.tb.length - 1 - t.index];
  tracebackType.dict.tb_lineno = new PyGetSet('tb_lineno', (t: TracebackInfo) => entry(t).line);
  tracebackType.dict.tb_next = new PyGetSet('tb_next', (t: TracebackInfo) =>
    t.index + 1 < t.exc.tb.length ? new TracebackInfo(t.exc, t.index + 1) : None,
  );
  tracebackType.dict.tb_frame = new PyGetSet('tb_frame', (t: TracebackInfo) => new TracebackFrame(entry(t)));
  frameType.dict.f_lineno = new PyGetSet('f_lineno', (f: TracebackFrame) => f.entry.line);
  frameType.dict.f_back = new PyGetSet('f_back', () => None);
  // a code object as function.__code__ shows it (PyCode reads only `.code`), described by the entry alone
  frameType.dict.f_code = new PyGetSet('f_code', (f: TracebackFrame) => {
    const { name, filename, line } = f.entry;
    const info = { name, qualname: name, filename, firstlineno: line, params: [], posonly: 0, kwonly: [], varargs: null, varkw: null, generator: false, varnames: [], freevars: [] };
    return new PyCode({ code: info } as any);
  });
}
