// Differential test of the parser against CPython 3.11: for every corpus file, our
// astDump(parse(src)) must equal ast.dump(ast.parse(src)) exactly, with and without
// position attributes. CPython counts columns in UTF-8 bytes and we count UTF-16 units, so
// the Python side converts its columns before dumping (a no-op on ASCII lines).

import { describe, expect, it } from 'vitest';
import { astDump } from '../../vm/compiler/ast-dump';
import { CompileError } from '../../vm/compiler/errors';
import { parse } from '../../vm/compiler/parser';
import { corpusFiles, runPython } from './python';

const DUMP_SCRIPT = String.raw`
import ast, json, sys

def utf16_columns(src, tree):
    lines = src.split('\n')
    def conv(lineno, col):
        if lineno is None or col is None or lineno < 1 or lineno > len(lines):
            return col
        raw = lines[lineno - 1].encode('utf-8')[:col].decode('utf-8', 'replace')
        return len(raw.encode('utf-16-le')) // 2
    for node in ast.walk(tree):
        if getattr(node, 'col_offset', None) is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)

out = []
for item in json.load(sys.stdin):
    src, mode = item['src'], item['mode']
    try:
        tree = ast.parse(src, mode=mode)
        plain = ast.dump(tree)
        utf16_columns(src, tree)
        out.append({'plain': plain, 'attrs': ast.dump(tree, include_attributes=True)})
    except SyntaxError as e:
        out.append({'error': [type(e).__name__, e.msg, e.lineno]})
print(json.dumps(out))
`;

interface PyResult {
  plain?: string;
  attrs?: string;
  error?: [string, string, number];
}

function ours(src: string, mode: 'exec' | 'eval' | 'single'): PyResult {
  try {
    const tree = parse(src, 'x.py', mode);
    return { plain: astDump(tree), attrs: astDump(tree, true) };
  } catch (e) {
    if (e instanceof CompileError) return { error: [e.kind, e.msg, e.lineno] };
    throw e;
  }
}

/** Snippets for the eval and single input modes. */
const MODE_CASES: [string, 'eval' | 'single'][] = [
  ['1 + 2', 'eval'],
  ['x if y else z', 'eval'],
  ['(yield x)', 'eval'],
  ['a, *b', 'eval'],
  ['lambda: 0\n\n', 'eval'],
  ['[i async for i in x]', 'eval'],
  ['x = 1', 'single'],
  ['x = 1; y = 2', 'single'],
  ['if x:\n    pass\nelse:\n    y\n', 'single'],
  ['print("hi")  # comment\n', 'single'],
];

/** Small programs exercising position attributes that the corpus files may not cover. */
const POSITION_CASES = [
  'x = (\n  1 +\n  2\n)\n',
  '@dec\ndef f(a, /, b: int = 2, *c, d, **e) -> None:\n    """doc"""\n    return a\n',
  'f"{a!r:>{w}} {b=}" "tail"\n',
  'x = f"""\n  {a +\n b}"""\n',
  'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n',
  'match p:\n    case {"k": [1, *r]} | C(x=1) as q if q:\n        pass\n',
  'with (open(a) as b, c):\n    pass\n',
  'try:\n    pass\nexcept* E as e:\n    pass\nfinally:\n    pass\n',
  'a[1:2, ::3, x] = [y for y in z if y]\n',
  'async def f():\n    async with a as b, c:\n        await d\n',
  'x = 1 +\\\n    2\n',
  'del (a), [b, c.d], e[0]\n',
  'global a, b\nimport x.y as z, w\nfrom ..m import (n as o, p,)\n',
];

describe('parser: AST identical to CPython ast.dump', () => {
  const files = corpusFiles();

  it('finds the corpus', () => {
    expect([...files.keys()].filter((f) => f.startsWith('tests/compiler/corpus/')).length).toBeGreaterThanOrEqual(7);
  });

  const names = [...files.keys()];
  const expected = runPython<PyResult[]>(DUMP_SCRIPT, names.map((n) => ({ src: files.get(n), mode: 'exec' })));

  names.forEach((name, i) => {
    it(`${name}`, () => {
      const exp = expected[i]!;
      const got = ours(files.get(name)!, 'exec');
      if (exp.error) {
        // A corpus file CPython rejects must be rejected the same way.
        expect(got.error).toEqual(exp.error);
        return;
      }
      expect(got.error).toBeUndefined();
      expect(got.plain).toBe(exp.plain);
      expect(got.attrs).toBe(exp.attrs);
    });
  });

  it('eval and single modes', () => {
    const exp = runPython<PyResult[]>(DUMP_SCRIPT, MODE_CASES.map(([src, mode]) => ({ src, mode })));
    MODE_CASES.forEach(([src, mode], i) => {
      expect(ours(src, mode), `${mode}: ${JSON.stringify(src)}`).toEqual(exp[i]);
    });
  });

  it('positions of multi-line and nested constructs', () => {
    const exp = runPython<PyResult[]>(DUMP_SCRIPT, POSITION_CASES.map((src) => ({ src, mode: 'exec' })));
    POSITION_CASES.forEach((src, i) => {
      expect(ours(src, 'exec'), JSON.stringify(src)).toEqual(exp[i]);
    });
  });
});
