// Generators as state machines. A generator whose yields all stand as statements (`yield v`, `name = yield v`)
// inside nothing but if/while/for statements — and every generator expression — compiles to a plain JS
// function instead of a JS generator function (the runtime half is vm/runtime/step-generator.ts):
//
//   let $Sv_x, $si3, $Sl = 2, $s = 0;              // the frame between calls
//   return $mkstep(code, function ($g, $v, $m) {    // the generator, the value sent in, "raise $v here"
//     let v_x = $Sv_x, $l = $Sl, $t0;               // locals work in JS locals (registers) while running
//     try {
//       if ($m) throw $v;
//       $sm: for (;;) switch ($s) {
//         case 0: ...                               // runs up to a yield:
//           $s = 3; $t0 = value; $Sv_x = v_x; $Sl = $l; return $t0;
//         case 3: ...                               // and continues here on the next call
//       }
//     } catch ($e) { throw $tb($e, code, $l); }
//   });
//
// Statements without a yield compile as usual inside a case. An if/while/for with a yield inside is
// flattened into cases joined by jumps (`$s = n; continue $sm;`), its `break`/`continue` becoming jumps too.
// Finishing stores the return value in `$g.retval` and returns undefined. Locals captured by nested
// functions (cells) stay in the enclosing function, shared with those closures. Resuming is an ordinary call,
// with no {value, done} object per value: generator pipelines run about twice as fast.
//
// Not eligible (they keep the JS generator form): a yield inside try/with/match, whose handlers must stay
// active while the generator is suspended (so a state machine never holds an exception across a yield and
// needs no exception-stack bookkeeping); a yield inside a larger expression; `yield from`; `await`.
import type { Compiler } from './compiler.js';
import { jsLocal, type FnCtx } from './context.js';
import { condition } from './expr.js';
import { assignTarget, compileStmt, forIterable } from './stmt.js';
import { localNames } from './names.js';
import { CELL, DEF_LOCAL, DEF_PARAM, type Scope } from '../scope.js';

/**
 * Does evaluating `n` in its own scope reach a yield or await? Nested functions, lambdas and classes are
 * only entered for the parts evaluated where they are defined (decorators, defaults, bases), and
 * comprehensions for their first iterable.
 */
export function hasYield(n: any): boolean {
  if (n === null || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(hasYield);
  switch (n._type) {
    case 'Yield':
    case 'YieldFrom':
    case 'Await':
      return true;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return hasYield(n.decorator_list) || hasYield(n.args) || hasYield(n.returns);
    case 'Lambda':
      return hasYield(n.args);
    case 'ClassDef':
      return hasYield(n.decorator_list) || hasYield(n.bases) || hasYield(n.keywords);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return hasYield(n.generators[0].iter);
  }
  for (const k in n) {
    const v = n[k];
    if (v !== null && typeof v === 'object' && (Array.isArray(v) || typeof v._type === 'string') && hasYield(v)) return true;
  }
  return false;
}

function isPlainYield(e: any): boolean {
  return e._type === 'Yield' && !hasYield(e.value);
}

function stmtsFit(body: any[]): boolean {
  return body.every(stmtFits);
}

function stmtFits(s: any): boolean {
  if (!hasYield(s)) return true;
  switch (s._type) {
    case 'Expr':
      return isPlainYield(s.value);
    case 'Assign':
      return s.targets.length === 1 && s.targets[0]._type === 'Name' && isPlainYield(s.value);
    case 'If':
    case 'While':
      return !hasYield(s.test) && stmtsFit(s.body) && stmtsFit(s.orelse);
    case 'For':
      return !hasYield(s.target) && !hasYield(s.iter) && stmtsFit(s.body) && stmtsFit(s.orelse);
  }
  return false;
}

/** The number of yields in a body that fits a state machine (they all stand as statements). */
export function countYields(body: any[]): number {
  let n = 0;
  for (const s of body) {
    if (!hasYield(s)) continue;
    if (s._type === 'Expr' || s._type === 'Assign') n++;
    else n += countYields(s.body) + countYields(s.orelse);
  }
  return n;
}

/** Can this generator function or generator expression be compiled as a state machine? */
export function fitsStateMachine(node: any, scope: Scope): boolean {
  if (scope.hasAwait || scope.isCoroutine) return false;
  if (node._type === 'GeneratorExp') return !node.generators.some((g: any) => g.is_async);
  return node._type === 'FunctionDef' && scope.isGenerator && stmtsFit(node.body);
}

/** `$s = n; continue $sm;` as one statement. */
function jump(n: number): string {
  return `{ $s = ${n}; continue $sm; }`;
}

function caseLabel(fc: FnCtx, n: number): void {
  fc.dedent();
  fc.emit(`case ${n}:`);
  fc.indent();
}

/** A variable of the enclosing JS function (declared with the locals), for values that live across a yield. */
function persistent(fc: FnCtx, prefix: string): string {
  const name = fc.label(prefix);
  fc.stateVars.push(name);
  return name;
}

/** Suspends: the next call continues at state `k`; `value` is what the generator yields. */
function suspend(fc: FnCtx, k: number, value: string): void {
  if (fc.stateSave === '') fc.emit(`$s = ${k}; return ${value};`);
  else {
    // the value first: evaluating it may assign locals (`yield (x := f())`)
    const t = fc.tmp();
    fc.emit(`$s = ${k}; ${t} = ${value}; ${fc.stateSave} return ${t};`);
  }
}

/** `yield value`: remember where to continue, return the value. The value sent in arrives as `$v`. */
function yieldPoint(c: Compiler, y: any, fc: FnCtx): void {
  const k = fc.states++;
  suspend(fc, k, y.value ? c.expr(y.value, fc) : 'None');
  caseLabel(fc, k);
}

/** The states of a while/for with a yield inside: its head, its else clause, and the state after the loop. */
function loopStates(s: any, fc: FnCtx): { head: number; orElse: number; end: number } {
  const head = fc.states++;
  const orElse = fc.states++;
  const end = s.orelse.length ? fc.states++ : orElse;
  return { head, orElse, end };
}

/** A while/for after its head test: the body (jumping back to `head`), the else clause, the state after. */
function loopRest(c: Compiler, s: any, fc: FnCtx, head: number, orElse: number, end: number): void {
  loopBody(c, s.body, fc, end, head);
  if (s.orelse.length) {
    caseLabel(fc, orElse);
    stateMachineStmts(c, s.orelse, fc);
  }
  caseLabel(fc, end);
}

/** The body of a loop whose `break`/`continue` jump to the states `brk`/`cont`. */
function loopBody(c: Compiler, body: any[], fc: FnCtx, brk: number, cont: number): void {
  fc.loops.push({ brk: '', cont: '', brkJump: jump(brk), contJump: jump(cont) });
  stateMachineStmts(c, body, fc);
  fc.loops.pop();
  fc.emit(jump(cont));
}

/** Statements of a state-machine generator (fitsStateMachine said yes); compiled into the current case. */
export function stateMachineStmts(c: Compiler, body: any[], fc: FnCtx): void {
  for (const s of body) {
    if (!hasYield(s)) {
      compileStmt(c, s, fc);
      continue;
    }
    fc.emit(`$l = ${s.lineno};`);
    switch (s._type) {
      case 'Expr':
        yieldPoint(c, s.value, fc);
        break;
      case 'Assign':
        yieldPoint(c, s.value, fc);
        fc.emit(c.storeName(s.targets[0].id, '$v', fc));
        break;
      case 'If': {
        const orElse = fc.states++;
        const end = s.orelse.length ? fc.states++ : orElse;
        fc.emit(`if (!(${condition(c, s.test, fc)})) ${jump(orElse)}`);
        stateMachineStmts(c, s.body, fc);
        if (s.orelse.length) {
          fc.emit(jump(end));
          caseLabel(fc, orElse);
          stateMachineStmts(c, s.orelse, fc);
        }
        caseLabel(fc, end);
        break;
      }
      case 'While': {
        const { head, orElse, end } = loopStates(s, fc);
        caseLabel(fc, head);
        fc.emit(`if (!(${condition(c, s.test, fc)})) ${jump(orElse)}`);
        fc.emit('if ($R.budget-- <= 0) $interrupt();');
        loopRest(c, s, fc, head, orElse, end);
        break;
      }
      case 'For': {
        const it = persistent(fc, 'si');
        const v = fc.tmp();
        const { head, orElse, end } = loopStates(s, fc);
        fc.emit(`${it} = $iterLoop(${forIterable(c, s, fc)});`);
        caseLabel(fc, head);
        fc.emit(`if ((${v} = ${it}.$next()) === undefined) ${jump(orElse)}`);
        fc.emit('if ($R.budget-- <= 0) $interrupt();');
        assignTarget(c, s.target, v, fc);
        loopRest(c, s, fc, head, orElse, end);
        break;
      }
      default:
        throw new Error(`internal error: ${s._type} with a yield in a state-machine generator`);
    }
  }
}

/**
 * A generator expression's loops as a state machine: each `for` clause is a state that takes the next value
 * (going back to the enclosing clause when exhausted), the innermost one yields the element and continues
 * at itself. The first iterable arrives as `$it0`.
 */
export function stateMachineGenexp(c: Compiler, e: any, fc: FnCtx): void {
  const gens = e.generators;
  const end = fc.states++;
  let outer = end;
  for (let i = 0; i < gens.length; i++) {
    const g = gens[i];
    let it = '$it0';
    if (i > 0) {
      it = persistent(fc, 'si');
      fc.emit(`${it} = $iterLoop(${c.expr(g.iter, fc)});`);
    }
    const head = fc.states++;
    const v = fc.tmp();
    caseLabel(fc, head);
    fc.emit(`if ((${v} = ${it}.$next()) === undefined) ${jump(outer)}`);
    fc.emit('if ($R.budget-- <= 0) $interrupt();');
    assignTarget(c, g.target, v, fc);
    for (const cond of g.ifs) fc.emit(`if (!(${condition(c, cond, fc)})) ${jump(head)}`);
    outer = head;
  }
  suspend(fc, outer, c.expr(e.elt, fc));
  caseLabel(fc, end);
}

/** Where a state machine keeps its frame between calls (see the top of this file). */
export interface StateFrame {
  /** Declarations in the enclosing JS function. */
  outer: string[];
  /** Declarations at the start of the step function (loading the saved locals). */
  entry: string[];
}

/** Above this many saves (locals times yields), a state machine keeps its locals in the enclosing function. */
const MAX_SAVES = 400;

/**
 * Plans the frame of a state machine for scope `s` before its body is compiled, and sets fc.stateSave, the
 * statements that save the frame at each of its `yields`. A local that is not a cell lives in a JS local of
 * the step function while it runs, copied from and back to its `$S` slot in the enclosing function; a
 * parameter never rebound is only copied in. `line`: the code object tracks its current line in `$l` (a
 * generator expression does not), saved with the locals so a throw() reports the paused yield's line.
 * A long generator with many locals (a scripted sequence, say) would repeat too many saves: its locals
 * then simply stay in the enclosing function, like cells.
 */
export function planStateFrame(s: Scope, fc: FnCtx, line: number | null, yields: number): StateFrame {
  const outer: string[] = [];
  const entry: string[] = [];
  const save: string[] = [];
  if ((localNames(s).length + 1) * yields > MAX_SAVES) {
    for (const n of localNames(s)) if (!(s.flags(n) & DEF_PARAM)) outer.push(jsLocal(n));
    if (line !== null) outer.push(`$l = ${line}`);
    fc.stateSave = '';
    return { outer, entry };
  }
  for (const n of localNames(s)) {
    const js = jsLocal(n);
    const flags = s.flags(n);
    const param = (flags & DEF_PARAM) !== 0;
    if (s.scopeOf(n) === CELL) {
      if (!param) outer.push(js); // shared with the closures that capture it
      continue;
    }
    outer.push(param ? `$S${js} = ${js}` : `$S${js}`);
    entry.push(`${js} = $S${js}`);
    if (!param || (flags & DEF_LOCAL) !== 0 || s.unbinds.has(n)) save.push(`$S${js} = ${js};`);
  }
  if (line !== null) {
    outer.push(`$Sl = ${line}`);
    entry.push('$l = $Sl');
    save.push('$Sl = $l;');
  }
  fc.stateSave = save.join(' ');
  return { outer, entry };
}

/**
 * The JS around a state machine's cases (`body`), after planStateFrame and the body's compilation. `tb`:
 * record the traceback entry of `code`; not for a generator expression, whose frame CPython's tracebacks
 * show but this VM never recorded.
 */
export function stateMachineSource(code: string, frame: StateFrame, fc: FnCtx, body: string, tb: boolean): string {
  const outer = [...frame.outer, ...fc.stateVars, '$s = 0'];
  const entry = [...frame.entry, ...fc.temps];
  const run = `if ($m) throw $v;\n$sm: for (;;) switch ($s) {\ncase 0:\n${body}\n  return ($g.retval = None, undefined);\n}`;
  return (
    `let ${outer.join(', ')};\n` +
    `return $mkstep(${code}, function ($g, $v, $m) {\n` +
    (entry.length ? `let ${entry.join(', ')};\n` : '') +
    (tb ? `try {\n${run}\n} catch ($e) { throw $tb($e, ${code}, $l); }\n` : `${run}\n`) +
    '});'
  );
}
