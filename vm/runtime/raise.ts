// Raising and catching: turning any thrown JS value into a Python exception, collecting traceback entries
// as exceptions unwind through compiled functions, except-clause matching, and __context__/__cause__.
import { PyType, None } from './object.js';
import { PyTuple } from './types.js';
import {
  PyBaseException,
  baseExceptionType,
  exc,
  typeErr,
  RecursionError,
  MemoryError,
  SystemError,
  RuntimeError,
  AssertionError,
  SyntaxError,
  IndentationError,
  TabError,
  TbEntry,
} from './exceptions.js';
import { typeOf } from './typeof.js';
import { callSlow } from './call.js';
import { state, BUDGET } from './state.js';
import type { CodeInfo } from './function.js';
import { CompileError } from '../compiler/errors.js';

/** The traceback entry a frame added when its except clause caught the exception (avoids adding it twice). */
const pendingFrame = new WeakMap<PyBaseException, CodeInfo>();

export function compileErrorToPy(e: CompileError): PyBaseException {
  const t = e.kind === 'IndentationError' ? IndentationError : e.kind === 'TabError' ? TabError : SyntaxError;
  const x = new PyBaseException(t, [e.msg, new PyTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.end_lineno ?? None, e.end_offset ?? None])]);
  const d = x.$d!;
  d.msg = e.msg;
  d.filename = e.filename;
  d.lineno = e.lineno;
  d.offset = e.offset;
  d.text = e.text ?? None;
  d.end_lineno = e.end_lineno ?? None;
  d.end_offset = e.end_offset ?? None;
  return x;
}

/** Any thrown JS value as a Python exception. */
export function toPyExc(e: any): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof CompileError) return compileErrorToPy(e);
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return exc(RecursionError, 'maximum recursion depth exceeded');
  if (e instanceof RangeError && /Invalid (string|array|typed array) length|allocation failed|out of memory/i.test(e.message))
    return exc(MemoryError);
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const x = exc(SystemError, `internal error: ${msg}`);
  (x as any).jsError = e;
  return x;
}

/** Called by a compiled function's outer catch: records this frame and rethrows a Python exception. */
export function tb(e: any, code: CodeInfo, line: number): PyBaseException {
  const x = toPyExc(e);
  if (pendingFrame.get(x) === code) {
    pendingFrame.delete(x);
    return x;
  }
  pendingFrame.delete(x);
  x.tb.push({ filename: code.filename, name: code.name, line });
  return x;
}

/** Called by an except/with clause's catch: records the frame once, as CPython's traceback includes it. */
export function caught(e: any, code: CodeInfo, line: number): PyBaseException {
  const x = toPyExc(e);
  if (pendingFrame.get(x) !== code) {
    x.tb.push({ filename: code.filename, name: code.name, line });
    pendingFrame.set(x, code);
  }
  return x;
}

export function isExcClass(t: any): boolean {
  return t instanceof PyType && t.isSubtypeOf(baseExceptionType);
}

/** `except T:` matching; T may be a tuple of classes. */
export function excMatch(e: PyBaseException, t: any): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtypeOf(baseExceptionType)) throw typeErr('catching classes that do not inherit from BaseException is not allowed');
    return e.$cls.isSubtypeOf(t);
  }
  if (t instanceof PyTuple) {
    for (const x of t.a) if (excMatch(e, x)) return true;
    return false;
  }
  throw typeErr('catching classes that do not inherit from BaseException is not allowed');
}

export function excPush(e: PyBaseException): number {
  const n = state.excStack.length;
  state.excStack.push(e);
  return n;
}
export function excPop(saved: number): void {
  state.excStack.length = saved;
}
export function currentExc(): PyBaseException | undefined {
  const s = state.excStack;
  return s.length ? s[s.length - 1] : undefined;
}

/** Bare `raise`. */
export function reraise(): PyBaseException {
  const e = currentExc();
  if (e === undefined) return exc(RuntimeError, 'No active exception to reraise');
  pendingFrame.delete(e);
  return e;
}

function instantiate(x: any): PyBaseException {
  if (x instanceof PyBaseException) return x;
  if (isExcClass(x)) {
    const e = callSlow(x, [], null, null);
    if (!(e instanceof PyBaseException))
      return typeErr(`calling ${repr(x)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    return e;
  }
  return typeErr('exceptions must derive from BaseException');
}
function repr(x: any): string {
  return x instanceof PyType ? `<class '${x.name}'>` : String(x);
}

/** `raise x` / `raise x from cause`. */
export function raise(x: any, cause?: any): PyBaseException {
  const e = instantiate(x);
  if (cause !== undefined) {
    if (cause === None) e.cause = None;
    else {
      const c = instantiate(cause);
      if (!(cause instanceof PyBaseException) && !isExcClass(cause))
        return typeErr('exception causes must derive from BaseException');
      e.cause = c;
    }
    e.suppressContext = true;
  }
  const ctx = currentExc();
  if (ctx !== undefined && ctx !== e && e.context === None) {
    // avoid cycles in the context chain
    let c: any = ctx;
    while (c instanceof PyBaseException) {
      if (c.context === e) {
        c.context = None;
        break;
      }
      c = c.context;
    }
    e.context = ctx;
  }
  pendingFrame.delete(e);
  return e;
}

/** An exception escaping an except clause gets the handled exception as its __context__. */
export function chain(x: any, handled: PyBaseException): PyBaseException {
  const e = toPyExc(x);
  if (e !== handled && e.context === None) {
    let c: any = handled;
    while (c instanceof PyBaseException) {
      if (c === e) return e;
      c = c.context;
    }
    e.context = handled;
  }
  return e;
}

/** An exception raised in a finally block gets the pending one (if any) as its __context__. */
export function finallyChain(x: any, pending: any): PyBaseException {
  return pending === undefined ? toPyExc(x) : chain(x, toPyExc(pending));
}

export function assertionFailed(msg: any): PyBaseException {
  return msg === undefined ? exc(AssertionError) : new PyBaseException(AssertionError, [msg]);
}

export function recursion(): never {
  throw exc(RecursionError, 'maximum recursion depth exceeded');
}

export function interrupt(): void {
  state.budget = BUDGET;
  if (state.onInterrupt !== null) state.onInterrupt();
}

export type { TbEntry };
