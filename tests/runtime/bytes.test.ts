// Differential tests of bytes and bytearray against CPython 3.11 (see strbytes-harness.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { PyBytes, PyByteArray, bytesType, bytearrayType } from '../../vm/runtime/types.js';
import { call } from '../../vm/runtime/call.js';
import { hash } from '../../vm/runtime/convert.js';
import { formatValue } from '../../vm/runtime/format.js';
import { Case, V, pythonExpect, runCase, label, f, I, b, bx, ba, t, d, sl } from './strbytes-harness.js';

const RAW = ['', 'abc', 'Hello World', '  spaced  ', 'a,b,,c', '\x00\xff\x80', "it's", 'a"b\'c', '\t\n\r\\', 'MiXeD 42', 'l1\nl2\r\nl3\r', 'Title Case', '123', 'x\ty'];
const PREDS = ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper'];
const NOARG = ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'hex', '__len__', '__repr__', '__str__', 'expandtabs'];

function m(self: V, meth: string, args: V[] = [], kw?: Record<string, V>): Case {
  return kw ? { k: 'm', self, m: meth, args, kw } : { k: 'm', self, m: meth, args };
}

function buildCases(): Case[] {
  const cs: Case[] = [];
  for (const r of RAW) {
    for (const self of [b(r), ba(r)]) {
      for (const p of PREDS) cs.push(m(self, p));
      for (const p of NOARG) cs.push(m(self, p));
      cs.push({ k: 'm', self, m: '__iter__', post: 'list' });
      cs.push(m(self, 'splitlines', [true]), m(self, 'center', [12, b('*')]), m(self, 'zfill', [6]), m(self, 'hex', [':']), m(self, 'hex', ['-', 2]));
      cs.push(m(self, 'decode'), m(self, 'decode', ['latin-1']), m(self, 'decode', ['ascii', 'replace']), m(self, 'decode', ['utf-8', 'backslashreplace']));
      for (const i of [0, -1, 2, 40]) cs.push(m(self, '__getitem__', [i]));
      for (const s of [sl(1, 4), sl(null, null, -1), sl(0, null, 2)]) cs.push(m(self, '__getitem__', [s]));
      for (const n of [b('a'), b(''), b(','), 97, b('l2\r')]) {
        cs.push(m(self, 'find', [n]), m(self, 'rfind', [n]), m(self, 'count', [n]), m(self, '__contains__', [n]), m(self, 'index', [n, 1]));
      }
    }
  }
  const B = b('one two  three');
  cs.push(
    m(B, 'split', [null, 1]), m(B, 'rsplit', [null, 1]), m(B, 'split', [b(' ')]), m(B, 'split', [b(' '), 1]), m(B, 'rsplit', [b(' '), 1]),
    m(B, 'split', [], { sep: b('o') }), m(B, 'split', [b('')]), m(B, 'split', ['o']), m(ba('a,b'), 'split', [b(',')]),
    m(b('a,b,c'), 'partition', [b(',')]), m(b('a,b,c'), 'rpartition', [b(',')]), m(b('abc'), 'partition', [b('z')]), m(ba('abc'), 'rpartition', [b('z')]),
    m(b('abc'), 'partition', ['a']), m(b('abc'), 'partition', [b('')]),
    m(b('abcabc'), 'replace', [b('b'), b('XX')]), m(b('abcabc'), 'replace', [b('b'), b('XX'), 1]), m(b('abc'), 'replace', [b(''), b('-')]),
    m(b('abc'), 'replace', [b(''), b('-'), 2]), m(ba('abc'), 'replace', [b('a'), ba('zz')]), m(b('a'), 'replace', ['a', 'b']),
    m(b('xxhixx'), 'strip', [b('x')]), m(b('xyhiyx'), 'lstrip', [b('yx')]), m(b('xyhiyx'), 'rstrip', [ba('xy')]), m(b('a'), 'strip', ['a']),
    m(b(','), 'join', [[b('a'), ba('b'), b('c')]]), m(ba(','), 'join', [t(b('a'))]), m(b(','), 'join', [[]]), m(b(','), 'join', [['a']]),
    m(b(','), 'join', [1]), m(b('abc'), 'startswith', [b('a')]), m(b('abc'), 'startswith', [t(b('x'), b('ab'))]), m(b('abc'), 'startswith', ['a']),
    m(b('abc'), 'startswith', [t('a')]), m(b('abc'), 'endswith', [b('bc'), 0, 3]), m(b('abc'), 'endswith', [b('b'), 0, 2]),
    m(b('abc'), 'find', ['a']), m(b('abc'), 'find', [300]), m(b('abc'), 'find', [b('c'), -1]), m(b('abc'), 'index', [b('z')]), m(b('abc'), 'rindex', [98]),
    m(b('a'), 'center', [5, 'x']), m(b('a'), 'center', [5, b('xy')]), m(b('a'), 'ljust', [4, b('-')]), m(b('a'), 'rjust', [4]), m(b('ab'), 'center', [5]),
    m(b('-12'), 'zfill', [5]), m(b('a'), 'zfill', ['x']), m(b('a\tbc\tdef'), 'expandtabs', [4]), m(b('a\tb'), 'expandtabs', [], { tabsize: 2 }),
    m(b('prefix_body'), 'removeprefix', [b('prefix_')]), m(b('prefix_body'), 'removesuffix', [b('_body')]), m(b('a'), 'removeprefix', ['a']),
    m(b('abc'), 'translate', [null, b('a')]), m(b('abc'), 'translate', [b('x')]), m(b('abc'), 'translate', [bx('00'.repeat(97) + '7a7a7a' + '00'.repeat(156))]),
    m(b('abc'), 'translate', [null], { delete: b('bc') }),
    { k: 's', t: 'bytes', m: 'maketrans', args: [b('a'), b('bc')] }, { k: 's', t: 'bytes', m: 'maketrans', args: [b('ab'), b('cd')] },
    { k: 's', t: 'bytes', m: 'fromhex', args: ['01 02 0a'] }, { k: 's', t: 'bytes', m: 'fromhex', args: ['a'] }, { k: 's', t: 'bytes', m: 'fromhex', args: ['zz'] },
    { k: 's', t: 'bytes', m: 'fromhex', args: [' 01'] }, { k: 's', t: 'bytes', m: 'fromhex', args: ['0 1'] }, { k: 's', t: 'bytes', m: 'fromhex', args: [1] },
    { k: 's', t: 'bytearray', m: 'fromhex', args: ['ff00FF'] },
    m(b('abc'), 'hex', ['::']), m(b('abcdef'), 'hex', [':', -2]), m(b('abcde'), 'hex', [':', 2]), m(b('abcde'), 'hex', [b('|'), -2]), m(b('abc'), 'hex', [], { sep: '_' }),
    m(b('\xff'), 'decode'), m(b('\xe0\x80'), 'decode'), m(b('\xe0'), 'decode'), m(b('\xed\xa0\x80'), 'decode'), m(b('\xe2\x82'), 'decode'),
    m(b('a\xe2\x82b'), 'decode'), m(b('a\xe2\x82b\xff'), 'decode', ['utf-8', 'replace']), m(b('a\xffb'), 'decode', ['utf-8', 'ignore']),
    m(b('\xf0\x9f\x98\x80'), 'decode'), m(b('\xf4\x90\x80\x80'), 'decode'), m(b('\xc0\x80'), 'decode'), m(b('\xff'), 'decode', ['ascii']),
    m(b('\xff\xfe'), 'decode', ['ascii', 'replace']), m(b('\xff'), 'decode', ['utf-8', 'surrogateescape']), m(b('\xff'), 'decode', ['utf-8', 'bogus']),
    m(b('a'), 'decode', ['utf-8', 'bogus']), m(b('a'), 'decode', ['nope']), m(b('\xc3\xa9'), 'decode', [], { encoding: 'utf-8' }),
    m(b('a'), '__add__', [b('b')]), m(b('a'), '__add__', [ba('b')]), m(ba('a'), '__add__', [b('b')]), m(b('a'), '__mul__', [3]), m(ba('ab'), '__mul__', [2]),
    { k: 'op', op: '*', a: b('a'), b: f(1.5) }, m(b('a'), '__eq__', [ba('a')]), m(b('a'), '__lt__', [b('b')]), m(ba('b'), '__ge__', [b('a')]), m(b('a'), '__eq__', ['a']),
    m(b('abc'), '__contains__', [300]), m(b('abc'), '__contains__', ['a']), m(b('abc'), '__contains__', [b('bc')]), m(b('abc'), '__getitem__', ['x']),
    m(ba('abc'), '__getitem__', ['x']), m(ba('abc'), '__getitem__', [5]), m(b('abc'), '__getitem__', [true]),
    { k: 'call', t: 'bytes' }, { k: 'call', t: 'bytes', args: [3] }, { k: 'call', t: 'bytes', args: [[1, 2, 255]] }, { k: 'call', t: 'bytes', args: [[300]] },
    { k: 'call', t: 'bytes', args: [['a']] }, { k: 'call', t: 'bytes', args: [f(1.5)] }, { k: 'call', t: 'bytes', args: ['a'] }, { k: 'call', t: 'bytes', args: [-1] },
    { k: 'call', t: 'bytes', kw: { encoding: 'utf-8' } }, { k: 'call', t: 'bytes', args: [1, 'utf-8'] }, { k: 'call', t: 'bytes', args: ['é', 'utf-8'] },
    { k: 'call', t: 'bytes', args: ['é', 'latin-1'] }, { k: 'call', t: 'bytes', args: ['é', 'ascii'] }, { k: 'call', t: 'bytes', args: ['é', 'ascii', 'ignore'] },
    { k: 'call', t: 'bytes', args: ['a'], kw: { errors: 'strict' } }, { k: 'call', t: 'bytes', args: [b('a')], kw: { errors: 'strict' } },
    { k: 'call', t: 'bytes', args: [ba('xy')] }, { k: 'call', t: 'bytes', args: [t(104, 105)] }, { k: 'call', t: 'bytes', args: ['abc'] },
    { k: 'call', t: 'bytes', args: [d([65, 1])] }, { k: 'call', t: 'bytes', args: [true] }, { k: 'call', t: 'bytes', args: [null] },
    { k: 'call', t: 'bytearray' }, { k: 'call', t: 'bytearray', args: [3] }, { k: 'call', t: 'bytearray', args: [[1, 2]] }, { k: 'call', t: 'bytearray', args: [[300]] },
    { k: 'call', t: 'bytearray', args: [['a']] }, { k: 'call', t: 'bytearray', args: [f(1.5)] }, { k: 'call', t: 'bytearray', args: ['a'] },
    { k: 'call', t: 'bytearray', args: [-1] }, { k: 'call', t: 'bytearray', args: [1, 'utf-8'] }, { k: 'call', t: 'bytearray', args: ['hé', 'utf-8'] },
    { k: 'call', t: 'bytearray', args: [b('a')], kw: { errors: 'x' } }, { k: 'call', t: 'bytearray', args: [b('abc')] }, { k: 'call', t: 'bytearray', kw: { encoding: 'utf-8' } }, { k: 'call', t: 'bytearray', kw: { errors: 'x' } },
    { k: 'call', t: 'bytes', kw: { errors: 'x' } }, { k: 'call', t: 'bytes', kw: { encoding: 'x', errors: 'y' } }, { k: 'call', t: 'bytearray', args: [b('a"b\'')] },
    { k: 'op', op: '+', a: b('a'), b: 'b' }, { k: 'op', op: '+', a: ba('a'), b: 'b' }, { k: 'op', op: '*', a: b('a'), b: 'b' }, { k: 'op', op: '*', a: 3, b: b('ab') },
    { k: 'op', op: 'in', a: 1, b: b('a') }, { k: 'op', op: 'in', a: 97, b: ba('a') }, { k: 'op', op: '<', a: b('a'), b: 'a' }, { k: 'op', op: '==', a: b('a'), b: ba('a') },
    { k: 'op', op: '==', a: b('a'), b: 'a' }, { k: 'op', op: '<', a: ba('a'), b: b('ab') }, { k: 'op', op: '+', a: b('x'), b: ba('y') },
  );
  const seq = (init: V, ops: [string, V[]][]) => cs.push({ k: 'seq', init, ops });
  seq(ba('abc'), [['append', [100]], ['extend', [b('ef')]], ['pop', []], ['pop', [0]], ['insert', [1, 120]], ['remove', [120]], ['reverse', []]]);
  seq(ba('abc'), [['__setitem__', [0, 65]], ['__setitem__', [sl(1, 2), b('XYZ')]], ['__delitem__', [-1]], ['__delitem__', [sl(0, null, 2)]]]);
  seq(ba('abcdef'), [['__setitem__', [sl(0, null, 2), b('123')]], ['__setitem__', [sl(null, null, -1), ba('ABCDEF')]]]);
  seq(ba('abc'), [['__setitem__', [sl(0, 3, 2), b('xyz')]]]);
  seq(ba('abc'), [['__setitem__', [0, 300]]]);
  seq(ba('abc'), [['__setitem__', [0, 'a']]]);
  seq(ba('abc'), [['__setitem__', [sl(0, 1), 5]]]);
  seq(ba('abc'), [['__setitem__', [sl(0, 1), 'ab']]]);
  seq(ba('abc'), [['__setitem__', [sl(0, 1), [1, 2, 3]]], ['__setitem__', [sl(5, 9), b('END')]]]);
  seq(ba('abc'), [['__setitem__', [sl(1, 1), b('--')]], ['__setitem__', [sl(0, 10), b('')]]]);
  seq(ba('abc'), [['__delitem__', [5]]]);
  seq(ba('a'), [['extend', [5]]]);
  seq(ba('a'), [['extend', ['ab']]]);
  seq(ba('a'), [['extend', [[300]]]]);
  seq(ba('a'), [['extend', [t(98, 99)]], ['append', [true]]]);
  seq(ba('a'), [['pop', [5]]]);
  seq(ba(''), [['pop', []]]);
  seq(ba('a'), [['remove', [98]]]);
  seq(ba('a'), [['append', [256]]]);
  seq(ba('a'), [['append', ['a']]]);
  seq(ba('abc'), [['insert', [10, 100]], ['insert', [-10, 101]], ['insert', [-1, 102]]]);
  seq(ba('abc'), [['__iadd__', [b('de')]], ['__iadd__', [ba('f')]], ['__imul__', [2]], ['clear', []], ['__iadd__', [b('z')]]]);
  seq(ba('abc'), [['__iadd__', ['x']]]);
  seq(ba('abc'), [['copy', []], ['__len__', []], ['__imul__', [0]]]);
  seq(ba('hello world'), [['__delitem__', [sl(0, 6)]], ['upper', []], ['split', [b('r')]]]);
  for (let i = 0; i < 20; i++) seq(ba('x'.repeat(i)), [['append', [i]], ['extend', [b('ab'.repeat(i))]], ['__delitem__', [sl(1, null, 3)]], ['__len__', []]]);
  void I;
  return cs;
}

let CASES: Case[] = [];
let EXPECTED: string[] = [];

beforeAll(() => {
  bootstrap();
  CASES = buildCases();
  EXPECTED = pythonExpect(CASES);
});

describe('bytes differential (CPython 3.11)', () => {
  it('has enough cases', () => {
    expect(CASES.length).toBeGreaterThan(500);
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

describe('bytes behaviour', () => {
  it('hashes like the equal str and is unhashable as bytearray', () => {
    const x = call(bytesType, [new PyBytes(Uint8Array.of(97, 98))]);
    expect(hash(x)).toBe(hash('ab'));
    expect(() => hash(new PyByteArray(Uint8Array.of(1), 1))).toThrow();
    const y = call(bytearrayType, [3]) as PyByteArray;
    expect(y.n).toBe(3);
  });
});
