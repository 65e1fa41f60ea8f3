// Symbol tables compared with CPython 3.11's `symtable` module: for every block, the raw
// symbol flags (DEF_* bits | scope << SCOPE_OFF, which encode locals/globals/nonlocals/frees
// and cells) must be identical, as must the tree of child blocks. Plus direct checks of the
// Scope API used by the code generator.

import { describe, expect, it } from 'vitest';
import { parse } from '../../vm/compiler/parser';
import { buildSymtable, type Scope } from '../../vm/compiler/symtable';
import { corpusFiles, rng, runPython } from './python';

const SYMTABLE_SCRIPT = String.raw`
import json, symtable, sys
def dump(t):
    kind = {0: 'function', 1: 'class', 2: 'module'}.get(t.type, str(t.type))
    return {'type': kind, 'name': t.name, 'lineno': t.lineno,
            'symbols': dict(sorted(t.symbols.items())),
            'children': [dump(c) for c in t.children]}
out = []
for src in json.load(sys.stdin):
    try:
        out.append(dump(symtable.symtable(src, 'x.py', 'exec')._table))
    except SyntaxError as e:
        out.append({'error': [type(e).__name__, e.msg, e.lineno, e.offset]})
print(json.dumps(out))
`;

interface Dumped {
  type?: string;
  name?: string;
  lineno?: number;
  symbols?: Record<string, number>;
  children?: Dumped[];
  error?: [string, string, number, number];
}

/**
 * Our table in the same shape. Symbols are sorted: CPython appends free names propagated from
 * children by iterating a Python set, whose order depends on string hashing.
 */
function dump(s: Scope): Dumped {
  const symbols: Record<string, number> = {};
  for (const k of [...s.symbols.keys()].sort()) symbols[k] = s.symbols.get(k)!;
  return { type: s.type, name: s.name, lineno: s.lineno, symbols, children: s.children.map(dump) };
}

function ours(src: string): Dumped {
  try {
    return dump(buildSymtable(parse(src, 'x.py'), 'x.py', src, { compileChecks: false }).top);
  } catch (e) {
    const err = e as { kind: string; msg: string; lineno: number; offset: number };
    if (err.kind) return { error: [err.kind, err.msg, err.lineno, err.offset] };
    throw e;
  }
}

/** Hand-written nested-scope programs (each a separate module). */
const PROGRAMS = [
  'def f():\n    x = 1\n    def g():\n        return x\n    return g\n',
  'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n',
  'x = 0\ndef f():\n    global x\n    x = 1\n    def g():\n        return x\n',
  'def f():\n    def g():\n        def h():\n            return v\n        return h\n    v = 1\n    return g\n',
  'class C:\n    x = 1\n    def m(self):\n        return x\n',
  'def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n',
  'def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n',
  'class C:\n    def m(self):\n        return super().m()\n',
  'class C:\n    def m(self):\n        return __class__\n',
  'class C:\n    def m(self):\n        def inner():\n            return super()\n        return inner\n',
  'class C:\n    __x = 1\n    def __m(self, __a):\n        return self.__x, __a, __y\n',
  'def f(a, /, b=1, *c, d, e=2, **g):\n    return a, b, c, d, e, g\n',
  'def f():\n    return [x for x in range(3)], x\n',
  'def f():\n    y = 1\n    return [x + y for x in range(y)]\n',
  'def f(data):\n    return [(last := v) for v in data], last\n',
  'def f():\n    global g\n    [(g := v) for v in range(3)]\n',
  '[(m := v) for v in range(3)]\n',
  'def f():\n    return [[(z := a) for a in b] for b in c]\n',
  'def f():\n    yield 1\n',
  'def f():\n    return (yield)\n',
  'def f():\n    return (x for x in y)\n',
  'async def f():\n    await g()\n    return [x async for x in y]\n',
  'def f():\n    l = lambda a, b=c: a + b + d\n    d = 1\n',
  'def f():\n    try:\n        pass\n    except E as e:\n        pass\n    import os.path\n    from a import b as c\n',
  'def f(cmd):\n    match cmd:\n        case [a, *b] | (a, *b):\n            pass\n        case {"k": v, **rest}:\n            pass\n        case C(x=px) as whole:\n            pass\n',
  'def f():\n    x: int = 1\n    y: str\n    return x\n',
  'from __future__ import annotations\ndef f(a: A) -> R:\n    b: B = 1\n',
  'from __future__ import annotations\nclass C:\n    def f(self, a: [x for x in y], b: lambda: z) -> (lambda q: __p):\n        c: [w for w in v] = 1\n    d: {k: 1 for k in e}\n',
  'def f():\n    def g():\n        nonlocal x\n    x = 1\n',
  'def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n',
  'class A:\n    class B:\n        def m(self):\n            return A, B\n',
  'def outer():\n    v = 1\n    class K:\n        def m(self):\n            return v\n    return K\n',
  'def f():\n    [a for a in b if (c := a)]\n    return c\n',
];

/** Generated nested-scope programs (random uses, bindings, global/nonlocal, walrus, super). */
function generated(seed: number, count: number): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const names = ['a', 'b', 'c', 'x', '__p'];
  const expr = (d: number): string => {
    const r = rand();
    if (d > 2 || r < 0.35) return pick(names);
    if (r < 0.45) return 'super().f()';
    if (r < 0.55) return `[${expr(d + 1)} for ${pick(names.slice(0, 4))} in ${expr(d + 1)}]`;
    if (r < 0.62) return `(lambda ${pick(names.slice(0, 4))}: ${expr(d + 1)})`;
    if (r < 0.7) return `(${pick(names.slice(0, 4))} := ${expr(d + 1)})`;
    if (r < 0.78) return `{${expr(d + 1)}: ${expr(d + 1)} for ${pick(names.slice(0, 4))} in ${expr(d + 1)} if ${expr(d + 1)}}`;
    if (r < 0.85) return `(${expr(d + 1)} for ${pick(names.slice(0, 4))}, ${pick(names.slice(0, 4))} in ${expr(d + 1)})`;
    return `${expr(d + 1)} + ${expr(d + 1)}`;
  };
  const block = (depth: number, ind: number, inFunc: boolean): string[] => {
    const lines: string[] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const p = ' '.repeat(ind);
      const r = rand();
      if (r < 0.2) lines.push(`${p}${pick(names)} = ${expr(0)}`);
      else if (r < 0.35) lines.push(`${p}print(${expr(0)})`);
      else if (r < 0.42) lines.push(`${p}global ${pick(names)}`);
      else if (r < 0.5 && inFunc) lines.push(`${p}nonlocal ${pick(names)}`);
      else if (r < 0.55) lines.push(`${p}del ${pick(names)}`);
      else if (r < 0.6) lines.push(`${p}for ${pick(names.slice(0, 4))} in ${expr(0)}: pass`);
      else if (r < 0.63) lines.push(`${p}import ${pick(['os', 'os.path', 'a.b as ' + pick(names.slice(0, 4))])}`);
      else if (r < 0.66) lines.push(`${p}${pick(names.slice(0, 4))}: int = 1`);
      else if (depth < 4 && r < 0.85) {
        lines.push(`${p}def ${pick(['f', 'g', '__h'])}(${pick(['', 'a', 'a, b=x', '*a, b', 'self, __p=c'])}):`);
        lines.push(...block(depth + 1, ind + 4, true));
      } else if (depth < 4) {
        lines.push(`${p}class ${pick(['C', 'D', '_E'])}(${pick(['', 'x', 'object'])}):`);
        lines.push(...block(depth + 1, ind + 4, inFunc));
      } else lines.push(`${p}pass`);
    }
    return lines;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(block(0, 0, false).join('\n') + '\n');
  return out;
}

function compareAll(sources: string[]): void {
  const expected = runPython<Dumped[]>(SYMTABLE_SCRIPT, sources);
  const bad: string[] = [];
  sources.forEach((src, i) => {
    const got = ours(src);
    if (JSON.stringify(got) !== JSON.stringify(expected[i])) {
      bad.push(`${src}\n  python: ${JSON.stringify(expected[i]).slice(0, 400)}\n  ours:   ${JSON.stringify(got).slice(0, 400)}`);
    }
  });
  expect(bad.slice(0, 10).join('\n')).toBe('');
}

describe('symtable identical to CPython symtable', () => {
  it('corpus files', () => {
    compareAll([...corpusFiles().values()]);
  });

  it('nested-scope programs', () => {
    compareAll(PROGRAMS);
  });

  it('generated nested-scope programs (including error cases)', () => {
    const sources = generated(4242, 1500);
    compareAll(sources);
  });
});

describe('Scope API', () => {
  const table = (src: string) => buildSymtable(parse(src, 'x.py'), 'x.py', src);

  it('classifies locals, cells, frees and globals', () => {
    const t = table(
      'g = 1\ndef outer(p):\n    c = 1\n    def inner():\n        nonlocal c\n        c += p\n        return g, len\n    return inner\n');
    const outer = t.top.children[0]!;
    const inner = outer.children[0]!;
    expect(outer.name).toBe('outer');
    expect(outer.cells.sort()).toEqual(['c', 'p']);
    expect(outer.locals.sort()).toEqual(['c', 'inner', 'p']);
    expect(outer.varnames).toEqual(['p']);
    expect(inner.frees.sort()).toEqual(['c', 'p']);
    expect(inner.nonlocals).toEqual(['c']);
    expect(inner.lookup('g')).toBe('global_implicit');
    expect(inner.lookup('len')).toBe('global_implicit');
    expect(inner.lookup('c')).toBe('free');
    expect(outer.lookup('c')).toBe('cell');
    expect(t.scopes.get(t.top.node)).toBe(t.top);
  });

  it('marks classes needing a __class__ cell and mangles private names', () => {
    const t = table('class Foo:\n    __a = 1\n    def m(self):\n        return super().m(), self.__a, __b\n    def n(self):\n        pass\n');
    const cls = t.top.children[0]!;
    expect(cls.type).toBe('class');
    expect(cls.needsClassClosure).toBe(true);
    expect(cls.locals).toContain('_Foo__a');
    const m = cls.children[0]!;
    expect(m.frees).toEqual(['__class__']);
    expect(m.lookup('__b')).toBe('global_implicit');
    expect([...m.symbols.keys()]).toContain('_Foo__b');
    expect(cls.children[1]!.frees).toEqual([]);
    const plain = table('class Bar:\n    def m(self):\n        return 1\n').top.children[0]!;
    expect(plain.needsClassClosure).toBe(false);
  });

  it('sees enclosing-function variables from class bodies as free', () => {
    const t = table('def f():\n    v = 1\n    class C:\n        w = v\n        def m(self):\n            return v\n    return C\n');
    const f = t.top.children[0]!;
    const c = f.children[0]!;
    expect(f.cells).toEqual(['v']);
    expect(c.lookup('v')).toBe('free');
    expect(c.lookup('w')).toBe('local');
    expect(c.children[0]!.lookup('v')).toBe('free');
  });

  it('treats comprehensions as function scopes with walrus binding outside', () => {
    const t = table('def f(data):\n    r = [(last := x) for x in data if x]\n    return last\n');
    const f = t.top.children[0]!;
    const comp = f.children[0]!;
    expect(comp.name).toBe('listcomp');
    expect(comp.comprehension).toBe('list');
    expect(comp.varnames).toEqual(['.0']);
    expect(comp.lookup('x')).toBe('local');
    expect(comp.lookup('last')).toBe('free');
    expect(comp.symbols.has('data')).toBe(false); // the outermost iterable is evaluated in f
    expect(f.lookup('last')).toBe('cell');
    expect(f.lookup('data')).toBe('local');
  });

  it('detects generators and coroutines', () => {
    const t = table('def g():\n    x = [y for y in z]\n    w = (y for y in z)\n    yield\nasync def a():\n    await b\nasync def ag():\n    yield 1\ndef h():\n    return lambda: (yield)\n');
    const [g, a, ag, h] = t.top.children;
    expect(g!.isGenerator).toBe(true);
    expect(g!.children[0]!.comprehension).toBe('list');
    expect(g!.children[0]!.isGenerator).toBe(false);
    expect(g!.children[1]!.comprehension).toBe('generator');
    expect(g!.children[1]!.isGenerator).toBe(true);
    expect(a!.isCoroutine).toBe(true);
    expect(a!.isGenerator).toBe(false);
    expect(ag!.isCoroutine && ag!.isGenerator).toBe(true);
    expect(h!.isGenerator).toBe(false);
    expect(h!.children[0]!.isLambda).toBe(true);
    expect(h!.children[0]!.isGenerator).toBe(true);
  });

  it('raises the compiler errors CPython raises', () => {
    const errorOf = (src: string) => {
      try {
        table(src);
      } catch (e) {
        return (e as Error & { msg: string; lineno: number }).msg;
      }
      return null;
    };
    expect(errorOf('return 1')).toBe("'return' outside function");
    expect(errorOf('while x:\n    def f():\n        break')).toBe("'break' outside loop");
    expect(errorOf('continue')).toBe("'continue' not properly in loop");
    expect(errorOf('class C:\n    yield 1')).toBe("'yield' outside function");
    expect(errorOf('def f():\n    nonlocal q')).toBe("no binding for nonlocal 'q' found");
    expect(errorOf('nonlocal q')).toBe('nonlocal declaration not allowed at module level');
    expect(errorOf('def f(x):\n    global x')).toBe("name 'x' is parameter and global");
    expect(errorOf('def f():\n    print(x)\n    global x')).toBe("name 'x' is used prior to global declaration");
    expect(errorOf('[x for x in (y := [1])]')).toBe('assignment expression cannot be used in a comprehension iterable expression');
    expect(errorOf('for x in y:\n    break')).toBeNull();
    expect(errorOf('def f():\n    for x in y:\n        try:\n            pass\n        finally:\n            continue')).toBeNull();
  });
});
