// Differential tests of the str type against CPython 3.11 (see strbytes-harness.ts), plus direct checks of
// the helpers other modules use (strLen/strIndex/strSlice/strContains).
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { PySlice, PyBoxed, strType } from '../../vm/runtime/types.js';
import { None, PyType, typeType, computeMro } from '../../vm/runtime/object.js';
import { call } from '../../vm/runtime/call.js';
import { contains } from '../../vm/runtime/operators.js';
import { strLen, strIndex, strSlice, strContains } from '../../vm/runtime/builtins/str.js';
import { formatValue } from '../../vm/runtime/format.js';
import { Case, V, pythonExpect, runCase, label, f, I, b, t, d, sub, sl } from './strbytes-harness.js';

const RECEIVERS: string[] = [
  '', 'abc', 'Hello World', '  spaced out  ', 'a,b,,c', 'ÄÖü ß', 'straße', 'ǆemal ǈub', 'ΑΣ ΣΑΣ ὈΔΥΣΣΕΎΣ', '日本語テキスト',
  '😀a😀b', 'tab\there\tx', 'l1\nl2\r\nl3\rl4\x0bl5\x0c\x1c\x1d\x1e\x85\u2028\u2029end', '123', '١٢٣', '²³', 'ⅷ½', '一二三',
  'Title Case Words', 'hello_world1', ' \t\n\x1f\xa0\u3000', "it's", 'MiXeD cAsE 42', 'ﬁne ﬂow', 'İstanbul', 'x\u0300y',
  'ǅungla', 'abc\ud800', '\x00\x7f\x80\xff', 'UPPER', 'lower', '_private', '2abc', 'with space', 'ﬀ', 'ß', 'Σ', 'aΣ', 'aΣb',
];

const PREDICATES = [
  'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable',
  'isspace', 'istitle', 'isupper',
];
const CASES_1 = ['lower', 'upper', 'casefold', 'capitalize', 'title', 'swapcase', '__len__', '__repr__', '__str__', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs', '__getnewargs__'];

function m(self: V, meth: string, args: V[] = [], kw?: Record<string, V>): Case {
  return kw ? { k: 'm', self, m: meth, args, kw } : { k: 'm', self, m: meth, args };
}

function buildCases(): Case[] {
  const cs: Case[] = [];
  for (const r of RECEIVERS) {
    for (const p of PREDICATES) cs.push(m(r, p));
    for (const p of CASES_1) cs.push(m(r, p));
    cs.push({ k: 'm', self: r, m: '__iter__', post: 'list' });
    cs.push(m(r, 'splitlines', [true]));
    cs.push(m(r, 'encode'));
    cs.push(m(r, 'encode', ['ascii', 'replace']));
    cs.push(m(r, 'encode', ['latin-1', 'backslashreplace']));
    cs.push(m(r, 'center', [12, '*']));
    cs.push(m(r, 'zfill', [8]));
    for (const i of [0, 1, -1, 3, -4, 40]) cs.push(m(r, '__getitem__', [i]));
    for (const s of [sl(1, 4), sl(null, null, -1), sl(-3), sl(0, null, 2), sl(5, 1, -2), sl(-100, 100, 3)]) cs.push(m(r, '__getitem__', [s]));
    for (const n of ['a', 'b', '', 'Σ', '😀', 'l2\r', ' ']) {
      cs.push(m(r, 'find', [n]), m(r, 'rfind', [n]), m(r, 'count', [n]), m(r, '__contains__', [n]), m(r, 'index', [n]));
      cs.push(m(r, 'find', [n, 2]), m(r, 'rfind', [n, 1, -1]), m(r, 'count', [n, -5, 100]), m(r, 'startswith', [n, 1]));
    }
  }
  const S = 'one two  three   four';
  cs.push(
    m(S, 'split', [null, 1]), m(S, 'split', [null, 2]), m(S, 'rsplit', [null, 1]), m(S, 'rsplit', [null, 0]), m(S, 'split', [' ']),
    m(S, 'split', [' ', 2]), m(S, 'rsplit', [' ', 2]), m(S, 'split', ['  ']), m(S, 'split', [], { maxsplit: 1 }),
    m(S, 'split', [], { sep: 'o' }), m(S, 'split', [''], {}), m(S, 'split', [1]), m(S, 'split', [null, 'x']),
    m(S, 'split', [','], { sep: ',' }), m(S, 'split', [], { foo: 1 }), m(' a b ', 'split', [null, 1]), m(' a b ', 'rsplit', [null, 1]),
    m('a,b,c', 'rsplit', [',', 1]), m('a,b,c', 'split', [',', 0]), m('a,b,c', 'split', [',', -1]), m(',a,', 'split', [',']),
    m('aaa', 'split', ['a']), m('aaa', 'rsplit', ['aa', 1]), m('aaa', 'split', ['aa', 1]), m('😀,😀', 'split', [',']),
    m('x', 'partition', ['x']), m('abcabc', 'partition', ['b']), m('abcabc', 'rpartition', ['b']), m('abc', 'partition', ['z']),
    m('abc', 'rpartition', ['z']), m('abc', 'partition', ['']), m('abc', 'partition', [1]),
    m('abcabc', 'replace', ['b', 'XX']), m('abcabc', 'replace', ['b', 'XX', 1]), m('abc', 'replace', ['', '-']),
    m('abc', 'replace', ['', '-', 2]), m('😀😀', 'replace', ['', '|']), m('abc', 'replace', ['', '']), m('a$b', 'replace', ['$', '$&$$']),
    m('abc', 'replace', [1, 'b']), m('abc', 'replace', ['a', 1]), m('abc', 'replace', ['a', 'b', 'c']), m('aaaa', 'replace', ['aa', 'b']),
    m('abc', 'replace', ['b', 'x', 0]), m('abc', 'replace', ['b', 'x', -3]),
    m('xxhixx', 'strip', ['x']), m('xyhiyx', 'strip', ['xy']), m('xyhiyx', 'lstrip', ['yx']), m('xyhiyx', 'rstrip', ['xy']),
    m('😀hi😀', 'strip', ['😀']), m('abc', 'strip', [1]), m('abc', 'lstrip', [1]), m('  x  ', 'strip', [null]), m('abc', 'strip', ['']),
    m('prefix_body', 'removeprefix', ['prefix_']), m('prefix_body', 'removesuffix', ['_body']), m('abc', 'removeprefix', ['']),
    m('abc', 'removeprefix', [1]), m('abc', 'removesuffix', ['abcd']),
    m(',', 'join', [['a', 'b', 'c']]), m(',', 'join', [t('a')]), m(',', 'join', [[]]), m(',', 'join', ['xyz']), m('', 'join', ['😀a']),
    m(',', 'join', [['a', 1]]), m(',', 'join', [5]), m('-', 'join', [[sub('x'), 'y']]), m('-', 'join', [d(['k', 1], ['j', 2])]),
    m('abc', 'startswith', [t('x', 'a')]), m('abc', 'startswith', [t('x', 1)]), m('abc', 'startswith', [1]), m('abc', 'endswith', [1]),
    m('abc', 'endswith', [t('bc', 'x')]), m('abc', 'endswith', ['b', 0, 2]), m('abc', 'startswith', ['', 3]), m('abc', 'startswith', ['', 4]),
    m('abc', 'endswith', ['', 4]), m('abc', 'startswith', ['b', -2]), m('abc', 'startswith', ['a', null, 1]), m('abc', 'find', ['c', null, null]),
    m('abc', 'find', ['c', 'x']), m('abc', 'find', [1]), m('abc', 'count', ['', 4]), m('abc', 'count', ['', 3]), m('abc', 'find', ['', 4]),
    m('abc', 'find', ['', 3]), m('abc', 'find', ['', 2, 1]), m('abc', 'index', ['z']), m('abc', 'rindex', ['z']), m('abcb', 'rindex', ['b']),
    m('abc', 'find', ['b', I(10n ** 30n)]), m('abc', 'find', ['b', I(-(10n ** 30n))]), m('a😀b😀c', 'find', ['c']), m('a😀b😀c', 'rfind', ['😀']),
    m('a😀b😀c', 'find', ['b', 2]), m('a😀b😀c', 'count', ['😀', 2]), m('a😀b😀c', 'index', ['c', -1]),
    m('abc', 'center', [2]), m('abc', 'center', [6]), m('ab', 'center', [5]), m('ab', 'center', [6, '😀']), m('a', 'center', [5, 'ab']),
    m('a', 'center', [5, 1]), m('a', 'ljust', [5, 1]), m('a', 'ljust', [4, '-']), m('a', 'rjust', [4, '-']), m('a', 'center', ['a']),
    m('a', 'ljust', [-3]), m('-42', 'zfill', [6]), m('+42', 'zfill', [6]), m('42', 'zfill', [1]), m('-', 'zfill', [3]), m('a', 'zfill', ['a']),
    m('a\tbc\tdef\tg\n\th', 'expandtabs'), m('a\tb', 'expandtabs', [4]), m('a\tb', 'expandtabs', [0]), m('a\tb', 'expandtabs', [-1]),
    m('a\tb', 'expandtabs', [], { tabsize: 2 }), m('😀\tb', 'expandtabs', [4]), m('a\tb', 'expandtabs', ['a']), m('ab\r\tc', 'expandtabs', [4]),
    m('abc', 'translate', [d([97, 'X'], [98, null], [99, 100])]), m('abc', 'translate', [d([97, 'xyz'])]), m('abc', 'translate', [[]]),
    m('abc', 'translate', [d([97, 0x110000])]), m('abc', 'translate', [d([97, f(1.5)])]), m('abc', 'translate', [1]),
    m('abc', 'translate', [['q', 'r', 's']]), m('abc', 'translate', [d([97, true])]),
    { k: 's', t: 'str', m: 'maketrans', args: ['abc', 'xyz'] }, { k: 's', t: 'str', m: 'maketrans', args: ['abc', 'xyz', 'q'] },
    { k: 's', t: 'str', m: 'maketrans', args: [d(['a', 1], [98, 'x'])] }, { k: 's', t: 'str', m: 'maketrans', args: [1] },
    { k: 's', t: 'str', m: 'maketrans', args: ['a', 'bc'] }, { k: 's', t: 'str', m: 'maketrans', args: [1, 2] },
    { k: 's', t: 'str', m: 'maketrans', args: ['a', 'b', 1] }, { k: 's', t: 'str', m: 'maketrans', args: [d(['ab', 1])] },
    { k: 's', t: 'str', m: 'maketrans', args: [d([f(1.5), 1])] },
    m('abc', 'encode', ['utf8']), m('abc', 'encode', ['UTF_8']), m('é', 'encode', ['latin1']), m('é', 'encode', ['ascii']),
    m('éé€', 'encode', ['ascii']), m('a€b', 'encode', ['latin-1', 'xmlcharrefreplace']), m('a€b', 'encode', ['ascii', 'ignore']),
    m('\ud800', 'encode'), m('\udcff', 'encode', ['utf-8', 'surrogateescape']),
    m('\ud800', 'encode', ['utf-8', 'surrogatepass']), m('a', 'encode', ['foo']), m('é', 'encode', ['ascii', 'bogus']),
    m('a', 'encode', [1]), m('a', 'encode', [], { errors: 1 }), m('😀', 'encode', ['utf-16'.slice(0, 5)]), m('€', 'encode', [], { encoding: 'utf-8' }),
    m('x', '__add__', ['y']), m('x', '__mul__', [3]), m('x', '__mul__', [0]), m('x', '__mul__', [-1]), m('x', '__rmul__', [2]),
    m('x', '__mul__', [true]), m('x', '__mul__', [I(2n ** 64n)]), m('ab', '__mul__', [I(2n ** 62n)]),
    m('a', '__eq__', ['a']), m('a', '__eq__', [1]), m('a', '__lt__', [1]), m('a', '__lt__', ['b']), m('b', '__ge__', ['a']),
    m('\uffff', '__lt__', ['😀']), m('😀', '__gt__', ['\uffff']), m('a', '__le__', ['a']), m('a', '__ne__', [sub('a')]),
    m('a', '__contains__', [1]), m('abc', '__getitem__', ['a']), m('abc', '__getitem__', [f(1.5)]), m('abc', '__getitem__', [true]),
    m('abc', '__getitem__', [I(2n ** 70n)]), m('a', '__format__', [1]), m('a', '__format__', ['>3']), m('a', '__rmod__', [1]),
    m('a', '__rmod__', ['%s!']), m(sub('hey'), 'upper'), m(sub('a b'), 'split'), m(sub('x'), '__add__', ['y']), m(sub('xy'), '__getitem__', [sl(1)]),
    m(sub('xy'), '__repr__'), m(sub('xy'), '__str__'), m(sub('abc'), 'find', [sub('c')]), m('abc', 'startswith', [sub('a')]),
    m('{0}-{1}', 'format', ['a', 'b']), m('{x}', 'format_map', [d(['x', 5])]), m('{0}', 'format_map', [d()]), m('a', 'format_map', [1]),
    m('{a}', 'format_map', [1]), m('{0!r:>6}', 'format', ['x']),
    { k: 'call', t: 'str' }, { k: 'call', t: 'str', args: [5] }, { k: 'call', t: 'str', args: [f(1.5)] }, { k: 'call', t: 'str', args: [b('a')] },
    { k: 'call', t: 'str', args: [b('abc'), 'ascii'] }, { k: 'call', t: 'str', args: [b('\xff'), 'utf-8'] }, { k: 'call', t: 'str', args: [b('\xff'), 'utf-8', 'replace'] },
    { k: 'call', t: 'str', args: ['a', 'utf-8'] }, { k: 'call', t: 'str', args: [1, 'utf-8'] }, { k: 'call', t: 'str', kw: { object: 'x' } },
    { k: 'call', t: 'str', args: [b('x')], kw: { encoding: 'ascii' } }, { k: 'call', t: 'str', args: [b('x')], kw: { errors: 'strict' } },
    { k: 'call', t: 'str', args: [1, 2, 3, 4] }, { k: 'call', t: 'str', kw: { foo: 1 } }, { k: 'call', t: 'str', args: [sub('q')] },
    { k: 'call', t: 'str', args: [[1, 'a']] }, { k: 'call', t: 'str', args: [t(1, 'a')] }, { k: 'call', t: 'str', args: [null] },
    { k: 'call', t: 'str', args: [true] }, { k: 'call', t: 'str', args: [I(10n ** 25n)] }, { k: 'call', t: 'str', args: [b('\xc3\xa9'), 'latin-1'] },
    { k: 'op', op: '+', a: 'a', b: 1 }, { k: 'op', op: '+', a: 1, b: 'a' }, { k: 'op', op: '*', a: 'ab', b: 3 }, { k: 'op', op: '*', a: 3, b: 'ab' },
    { k: 'op', op: '*', a: 'a', b: 'b' }, { k: 'op', op: '*', a: 'a', b: f(2.0) }, { k: 'op', op: '<', a: 'a', b: 1 }, { k: 'op', op: 'in', a: 1, b: 'a' },
    { k: 'op', op: '+', a: sub('a'), b: 'b' }, { k: 'op', op: '==', a: sub('a'), b: 'a' }, { k: 'op', op: '<', a: 'abc', b: 'abd' },
    { k: 'op', op: 'in', a: 'bc', b: 'abcd' }, { k: 'op', op: 'in', a: '', b: '' }, { k: 'op', op: '+=', a: 'a', b: 'b' },
  );
  return cs;
}

let CASES: Case[] = [];
let EXPECTED: string[] = [];

beforeAll(() => {
  bootstrap();
  CASES = buildCases();
  EXPECTED = pythonExpect(CASES);
});

describe('str differential (CPython 3.11)', () => {
  it('has enough cases', () => {
    expect(CASES.length).toBeGreaterThan(1000);
  });
  it('matches python3 on every case', () => {
    const bad: string[] = [];
    CASES.forEach((c, i) => {
      const got = runCase(c, formatValue);
      if (got !== EXPECTED[i]) bad.push(`${label(c)}\n   python: ${EXPECTED[i]}\n   ours:   ${got}`);
    });
    if (process.env.STRBYTES_DUMP) require('node:fs').writeFileSync(process.env.STRBYTES_DUMP, bad.join('\n'));
    expect(bad.slice(0, 40).join('\n')).toBe('');
    expect(bad.length).toBe(0);
  });
});

describe('str helpers', () => {
  it('count code points', () => {
    expect(strLen('abc')).toBe(3);
    expect(strLen('😀a')).toBe(2);
    expect(strLen('\ud800')).toBe(1);
    expect(strIndex('a😀b', 1)).toBe('😀');
    expect(strIndex('a😀b', -1)).toBe('b');
    expect(strSlice('a😀b😀', new PySlice(None, None, -1))).toBe('😀b😀a');
    expect(strSlice('hello', new PySlice(1, 4, None))).toBe('ell');
    expect(strContains('hello', 'ell')).toBe(true);
    expect(contains('hello', 'xyz')).toBe(false);
    expect(call(strType.dict.split, ['a b', ' ']).a).toEqual(['a', 'b']);
  });
  it('creates str subclass instances as PyBoxed with an attribute bag', () => {
    const S = new PyType('S', [strType], typeType, 1 | 2 | 4);
    S.mro = computeMro(S);
    const o = call(strType.dict.__new__.func, [S, 42]);
    expect(o).toBeInstanceOf(PyBoxed);
    expect(o.v).toBe('42');
    expect(o.$d).toBeDefined();
    expect(call(strType.dict.__new__.func, [strType, 'x'])).toBe('x');
    expect(call(strType.dict.upper, [o])).toBe('42');
    expect(call(strType.dict.__len__, [o])).toBe(2);
  });
});
