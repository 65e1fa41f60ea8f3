// BaseExceptionGroup / ExceptionGroup (PEP 654) and the runtime half of `except*`: splitting a group by the
// handler's types, and re-raising what is left together with what the handlers raised.
import { PyType, None, makeBuiltinType, TypeFlags } from '../object.js';
import { PyTuple, PyList } from '../types.js';
import { PyGetSet } from '../function.js';
import { defMethod, defStatic } from '../natives.js';
import { PyBaseException, baseExceptionType, Exception, exceptionTypes, typeErr, valueErr } from '../exceptions.js';
import { typeOf } from '../typeof.js';
import { asArray } from '../iteration.js';
import { isinstance } from '../typecheck.js';
import { call1, callSpecial } from '../call.js';
import { truthy } from '../operators.js';
import { repr } from '../convert.js';
import { toPyExc, excMatch } from '../raise.js';

export const BaseExceptionGroup = makeBuiltinType('BaseExceptionGroup', baseExceptionType, PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
export const ExceptionGroup = makeBuiltinType('ExceptionGroup', [BaseExceptionGroup, Exception], PyBaseException, TypeFlags.BaseType | TypeFlags.HasDict);
exceptionTypes.BaseExceptionGroup = BaseExceptionGroup;
exceptionTypes.ExceptionGroup = ExceptionGroup;

/** The sub-exceptions (args keeps the sequence as given; `exceptions` is a tuple copy). */
function excs(g: PyBaseException): any[] {
  return (g as any).$excs as any[];
}

export function makeGroup(cls: PyType, message: any, items: any): PyBaseException {
  if (typeof message !== 'string') throw typeErr(`argument 1 must be str, not ${typeOf(message).name}`);
  if (typeof items === 'string' || typeOf(items).lookup('__getitem__') === undefined) throw typeErr('second argument (exceptions) must be a sequence');
  const list = asArray(items);
  if (list.length === 0) throw valueErr('second argument (exceptions) must be a non-empty sequence');
  list.forEach((e, i) => {
    if (!(e instanceof PyBaseException)) throw valueErr(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  const allExc = list.every((e) => e.$cls.isSubtypeOf(Exception));
  let t = cls;
  if (cls === BaseExceptionGroup && allExc) t = ExceptionGroup;
  else if (cls.isSubtypeOf(Exception) && !allExc) throw typeErr('Cannot nest BaseExceptions in an ExceptionGroup');
  const g = new PyBaseException(t, [message, items]);
  (g as any).$excs = list;
  return g;
}

/** A group with the same message/metadata as `g` holding `items`. */
function derive(g: PyBaseException, items: any[]): PyBaseException {
  // derive() may be overridden by subclasses, as in CPython
  const n = callSpecial(typeOf(g).lookup('derive'), g, [new PyList(items)], null, null) as PyBaseException;
  n.cause = g.cause;
  n.context = g.context;
  n.tb = g.tb.slice();
  if (g.$d!.__notes__ !== undefined) n.$d!.__notes__ = g.$d!.__notes__;
  return n;
}

type Matcher = (e: PyBaseException) => boolean;
function matcher(cond: any): Matcher {
  if (cond instanceof PyType || cond instanceof PyTuple) return (e) => isinstance(e, cond);
  return (e) => truthy(call1(cond, e));
}

/** Splits group g into (matching, rest); either may be null. */
export function splitGroup(g: PyBaseException, match: Matcher): [PyBaseException | null, PyBaseException | null] {
  if (match(g)) return [g, null];
  const m: any[] = [];
  const r: any[] = [];
  for (const e of excs(g)) {
    if (e.$cls.isSubtypeOf(BaseExceptionGroup)) {
      const [a, b] = splitGroup(e, match);
      if (a) m.push(a);
      if (b) r.push(b);
    } else if (match(e)) m.push(e);
    else r.push(e);
  }
  return [m.length ? derive(g, m) : null, r.length ? derive(g, r) : null];
}

export function installExceptionGroup(): void {
  for (const t of [BaseExceptionGroup, ExceptionGroup]) {
    defStatic(t, '__new__', (cls: PyType, message: any, items: any) => makeGroup(cls, message, items));
    defMethod(t, '__init__', (..._a: any[]) => None, 1, 3);
  }
  const b = BaseExceptionGroup;
  b.dict.message = new PyGetSet('message', (g: PyBaseException) => g.args.a[0]);
  b.dict.exceptions = new PyGetSet('exceptions', (g: PyBaseException) => new PyTuple(excs(g).slice()));
  defMethod(b, '__str__', (g: PyBaseException) => {
    const n = excs(g).length;
    return `${g.args.a[0]} (${n} sub-exception${n === 1 ? '' : 's'})`;
  });
  defMethod(b, '__repr__', (g: PyBaseException) => `${typeOf(g).name}(${repr(g.args.a[0])}, ${repr(g.args.a[1])})`);
  defMethod(b, 'derive', (g: PyBaseException, items: any) => makeGroup(BaseExceptionGroup, g.args.a[0], items));
  defMethod(b, 'split', (g: PyBaseException, cond: any) => new PyTuple(splitGroup(g, matcher(cond)).map((x) => x ?? None)));
  defMethod(b, 'subgroup', (g: PyBaseException, cond: any) => splitGroup(g, matcher(cond))[0] ?? None);
}

// ---- except* support for generated code ----

/** The group an except* statement works on: a naked exception is wrapped in ExceptionGroup('', [e]). */
export function egWrap(e: PyBaseException): PyBaseException {
  if (e.$cls.isSubtypeOf(BaseExceptionGroup)) return e;
  const g = makeGroup(BaseExceptionGroup, '', new PyTuple([e]));
  (g as any).$naked = e;
  return g;
}

/** `except* T`: [matched, rest] of the remaining group (validating T as `except` does). */
export function egSplit(rest: PyBaseException | null, t: any): [PyBaseException | null, PyBaseException | null] {
  if (rest === null) return [null, null];
  const probe = new PyBaseException(baseExceptionType, []);
  excMatch(probe, t); // raises the usual TypeError for non-exception classes
  if ((t instanceof PyType && t.isSubtypeOf(BaseExceptionGroup)) || (t instanceof PyTuple && t.a.some((x: any) => x instanceof PyType && x.isSubtypeOf(BaseExceptionGroup))))
    throw typeErr('catching ExceptionGroup with except* is not allowed. Use except instead.');
  const naked = (rest as any).$naked;
  // a naked exception that matches is handed over in its ('', (exc,)) wrapper, as CPython does
  if (naked !== undefined) return excMatch(naked, t) ? [rest, null] : [null, rest];
  return splitGroup(rest, (e) => excMatch(e, t));
}

/** End of an except* statement: re-raise what is left and what the handlers raised. */
export function egFinish(orig: PyBaseException, rest: PyBaseException | null, raised: any[]): void {
  const extra = raised.map(toPyExc);
  if (extra.length === 0) {
    if (rest === null) return;
    const naked = (rest as any).$naked;
    // an unhandled naked exception propagates as itself, not wrapped
    if (naked !== undefined && excs(rest).length === 1 && excs(rest)[0] === naked) throw naked;
    throw rest;
  }
  const items = rest === null ? extra : [...extra, rest];
  if (items.length === 1) throw items[0];
  throw makeGroup(BaseExceptionGroup, '', new PyList(items));
}
