// Statements to JavaScript statements. Python control flow maps onto JS control flow: loops with labels
// (for break/continue and `else`), try/catch/finally, and JS generators for `yield`.
import type { Compiler } from './compiler.js';
import { FnCtx, jsStr, jsProp } from './context.js';
import { condition, INPLACE, subscriptKey, callArgs, isConstantLike } from './expr.js';
import { annotationValue, compileFunctionDef, compileClassDef } from './functions.js';
import { compileMatch } from './match.js';

export function compileStmts(c: Compiler, body: any[], fc: FnCtx): void {
  for (const s of body) compileStmt(c, s, fc);
}

/** Emits assignment of the JS expression `value` (already evaluated into a temp or simple) to a target. */
export function assignTarget(c: Compiler, t: any, value: string, fc: FnCtx): void {
  switch (t._type) {
    case 'Name':
      fc.emit(c.storeName(t.id, value, fc));
      return;
    case 'Attribute': {
      // Fast path: a plain bag write when the class has recorded this name as plain (see PyType.ps).
      const name = c.mangled(t.attr, fc);
      const o = fc.tmp();
      const bag = jsProp(`${o}.$d`, name);
      fc.emit(
        `if ((${o} = ${c.expr(t.value, fc)}).$d !== undefined && ${jsProp(`${o}.$cls.ps`, name)} === true) ${bag} = ${value}; else $setAttr(${o}, ${jsStr(name)}, ${value});`,
      );
      return;
    }
    case 'Subscript': {
      const obj = c.expr(t.value, fc);
      const key = subscriptKey(c, t.slice, fc);
      fc.emit(`$setitem(${obj}, ${key}, ${value});`);
      return;
    }
    case 'Tuple':
    case 'List': {
      const elts = t.elts;
      const starIdx = elts.findIndex((x: any) => x._type === 'Starred');
      const arr = fc.tmp();
      if (starIdx < 0) fc.emit(`${arr} = $unpack(${value}, ${elts.length});`);
      else fc.emit(`${arr} = $unpackStar(${value}, ${starIdx}, ${elts.length - starIdx - 1});`);
      elts.forEach((x: any, i: number) => assignTarget(c, x._type === 'Starred' ? x.value : x, `${arr}[${i}]`, fc));
      return;
    }
    case 'Starred':
      throw c.syntaxError(t, 'starred assignment target must be in a list or tuple');
  }
  throw c.syntaxError(t, `cannot assign to ${t._type.toLowerCase()}`);
}

function deleteTarget(c: Compiler, t: any, fc: FnCtx): void {
  switch (t._type) {
    case 'Name':
      fc.emit(c.deleteName(t.id, fc));
      return;
    case 'Attribute':
      fc.emit(`$delAttr(${c.expr(t.value, fc)}, ${jsStr(c.mangled(t.attr, fc))});`);
      return;
    case 'Subscript':
      fc.emit(`$delitem(${c.expr(t.value, fc)}, ${subscriptKey(c, t.slice, fc)});`);
      return;
    case 'Tuple':
    case 'List':
      for (const x of t.elts) deleteTarget(c, x, fc);
      return;
  }
  throw c.syntaxError(t, `cannot delete ${t._type.toLowerCase()}`);
}

function augAssign(c: Compiler, s: any, fc: FnCtx): void {
  const op = INPLACE[s.op];
  const t = s.target;
  if (t._type === 'Name') {
    const cur = c.loadName(t.id, fc);
    fc.emit(c.storeName(t.id, `${op}(${cur}, ${c.expr(s.value, fc)})`, fc));
    return;
  }
  if (t._type === 'Attribute') {
    const o = fc.tmp();
    const name = jsStr(c.mangled(t.attr, fc));
    fc.emit(`${o} = ${c.expr(t.value, fc)};`);
    fc.emit(`$setAttr(${o}, ${name}, ${op}($getAttr(${o}, ${name}), ${c.expr(s.value, fc)}));`);
    return;
  }
  if (t._type === 'Subscript') {
    const o = fc.tmp();
    const k = fc.tmp();
    fc.emit(`${o} = ${c.expr(t.value, fc)}; ${k} = ${subscriptKey(c, t.slice, fc)};`);
    fc.emit(`$setitem(${o}, ${k}, ${op}($getitem(${o}, ${k}), ${c.expr(s.value, fc)}));`);
    return;
  }
  throw c.syntaxError(t, 'illegal expression for augmented assignment');
}

function loopBody(c: Compiler, s: any, fc: FnCtx, brk: string, cont: string, emitBody: () => void): void {
  fc.loops.push({ brk, cont });
  emitBody();
  fc.loops.pop();
}

/** The object a `for` statement iterates. */
export function forIterable(c: Compiler, s: any, fc: FnCtx): string {
  // `for x in {constants}` iterates CPython's frozenset constant itself (its order, not a copy's)
  const it0 = s.iter;
  return it0._type === 'Set' && it0.elts.length > 2 && it0.elts.every(isConstantLike)
    ? `$constFrozenset([${it0.elts.map((x: any) => c.expr(x, fc)).join(', ')}])`
    : c.expr(s.iter, fc);
}

function forLoop(c: Compiler, s: any, fc: FnCtx): void {
  const brk = fc.label('brk');
  const cont = fc.label('cont');
  const it = fc.label('it');
  const v = fc.label('v');
  const iterable = forIterable(c, s, fc);
  fc.emit(`${brk}: {`);
  fc.block(() => {
    fc.emit(`${cont}: for (const ${it} = $iterLoop(${iterable});;) {`);
    fc.block(() => {
      fc.emit(`const ${v} = ${it}.$next();`);
      fc.emit(`if (${v} === undefined) break;`);
      fc.emit('if ($R.budget-- <= 0) $interrupt();');
      assignTarget(c, s.target, v, fc);
      loopBody(c, s, fc, brk, cont, () => c.stmts(s.body, fc));
    });
    fc.emit('}');
    if (s.orelse.length) c.stmts(s.orelse, fc);
  });
  fc.emit('}');
}

function whileLoop(c: Compiler, s: any, fc: FnCtx): void {
  const brk = fc.label('brk');
  const cont = fc.label('cont');
  fc.emit(`${brk}: {`);
  fc.block(() => {
    fc.emit(`${cont}: while (${condition(c, s.test, fc)}) {`);
    fc.block(() => {
      fc.emit('if ($R.budget-- <= 0) $interrupt();');
      loopBody(c, s, fc, brk, cont, () => c.stmts(s.body, fc));
    });
    fc.emit('}');
    if (s.orelse.length) c.stmts(s.orelse, fc);
  });
  fc.emit('}');
}

function tryStmt(c: Compiler, s: any, fc: FnCtx): void {
  const hasHandlers = s.handlers.length > 0;
  const hasElse = s.orelse.length > 0;
  const hasFinally = s.finalbody.length > 0;
  const ok = hasElse ? fc.label('ok') : '';
  if (hasElse) fc.emit(`let ${ok} = false;`);
  // the exception pending while the finally block runs becomes __context__ of one raised there
  const pending = hasFinally ? fc.label('pf') : '';
  if (hasFinally) fc.emit(`let ${pending};`);
  fc.emit('try {');
  fc.block(() => {
    if (hasHandlers) {
      fc.emit('try {');
      fc.block(() => {
        c.stmts(s.body, fc);
        if (hasElse) fc.emit(`${ok} = true;`);
      });
      const e = fc.label('e');
      fc.emit(`} catch (${e}_) {`);
      fc.block(() => {
        fc.emit(`const ${e} = $caught(${e}_, $K[${codeIndexOf(fc)}], $l);`);
        let first = true;
        for (const h of s.handlers) {
          const test = h.type ? `$excMatch(${e}, ${c.expr(h.type, fc)})` : 'true';
          fc.emit(`${first ? '' : 'else '}if (${test}) {`);
          first = false;
          fc.block(() => {
            const saved = fc.label('sv');
            fc.emit(`const ${saved} = $excPush(${e});`);
            fc.emit('try {');
            fc.block(() => {
              if (h.name) fc.emit(c.storeName(h.name, e, fc));
              c.stmts(h.body, fc);
            });
            fc.emit(`} catch (${e}x) {`);
            fc.block(() => fc.emit(`throw $chain(${e}x, ${e});`));
            fc.emit('} finally {');
            fc.block(() => {
              fc.emit(excPop(fc, saved, e));
              if (h.name) fc.emit(c.clearName(h.name, fc));
            });
            fc.emit('}');
          });
          fc.emit('}');
        }
        fc.emit(`else throw ${e};`);
      });
      fc.emit('}');
    } else {
      c.stmts(s.body, fc);
      if (hasElse) fc.emit(`${ok} = true;`);
    }
    if (hasElse) {
      fc.emit(`if (${ok}) {`);
      fc.block(() => c.stmts(s.orelse, fc));
      fc.emit('}');
    }
  });
  if (hasFinally) {
    fc.emit(`} catch (${pending}_) {`);
    fc.block(() => fc.emit(`${pending} = ${pending}_; throw ${pending}_;`));
    fc.emit('} finally {');
    fc.block(() => {
      fc.emit('try {');
      fc.block(() => c.stmts(s.finalbody, fc));
      fc.emit(`} catch (${pending}x) {`);
      fc.block(() => fc.emit(`throw $finallyChain(${pending}x, ${pending});`));
      fc.emit('}');
    });
    fc.emit('}');
  } else fc.emit('} finally {}');
}

/**
 * The end of an except clause, which pushed `e` on the exception stack at index `saved`. A generator may be
 * suspended inside the clause and resumed at another depth of the stack (PyGenerator.resume moves its
 * entries), so there the entry is looked up instead.
 */
function excPop(fc: FnCtx, saved: string, e: string): string {
  return fc.isGenerator && !fc.stateMachine ? `$excPopGen(${saved}, ${e});` : `$excPop(${saved});`;
}

function codeIndexOf(fc: FnCtx): number {
  let f: FnCtx | null = fc;
  while (f !== null && f.codeIndex < 0) f = f.parent;
  return f ? f.codeIndex : 0;
}
export { codeIndexOf };

function withStmt(c: Compiler, s: any, fc: FnCtx, i = 0): void {
  if (i >= s.items.length) {
    c.stmts(s.body, fc);
    return;
  }
  const item = s.items[i];
  const w = fc.label('w');
  fc.emit(`const ${w} = $withEnter(${c.expr(item.context_expr, fc)});`);
  fc.emit('try {');
  fc.block(() => {
    if (item.optional_vars) assignTarget(c, item.optional_vars, `${w}.value`, fc);
    withStmt(c, s, fc, i + 1);
  });
  const e = fc.label('e');
  fc.emit(`} catch (${e}_) {`);
  fc.block(() => {
    fc.emit(`const ${e} = $caught(${e}_, $K[${codeIndexOf(fc)}], $l);`);
    fc.emit(`if (!$withExitExc(${w}, ${e})) throw ${e};`);
  });
  fc.emit('} finally {');
  fc.block(() => fc.emit(`$withExitOk(${w});`));
  fc.emit('}');
}

function raiseStmt(c: Compiler, s: any, fc: FnCtx): void {
  if (!s.exc) {
    fc.emit('throw $reraise();');
    return;
  }
  const exc = c.expr(s.exc, fc);
  if (s.cause) fc.emit(`throw $raise(${exc}, ${c.expr(s.cause, fc)});`);
  else fc.emit(`throw $raise(${exc});`);
}

function importStmt(c: Compiler, s: any, fc: FnCtx): void {
  for (const a of s.names) {
    if (a.asname) {
      fc.emit(c.storeName(a.asname, `$importAs(${jsStr(a.name)}, G)`, fc));
    } else {
      const top = a.name.split('.')[0];
      fc.emit(c.storeName(top, `$importTop(${jsStr(a.name)}, G)`, fc));
    }
  }
}

function importFrom(c: Compiler, s: any, fc: FnCtx): void {
  const m = fc.tmp();
  const names = s.names.map((a: any) => a.name);
  fc.emit(`${m} = $importFrom(${jsStr(s.module ?? '')}, ${s.level ?? 0}, ${JSON.stringify(names)}, G);`);
  for (const a of s.names) {
    if (a.name === '*') {
      if (fc.scope.type === 'module') fc.emit(`$importStar(${m}, G);`);
      else fc.emit(`$importStarNs(${m}, $ns);`);
      continue;
    }
    fc.emit(c.storeName(a.asname ?? a.name, `$importName(${m}, ${jsStr(a.name)})`, fc));
  }
}

function annAssign(c: Compiler, s: any, fc: FnCtx): void {
  const t = s.target;
  const recorded = fc.scope.type !== 'function'; // annotations exist only in module and class bodies
  if (s.value) {
    const v = fc.tmp();
    fc.emit(`${v} = ${c.expr(s.value, fc)};`);
    assignTarget(c, t, v, fc);
  } else if (t._type === 'Attribute') {
    // Without a value CPython still evaluates the target's object (and a subscript's index), for errors.
    fc.emit(`${c.expr(t.value, fc)};`);
  } else if (t._type === 'Subscript') {
    fc.emit(`${c.expr(t.value, fc)};`);
    fc.emit(`${c.expr(t.slice, fc)};`);
  }
  if (!recorded) return;
  if (s.simple && t._type === 'Name') {
    // `__annotations__[name] = annotation`, the dict being looked up by name after the annotation
    // is evaluated (CPython's LOAD_NAME __annotations__; STORE_SUBSCR).
    const ann = annotationValue(c, s.annotation, fc);
    const v = fc.tmp();
    fc.emit(`${v} = ${ann};`);
    fc.emit(`$setitem(${c.loadName('__annotations__', fc)}, ${jsStr(c.mangled(t.id, fc))}, ${v});`);
  } else if (!c.table.futureAnnotations) {
    // The annotation of a complex target is evaluated and dropped (nothing at all under PEP 563).
    fc.emit(`${c.expr(s.annotation, fc)};`);
  }
}

/** Does the block contain an annotated assignment (outside nested defs/classes)? CPython's find_ann. */
export function hasAnnotations(body: any[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'AsyncFor':
      case 'While':
      case 'If':
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case 'With':
      case 'AsyncWith':
        if (hasAnnotations(s.body)) return true;
        break;
      case 'Match':
        if (s.cases.some((m: any) => hasAnnotations(m.body))) return true;
        break;
      case 'Try':
      case 'TryStar':
        if (s.handlers.some((h: any) => hasAnnotations(h.body))) return true;
        if (hasAnnotations(s.body) || hasAnnotations(s.finalbody) || hasAnnotations(s.orelse)) return true;
        break;
    }
  }
  return false;
}

/**
 * CPython's SETUP_ANNOTATIONS, at the start of a module or class body that annotates names: makes sure
 * `__annotations__` exists in the body's namespace (`where`) before any statement runs.
 */
export function setupAnnotations(body: any[], where: string, fc: FnCtx): void {
  if (hasAnnotations(body)) fc.emit(`$setupAnnotations(${where});`);
}

export function compileStmt(c: Compiler, s: any, fc: FnCtx): void {
  if (s.lineno !== undefined) fc.emit(`$l = ${s.lineno};`);
  switch (s._type) {
    case 'Expr': {
      const e = s.value;
      if (c.mode === 'single' && fc.scope.type === 'module') fc.emit(`$displayhook(${c.expr(e, fc)});`);
      else fc.emit(`${c.expr(e, fc)};`);
      return;
    }
    case 'Assign': {
      if (s.targets.length === 1 && s.targets[0]._type === 'Name') {
        fc.emit(c.storeName(s.targets[0].id, c.expr(s.value, fc), fc));
        return;
      }
      const v = fc.tmp();
      fc.emit(`${v} = ${c.expr(s.value, fc)};`);
      for (const t of s.targets) assignTarget(c, t, v, fc);
      return;
    }
    case 'AugAssign':
      return augAssign(c, s, fc);
    case 'AnnAssign':
      return annAssign(c, s, fc);
    case 'Return': {
      const v = s.value ? c.expr(s.value, fc) : 'None';
      // a state-machine generator's body returns undefined when it finishes (see genstate.ts)
      fc.emit(fc.stateMachine ? `return ($g.retval = ${v}, undefined);` : `return ${v};`);
      return;
    }
    case 'Pass':
      return;
    case 'If': {
      fc.emit(`if (${condition(c, s.test, fc)}) {`);
      fc.block(() => c.stmts(s.body, fc));
      if (s.orelse.length) {
        fc.emit('} else {');
        fc.block(() => c.stmts(s.orelse, fc));
      }
      fc.emit('}');
      return;
    }
    case 'For':
    case 'AsyncFor':
      return forLoop(c, s, fc);
    case 'While':
      return whileLoop(c, s, fc);
    case 'Break': {
      const l = fc.loops[fc.loops.length - 1];
      fc.emit(l.brkJump ?? `break ${l.brk};`);
      return;
    }
    case 'Continue': {
      const l = fc.loops[fc.loops.length - 1];
      fc.emit(l.contJump ?? `continue ${l.cont};`);
      return;
    }
    case 'Try':
      return tryStmt(c, s, fc);
    case 'TryStar':
      return tryStarStmt(c, s, fc);
    case 'Raise':
      return raiseStmt(c, s, fc);
    case 'With':
    case 'AsyncWith':
      fc.emit('{');
      fc.block(() => withStmt(c, s, fc));
      fc.emit('}');
      return;
    case 'Delete':
      for (const t of s.targets) deleteTarget(c, t, fc);
      return;
    case 'Assert': {
      const msg = s.msg ? c.expr(s.msg, fc) : 'undefined';
      fc.emit(`if (!${condition(c, s.test, fc)}) throw $assertionFailed(${msg});`);
      return;
    }
    case 'Global':
    case 'Nonlocal':
      return;
    case 'Import':
      return importStmt(c, s, fc);
    case 'ImportFrom':
      return importFrom(c, s, fc);
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      return compileFunctionDef(c, s, fc);
    case 'ClassDef':
      return compileClassDef(c, s, fc);
    case 'Match':
      return compileMatch(c, s, fc);
  }
  throw new Error(`cannot compile statement ${s._type}`);
}

export { jsProp, callArgs };

/** `try ... except* T as e: ...` (PEP 654): each handler takes the matching part of the group. */
export function tryStarStmt(c: Compiler, s: any, fc: FnCtx): void {
  const hasFinally = s.finalbody.length > 0;
  const hasElse = s.orelse.length > 0;
  const ok = fc.label('ok');
  fc.emit(`let ${ok} = false;`);
  fc.emit('try {');
  fc.block(() => {
    fc.emit('try {');
    fc.block(() => {
      c.stmts(s.body, fc);
      fc.emit(`${ok} = true;`);
    });
    const e = fc.label('e');
    fc.emit(`} catch (${e}_) {`);
    fc.block(() => {
      fc.emit(`const ${e} = $caught(${e}_, $K[${codeIndexOf(fc)}], $l);`);
      const rest = fc.label('rest');
      const raised = fc.label('raised');
      fc.emit(`let ${rest} = $egWrap(${e});`);
      fc.emit(`const ${raised} = [];`);
      for (const h of s.handlers) {
        const sp = fc.label('sp');
        fc.emit(`const ${sp} = $egSplit(${rest}, ${c.expr(h.type, fc)});`);
        fc.emit(`if (${sp}[0] !== null) {`);
        fc.block(() => {
          fc.emit(`${rest} = ${sp}[1];`);
          const saved = fc.label('sv');
          fc.emit(`const ${saved} = $excPush(${sp}[0]);`);
          fc.emit('try {');
          fc.block(() => {
            if (h.name) fc.emit(c.storeName(h.name, `${sp}[0]`, fc));
            c.stmts(h.body, fc);
          });
          fc.emit(`} catch (${sp}x) { ${raised}.push(${sp}x === ${sp}[0] ? ${sp}x : $chain(${sp}x, ${sp}[0])); } finally {`);
          fc.block(() => {
            fc.emit(excPop(fc, saved, `${sp}[0]`));
            if (h.name) fc.emit(c.clearName(h.name, fc));
          });
          fc.emit('}');
        });
        fc.emit('}');
      }
      fc.emit(`$egFinish(${e}, ${rest}, ${raised});`);
    });
    fc.emit('}');
    if (hasElse) {
      fc.emit(`if (${ok}) {`);
      fc.block(() => c.stmts(s.orelse, fc));
      fc.emit('}');
    }
  });
  if (hasFinally) {
    fc.emit('} finally {');
    fc.block(() => c.stmts(s.finalbody, fc));
    fc.emit('}');
  } else fc.emit('} finally {}');
}
