// Code objects nested in others: def, lambda, class bodies and comprehensions. Each becomes a JS function
// expression in place, so it closes over the enclosing Python function's variables exactly as Python does.
import type { Compiler } from './compiler.js';
import { FnCtx, jsLocal, jsStr } from './context.js';
import { condition, constant } from './expr.js';
import { assignTarget, setupAnnotations } from './stmt.js';
import { paramNames } from './names.js';
import { countYields, fitsStateMachine, planStateFrame, stateMachineGenexp, stateMachineSource, stateMachineStmts, type StateFrame } from './genstate.js';
import { annotationText } from '../unparse-hook.js';
import { leftOutMessage, FUTURE_ANNOTATIONS_OPTION } from '../../modules/optional-catalog.js';

function docstring(body: any[]): string | null {
  const f = body[0];
  if (f && f._type === 'Expr' && f.value._type === 'Constant' && f.value.value.t === 'str') return f.value.value.v;
  return null;
}
export { docstring };

/** Default-argument prologue: missing positional parameters with defaults are filled in the callee. */
function defaultsPrologue(args: any, fnName: string, params: string[]): string[] {
  const pos = [...args.posonlyargs, ...args.args];
  const nd = args.defaults.length;
  const out: string[] = [];
  for (let i = pos.length - nd; i < pos.length; i++) {
    const v = jsLocal(params[i]!);
    out.push(`if (${v} === undefined) ${v} = $dflt(${fnName}, ${i});`);
  }
  return out;
}

/** Free variables of the last compiled function: names and a JS accessor returning their current values. */
let lastFrees: string[] = [];

function functionSource(c: Compiler, node: any, fc: FnCtx, bodyStmts: any[] | null, bodyExpr: any | null): string {
  const scope = c.scopeOf(node);
  const inner = new FnCtx(scope, fc);
  inner.codeIndex = c.codeInfo(scope, node, node.args);
  const params = paramNames(scope);
  if (params.length > 0 && (node.args.posonlyargs.length + node.args.args.length > 0 || node.args.vararg))
    inner.firstParam = jsLocal(params[0]!);
  // a generator of the simple shape compiles to a state machine instead of a JS generator (genstate.ts)
  const stateMachine = inner.isGenerator && fitsStateMachine(node, scope);
  let frame: StateFrame | null = null;
  if (bodyExpr !== null) inner.emit(`return ${c.expr(bodyExpr, inner)};`);
  else if (stateMachine) {
    inner.stateMachine = true;
    inner.states = 1;
    frame = planStateFrame(scope, inner, node.lineno ?? 1, countYields(bodyStmts!));
    stateMachineStmts(c, bodyStmts!, inner);
  } else {
    c.stmts(bodyStmts!, inner);
    inner.emit('return None;');
  }
  lastFrees = [...inner.frees].sort();
  const fnName = `$f${inner.codeIndex}`;
  const code = `$K[${inner.codeIndex}]`;
  const prologue = defaultsPrologue(node.args, fnName, params).join(' ');
  // The JS parameter list: positional params, *args, keyword-only, **kwargs (see DESIGN.md "Calls").
  const paramList = params.map(jsLocal).join(', ');
  const line = node.lineno ?? 1;
  const body = inner.out.join('\n');
  if (frame !== null) return `function ${fnName}(${paramList}) {\n${prologue}\n${stateMachineSource(code, frame, inner, body, true)}\n}`;
  const decl = c.declarations(inner);
  if (inner.isGenerator) {
    // The JS generator function is made once per `def`, not per call: each generator function object has its
    // own `prototype` for the generators it makes, so one made per call would give every generator a
    // different shape, and the calls resuming them would go megamorphic (several times slower).
    return (
      `(($gen) => function ${fnName}(${paramList}) {\n${prologue}\nreturn $mkgen(${code}, $gen(${paramList}));\n})(` +
      `function* (${paramList}) {\n${decl}\nlet $l = ${line};\n` +
      `try {\n${body}\n} catch ($e) { throw $tb($e, ${code}, $l); }\n})`
    );
  }
  return (
    `function ${fnName}(${paramList}) {\n${prologue}\n${decl}\nlet $l = ${line};\n` +
    `try {\nif (++$R.depth > $R.limit) $recursion();\n${body}\n} catch ($e) { throw $tb($e, ${code}, $l); } finally { $R.depth--; }\n}`
  );
}

/**
 * An annotation's value: under `from __future__ import annotations` the source text (PEP 563), else the
 * evaluated expression. `*args: *Ts` (PEP 646) stores the single item of unpacking Ts, as CPython's
 * UNPACK_SEQUENCE 1 does (so a one-item iterable is required).
 */
export function annotationValue(c: Compiler, e: any, fc: FnCtx): string {
  if (c.table.futureAnnotations) {
    const unparse = annotationText.unparse;
    if (unparse === null) throw c.syntaxError(e, `from __future__ import annotations needs the annotation unparser${leftOutMessage(FUTURE_ANNOTATIONS_OPTION)}`);
    return jsStr(unparse(e));
  }
  if (e._type === 'Starred') return `$unpack(${c.expr(e.value, fc)}, 1)[0]`;
  return c.expr(e, fc);
}

/** `$mkfn(code, fn, defaults, kwdefaults, G, annotations, doc)` for a def or lambda. */
function makeFunction(c: Compiler, node: any, fc: FnCtx, source: string, doc: string | null): string {
  const frees = lastFrees; // read before compiling defaults, which may compile other functions
  const args = node.args;
  const defaults = args.defaults.length ? `[${args.defaults.map((d: any) => c.expr(d, fc)).join(', ')}]` : 'null';
  const kwd: string[] = [];
  args.kwonlyargs.forEach((a: any, i: number) => {
    const d = args.kw_defaults[i];
    if (d) kwd.push(`[${jsStr(c.mangled(a.arg, fc))}, ${c.expr(d, fc)}]`);
  });
  const kwdefaults = kwd.length ? `new Map([${kwd.join(', ')}])` : 'null';
  // CPython's order (compiler_visit_annotations): args before posonlyargs; keys are private-mangled.
  const annotated: any[] = [...args.args, ...args.posonlyargs, args.vararg, ...args.kwonlyargs, args.kwarg];
  const ann: string[] = [];
  for (const a of annotated) if (a && a.annotation) ann.push(jsStr(c.mangled(a.arg, fc)), annotationValue(c, a.annotation, fc));
  if (node.returns) ann.push('"return"', annotationValue(c, node.returns, fc));
  const annotations = ann.length ? `[${ann.join(', ')}]` : 'null';
  const idx = source.match(/^(?:\(\(\$gen\) => )?function \$f(\d+)\(/)![1];
  const closure = frees.length ? `, () => [${frees.map((n) => jsLocal(n)).join(', ')}]` : '';
  if (frees.length) (c.consts[Number(idx)] as any).freevars = frees;
  return `$mkfn($K[${idx}], ${source}, ${defaults}, ${kwdefaults}, G, ${annotations}, ${doc === null ? 'null' : jsStr(doc)}${closure})`;
}

export function compileFunctionDef(c: Compiler, s: any, fc: FnCtx): void {
  const decs = s.decorator_list.map((d: any) => {
    const t = fc.tmp();
    fc.emit(`${t} = ${c.expr(d, fc)};`);
    return t;
  });
  fc.emit(`$l = ${s.lineno};`);
  const src = functionSource(c, s, fc, s.body, null);
  let value = makeFunction(c, s, fc, src, docstring(s.body));
  for (let i = decs.length - 1; i >= 0; i--) value = `$call1(${decs[i]}, ${value})`;
  fc.emit(c.storeName(s.name, value, fc));
}

export function compileLambda(c: Compiler, e: any, fc: FnCtx): string {
  const src = functionSource(c, e, fc, null, e.body);
  return makeFunction(c, e, fc, src, null);
}

export function compileClassDef(c: Compiler, s: any, fc: FnCtx): void {
  const scope = c.scopeOf(s);
  const decs = s.decorator_list.map((d: any) => {
    const t = fc.tmp();
    fc.emit(`${t} = ${c.expr(d, fc)};`);
    return t;
  });
  const hasStar = s.bases.some((b: any) => b._type === 'Starred') || s.keywords.some((k: any) => k.arg === null);
  let bases: string;
  if (hasStar) bases = `$spread($tuple([].concat(${s.bases.map((b: any) => (b._type === 'Starred' ? `$spread(${c.expr(b.value, fc)})` : `[${c.expr(b, fc)}]`)).join(', ')})))`;
  else bases = `[${s.bases.map((b: any) => c.expr(b, fc)).join(', ')}]`;
  const kw = s.keywords.filter((k: any) => k.arg !== null);
  const kwn = JSON.stringify(kw.map((k: any) => k.arg));
  const kwv = `[${kw.map((k: any) => c.expr(k.value, fc)).join(', ')}]`;
  const inner = new FnCtx(scope, fc);
  inner.codeIndex = c.codeInfo(scope, s, null);
  (c.consts[inner.codeIndex] as any).classcell = scope.needsClassClosure;
  setupAnnotations(s.body, '$ns', inner);
  const doc = docstring(s.body);
  if (doc !== null) inner.emit(`$nsStore($ns, "__doc__", ${jsStr(doc)});`);
  c.stmts(s.body, inner);
  const code = `$K[${inner.codeIndex}]`;
  // A default parameter is evaluated outside the body's `let` declarations, so `$outerClass` captures the
  // enclosing class body's `$class` (CPython: the __class__ cell passed down to this class body).
  const params = inner.outerClassCell ? '$ns, $outerClass = $class' : '$ns';
  const body =
    `function (${params}) {\nlet $class;\n${c.declarations(inner)}\nlet $l = ${s.lineno};\n` +
    `try {\n${inner.out.join('\n')}\n} catch ($e) { throw $tb($e, ${code}, $l); }\nreturn (c) => { $class = c; };\n}`;
  fc.emit(`$l = ${s.lineno};`);
  let value = `$mkclass(${code}, ${bases}, ${kwn}, ${kwv}, ${body}, G)`;
  for (let i = decs.length - 1; i >= 0; i--) value = `$call1(${decs[i]}, ${value})`;
  fc.emit(c.storeName(s.name, value, fc));
}

export function compileComprehension(c: Compiler, e: any, fc: FnCtx): string {
  const scope = c.scopeOf(e);
  const inner = new FnCtx(scope, fc);
  const gens = e.generators;
  const isGen = e._type === 'GeneratorExp';
  if (isGen && fitsStateMachine(e, scope)) {
    inner.stateMachine = true;
    inner.states = 1;
    const frame = planStateFrame(scope, inner, null, 1);
    stateMachineGenexp(c, e, inner);
    const outer = `$iterLoop(${c.expr(gens[0].iter, fc)})`;
    const body = inner.out.join('\n');
    inner.codeIndex = c.codeInfo(scope, e, null);
    return `(($it0) => {\n${stateMachineSource(`$K[${inner.codeIndex}]`, frame, inner, body, false)}\n})(${outer})`;
  }
  const result = '$r';
  const loops: string[] = [];
  const emitLoops = (i: number): void => {
    const g = gens[i];
    const it = i === 0 ? '$it0' : inner.label('it');
    const v = inner.label('v');
    const cont = inner.label('cont');
    const iterable = i === 0 ? null : c.expr(g.iter, inner);
    inner.emit(`${cont}: for (${i === 0 ? '' : `const ${it} = $iterLoop(${iterable})`};;) {`);
    loops.push(cont);
    inner.block(() => {
      inner.emit(`const ${v} = ${it}.$next();`);
      inner.emit(`if (${v} === undefined) break;`);
      inner.emit('if ($R.budget-- <= 0) $interrupt();');
      assignTarget(c, g.target, v, inner);
      for (const cond of g.ifs) inner.emit(`if (!${condition(c, cond, inner)}) continue ${cont};`);
      if (i + 1 < gens.length) emitLoops(i + 1);
      else if (isGen) inner.emit(`yield ${c.expr(e.elt, inner)};`);
      else if (e._type === 'DictComp') {
        const k = inner.tmp();
        inner.emit(`${k} = ${c.expr(e.key, inner)};`);
        inner.emit(`${result}.s.set(${k}, ${c.expr(e.value, inner)});`);
      } else if (e._type === 'SetComp') inner.emit(`${result}.s.add(${c.expr(e.elt, inner)});`);
      else inner.emit(`${result}.push(${c.expr(e.elt, inner)});`);
    });
    inner.emit('}');
  };
  emitLoops(0);
  const outer = `$iterLoop(${c.expr(gens[0].iter, fc)})`;
  const decl = c.declarations(inner);
  const body = inner.out.join('\n');
  if (isGen) {
    inner.codeIndex = c.codeInfo(scope, e, null);
    return `$mkgen($K[${inner.codeIndex}], (function* ($it0) {\n${decl}\n${body}\nreturn None;\n})(${outer}))`;
  }
  const init = e._type === 'DictComp' ? '$newDict()' : e._type === 'SetComp' ? '$newSet()' : '[]';
  const ret = e._type === 'ListComp' ? `$listOf(${result})` : result;
  return `(($it0) => {\n${decl}\nconst ${result} = ${init};\n${body}\nreturn ${ret};\n})(${outer})`;
}

export { constant };
