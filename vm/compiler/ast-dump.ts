// ast.dump() in CPython 3.11's exact output format, for differential tests against
// `python3 -c "import ast; print(ast.dump(ast.parse(src)))"` and for debugging.

import type * as A from './ast';
import { isPrintableCodePoint } from './tokenizer';

/** Field names in CPython's order; a trailing '?' marks optional fields (omitted when None). */
const FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  Interactive: ['body'],
  Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
};

/** Node types without position attributes. */
const NO_ATTRIBUTES = new Set(['Module', 'Interactive', 'Expression', 'comprehension', 'arguments', 'withitem', 'match_case']);

/** Fields whose string value is an operator or context class name, printed as `Add()`. */
const ENUM_FIELDS = new Set(['op', 'ops', 'ctx']);

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    const ch = String.fromCodePoint(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c === 127) out += '\\x' + hex(c, 2);
    else if (c < 127) out += ch;
    else if (isPrintableCodePoint(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}

/** Python's repr() of a bytes object. */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = 'b' + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/**
 * Python's float repr: shortest round-tripping digits, exponent notation when the decimal
 * exponent is < -4 or >= 16. `addDot0` appends ".0" to integral fixed-point output (float
 * repr does, the imaginary part of a complex repr does not).
 */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDot0 ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const decpt = Number(expStr) + 1;
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    body = digits[0]! + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (e < 0 ? '-' : '+') +
      String(Math.abs(e)).padStart(2, '0');
  } else if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  } else {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  }
  return sign + body;
}

/** Python repr() of a constant value. */
export function reprConstant(v: A.ConstantValue): string {
  switch (v.t) {
    case 'None': return 'None';
    case 'bool': return v.v ? 'True' : 'False';
    case 'int': return v.v.toString();
    case 'float': return reprFloat(v.v);
    case 'complex': return reprFloat(v.imag, false) + 'j';
    case 'str': return reprStr(v.v);
    case 'bytes': return reprBytes(v.v);
    case 'Ellipsis': return 'Ellipsis';
  }
}

function isConstantValue(x: object): x is A.ConstantValue {
  return 't' in x && !('_type' in x);
}

/** ast.dump(node, include_attributes=...) exactly as CPython 3.11 prints it. */
export function astDump(node: A.Node, includeAttributes = false): string {
  const fmt = (value: unknown, field: string): string => {
    if (value === null || value === undefined) return 'None';
    if (Array.isArray(value)) return '[' + value.map((v) => fmt(v, field)).join(', ') + ']';
    if (typeof value === 'string') return ENUM_FIELDS.has(field) ? `${value}()` : reprStr(value);
    if (typeof value === 'number') return String(value);
    if (typeof value === 'object') {
      if (isConstantValue(value)) return reprConstant(value);
      return dumpNode(value as A.Node);
    }
    return String(value);
  };
  const dumpNode = (n: A.Node): string => {
    const fields = FIELDS[n._type];
    if (!fields) throw new Error(`astDump: unknown node type ${n._type}`);
    const rec = n as unknown as Record<string, unknown>;
    const parts: string[] = [];
    for (const f of fields) {
      const optional = f.endsWith('?');
      const name = optional ? f.slice(0, -1) : f;
      const v = rec[name];
      if (optional && (v === null || v === undefined)) continue;
      parts.push(`${name}=${fmt(v, name)}`);
    }
    if (includeAttributes && !NO_ATTRIBUTES.has(n._type)) {
      for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
        const v = rec[a];
        if (v !== null && v !== undefined) parts.push(`${a}=${v}`);
      }
    }
    return `${n._type}(${parts.join(', ')})`;
  };
  return dumpNode(node);
}
