// Python exceptions: one JS class for every exception instance (its Python type is `$cls`), and the
// CPython 3.11 built-in exception hierarchy. Raising is `throw` of a PyBaseException: no JS Error is built,
// so no JS stack is captured and raising stays cheap.
import { PyObject, PyType, makeBuiltinType, objectType, TypeFlags, None, newAttrBag } from './object.js';
import { PyTuple } from './types.js';

/** One traceback entry: a code object's filename/name and the line being executed. */
export interface TbEntry {
  filename: string;
  name: string;
  line: number;
}

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** Traceback entries, innermost first (the order they were collected in while unwinding). */
  tb: TbEntry[] = [];
  cause: any = None;
  context: any = None;
  suppressContext = false;
  constructor(cls: PyType, args: any[]) {
    super();
    this.$cls = cls;
    this.$d = newAttrBag();
    this.args = new PyTuple(args);
  }
}

export const baseExceptionType = makeBuiltinType('BaseException', objectType, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);

/** All built-in exception types by name, for the builtins module. */
export const exceptionTypes: Record<string, PyType> = { BaseException: baseExceptionType };

function def(name: string, base: PyType): PyType {
  const t = makeBuiltinType(name, base, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
  exceptionTypes[name] = t;
  return t;
}

export const SystemExit = def('SystemExit', baseExceptionType);
export const KeyboardInterrupt = def('KeyboardInterrupt', baseExceptionType);
export const GeneratorExit = def('GeneratorExit', baseExceptionType);
export const Exception = def('Exception', baseExceptionType);
export const StopIteration = def('StopIteration', Exception);
export const StopAsyncIteration = def('StopAsyncIteration', Exception);
export const ArithmeticError = def('ArithmeticError', Exception);
export const FloatingPointError = def('FloatingPointError', ArithmeticError);
export const OverflowError = def('OverflowError', ArithmeticError);
export const ZeroDivisionError = def('ZeroDivisionError', ArithmeticError);
export const AssertionError = def('AssertionError', Exception);
export const AttributeError = def('AttributeError', Exception);
export const BufferError = def('BufferError', Exception);
export const EOFError = def('EOFError', Exception);
export const ImportError = def('ImportError', Exception);
export const ModuleNotFoundError = def('ModuleNotFoundError', ImportError);
export const LookupError = def('LookupError', Exception);
export const IndexError = def('IndexError', LookupError);
export const KeyError = def('KeyError', LookupError);
export const MemoryError = def('MemoryError', Exception);
export const NameError = def('NameError', Exception);
export const UnboundLocalError = def('UnboundLocalError', NameError);
export const OSError = def('OSError', Exception);
exceptionTypes.IOError = OSError;
exceptionTypes.EnvironmentError = OSError;
export const FileNotFoundError = def('FileNotFoundError', OSError);
export const FileExistsError = def('FileExistsError', OSError);
export const IsADirectoryError = def('IsADirectoryError', OSError);
export const NotADirectoryError = def('NotADirectoryError', OSError);
export const PermissionError = def('PermissionError', OSError);
export const TimeoutError = def('TimeoutError', OSError);
export const InterruptedError = def('InterruptedError', OSError);
export const ConnectionError = def('ConnectionError', OSError);
export const BlockingIOError = def('BlockingIOError', OSError);
export const ChildProcessError = def('ChildProcessError', OSError);
export const ProcessLookupError = def('ProcessLookupError', OSError);
export const ReferenceError = def('ReferenceError', Exception);
export const RuntimeError = def('RuntimeError', Exception);
export const NotImplementedError = def('NotImplementedError', RuntimeError);
export const RecursionError = def('RecursionError', RuntimeError);
export const SyntaxError = def('SyntaxError', Exception);
export const IndentationError = def('IndentationError', SyntaxError);
export const TabError = def('TabError', IndentationError);
export const SystemError = def('SystemError', Exception);
export const TypeError = def('TypeError', Exception);
export const ValueError = def('ValueError', Exception);
export const UnicodeError = def('UnicodeError', ValueError);
export const UnicodeDecodeError = def('UnicodeDecodeError', UnicodeError);
export const UnicodeEncodeError = def('UnicodeEncodeError', UnicodeError);
export const UnicodeTranslateError = def('UnicodeTranslateError', UnicodeError);
export const Warning = def('Warning', Exception);
export const DeprecationWarning = def('DeprecationWarning', Warning);
export const PendingDeprecationWarning = def('PendingDeprecationWarning', Warning);
export const RuntimeWarning = def('RuntimeWarning', Warning);
export const SyntaxWarning = def('SyntaxWarning', Warning);
export const UserWarning = def('UserWarning', Warning);
export const FutureWarning = def('FutureWarning', Warning);
export const ImportWarning = def('ImportWarning', Warning);
export const UnicodeWarning = def('UnicodeWarning', Warning);
export const BytesWarning = def('BytesWarning', Warning);
export const ResourceWarning = def('ResourceWarning', Warning);
export const EncodingWarning = def('EncodingWarning', Warning);

/** Builds an exception instance of a built-in type with a message. */
export function exc(t: PyType, msg?: string): PyBaseException {
  return new PyBaseException(t, msg === undefined ? [] : [msg]);
}

export const typeErr = (msg: string) => exc(TypeError, msg);
export const valueErr = (msg: string) => exc(ValueError, msg);
export const indexErr = (msg: string) => exc(IndexError, msg);
export const attrErr = (msg: string) => exc(AttributeError, msg);
export const overflowErr = (msg: string) => exc(OverflowError, msg);
export const zeroDivErr = (msg: string) => exc(ZeroDivisionError, msg);
export const runtimeErr = (msg: string) => exc(RuntimeError, msg);
export const nameErr = (name: string) => {
  const e = exc(NameError, `name '${name}' is not defined`);
  e.$d!.name = name;
  return e;
};
export function keyErr(key: any): PyBaseException {
  return new PyBaseException(KeyError, [key]);
}
export function stopIteration(value: any = undefined): PyBaseException {
  return new PyBaseException(StopIteration, value === undefined ? [] : [value]);
}

export function isExcType(t: any): t is PyType {
  return t instanceof PyType && t.isSubtypeOf(baseExceptionType);
}
