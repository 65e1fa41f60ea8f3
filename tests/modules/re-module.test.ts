// The Python-facing `re` module (vm/modules/re/index.ts): first driven natively (module functions called from
// TypeScript, no compiler needed), then through the VM running Python source. Expected values come from
// CPython 3.11.
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { PyModule } from '../../vm/runtime/module.js';
import { None } from '../../vm/runtime/object.js';
import { PyBytes, PyList, PyTuple } from '../../vm/runtime/types.js';
import { PyBaseException } from '../../vm/runtime/exceptions.js';
import { repr, str } from '../../vm/runtime/convert.js';
import { callWithKw } from '../../vm/runtime/call.js';
import { getAttr } from '../../vm/runtime/attributes.js';
import { toArray } from '../../vm/runtime/iteration.js';
import { native } from '../../vm/runtime/natives.js';
import { reModule } from '../../vm/modules/re/index.js';

const B = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));

describe('re module (native calls)', () => {
  let d: Record<string, any>;
  beforeAll(() => {
    bootstrap();
    const mod = new PyModule('re');
    reModule.init(mod, null);
    d = mod.$d!;
  });
  /** repr of the result, or "Type: message" of the Python exception */
  const c = (f: any, args: any[], kw: Record<string, any> | null = null): string => {
    try {
      return repr(callWithKw(f, args, kw));
    } catch (e) {
      if (e instanceof PyBaseException) return `${e.$cls.name}: ${str(e)}`;
      throw e;
    }
  };
  const m = (o: any, name: string, args: any[] = [], kw: Record<string, any> | null = null) => c(getAttr(o, name), args, kw);
  const call = (f: any, ...args: any[]) => callWithKw(f, args, null);

  it('search/match/fullmatch and Match objects', () => {
    expect(c(d.search, ['(a)(b)?', 'xab'])).toBe("<re.Match object; span=(1, 3), match='ab'>");
    expect(c(d.match, ['a', 'xa'])).toBe('None');
    expect(c(d.fullmatch, ['a+', 'aaa'])).toBe("<re.Match object; span=(0, 3), match='aaa'>");
    const mm = call(d.search, '(?P<x>a)(b)?', 'xa');
    expect(m(mm, 'group', [0, 1, 2])).toBe("('a', 'a', None)");
    expect(m(mm, 'group', ['x'])).toBe("'a'");
    expect(m(mm, 'groups', [], { default: 'z' })).toBe("('a', 'z')");
    expect(m(mm, 'groupdict')).toBe("{'x': 'a'}");
    expect(m(mm, 'span', ['x'])).toBe('(1, 2)');
    expect(m(mm, 'start', [2])).toBe('-1');
    expect(m(mm, 'group', [3])).toBe('IndexError: no such group');
    expect(m(mm, 'group', [], { x: 1 })).toBe('TypeError: Match.group() takes no keyword arguments');
    expect(m(mm, '__getitem__', [1])).toBe("'a'");
    expect(m(mm, 'expand', ['[\\1|\\g<x>]'])).toBe("'[a|a]'");
    expect(repr(getAttr(mm, 'regs'))).toBe('((1, 2), (1, 2), (-1, -1))');
    expect(repr(getAttr(mm, 'lastgroup'))).toBe("'x'");
    expect(repr(getAttr(mm, 'lastindex'))).toBe('1');
    expect(repr(getAttr(mm, 'pos'))).toBe('0');
    expect(repr(getAttr(mm, 'endpos'))).toBe('2');
    expect(repr(getAttr(mm, 'string'))).toBe("'xa'");
    expect(repr(getAttr(mm, 're'))).toBe("re.compile('(?P<x>a)(b)?')");
    expect(c(d.search, ['a+', 'a'.repeat(100)])).toBe(`<re.Match object; span=(0, 100), match='${'a'.repeat(49)}>`);
  });

  it('code point indices for non-BMP strings', () => {
    expect(c(d.search, ['b', '\u{1F600}\u{1F600}b'])).toBe("<re.Match object; span=(2, 3), match='b'>");
    const p = call(d.compile, '.');
    expect(m(p, 'findall', ['\u{1F600}a\u{1F600}b', 1, 3])).toBe("['a', '\u{1F600}']");
    const mm = call(getAttr(p, 'search'), '\u{1F600}a\u{1F600}b', 2);
    expect(repr(getAttr(mm, 'pos'))).toBe('2');
    expect(m(mm, 'span')).toBe('(2, 3)');
  });

  it('findall, finditer, split, sub, subn', () => {
    expect(c(d.findall, ['(a)(b)?', 'ab a'])).toBe("[('a', 'b'), ('a', '')]");
    expect(c(d.split, ['(x)|y', 'axbyc'])).toBe("['a', 'x', 'b', None, 'c']");
    expect(c(d.split, [',', 'a,b,c'], { maxsplit: 1 })).toBe("['a', 'b,c']");
    expect(c(d.sub, ['a', '-\\g<0>-', 'banana'])).toBe("'b-a-n-a-n-a-'");
    expect(c(d.subn, ['a', 'o', 'banana', 2])).toBe("('bonona', 2)");
    const upper = native('upper', (mo: any) => (call(getAttr(mo, 'group')) as string).toUpperCase(), 1);
    expect(c(d.sub, ['[an]+', upper, 'banana'])).toBe("'bANANA'");
    expect(c(d.sub, ['a', native('f', () => None, 1), 'banana'])).toBe("'bnn'");
    expect(c(d.sub, ['a', native('f', () => 5, 1), 'banana'])).toBe('TypeError: sequence item 1: expected str instance, int found');
    expect(c(d.sub, ['a', 5, 'banana'])).toBe('TypeError: decoding to str: need a bytes-like object, int found');
    const it = call(d.finditer, 'a', 'aXa');
    expect(toArray(it).map(repr)).toEqual(["<re.Match object; span=(0, 1), match='a'>", "<re.Match object; span=(2, 3), match='a'>"]);
  });

  it('bytes patterns', () => {
    expect(c(d.compile, [B('a+')])).toBe("re.compile(b'a+')");
    expect(c(d.sub, [B('a'), B('b'), B('aaa')])).toBe("b'bbb'");
    expect(c(d.findall, [B('a.'), B('abac')])).toBe("[b'ab', b'ac']");
    expect(c(d.search, [B('\\w+'), B('caf\xe9')])).toBe("<re.Match object; span=(0, 3), match=b'caf'>");
    expect(c(d.escape, [B('a.b')])).toBe("b'a\\\\.b'");
    expect(c(d.search, ['a', B('a')])).toBe('TypeError: cannot use a string pattern on a bytes-like object');
    expect(c(d.search, [B('a'), 'a'])).toBe('TypeError: cannot use a bytes pattern on a string-like object');
    expect(c(d.search, ['a', 5])).toBe("TypeError: expected string or bytes-like object, got 'int'");
  });

  it('Pattern objects and the cache', () => {
    expect(c(d.compile, ['a+', d.I])).toBe("re.compile('a+', re.IGNORECASE)");
    expect(c(d.compile, ['a', 1024 | 2 | 8])).toBe("re.compile('a', re.IGNORECASE|re.MULTILINE|0x400)");
    const p = call(d.compile, '(?P<k>\\w+)=(?P<v>\\w*)');
    expect(call(d.compile, '(?P<k>\\w+)=(?P<v>\\w*)')).toBe(p);
    expect(repr(getAttr(p, 'groupindex'))).toBe("{'k': 1, 'v': 2}");
    expect(repr(getAttr(p, 'groups'))).toBe('2');
    expect(repr(getAttr(p, 'flags'))).toBe('32');
    expect(m(p, 'search', ['a'], { foo: 1 })).toBe("TypeError: 'foo' is an invalid keyword argument for search()");
    expect(m(p, 'search', [])).toBe("TypeError: search() missing required argument 'string' (pos 1)");
    expect(m(p, 'match', [' k=v'], { pos: 1 })).toBe("<re.Match object; span=(1, 4), match='k=v'>");
    expect(c(d.compile, [p, 2])).toBe('ValueError: cannot process flags argument with a compiled pattern');
    expect(c(d.search, ['a'])).toBe("TypeError: search() missing 1 required positional argument: 'string'");
    expect(c(d.search, ['a', 'b', 0, 1])).toBe('TypeError: search() takes from 2 to 3 positional arguments but 4 were given');
    call(d.purge);
    expect(call(d.compile, '(?P<k>\\w+)=(?P<v>\\w*)')).not.toBe(p);
    const sc = call(getAttr(call(d.compile, '\\d'), 'scanner'), 'a1b2');
    expect(m(sc, 'search')).toBe("<re.Match object; span=(1, 2), match='1'>");
    expect(m(sc, 'search')).toBe("<re.Match object; span=(3, 4), match='2'>");
    expect(m(sc, 'search')).toBe('None');
  });

  it('flags', () => {
    expect(repr(d.I)).toBe('re.IGNORECASE');
    expect(str(call(getAttr(d.I, '__or__'), d.M))).toBe('re.IGNORECASE|re.MULTILINE');
    expect(c(getAttr(d.I, '__invert__'), [])).toBe(
      're.ASCII|re.LOCALE|re.UNICODE|re.MULTILINE|re.DOTALL|re.VERBOSE|re.TEMPLATE|re.DEBUG',
    );
    expect(repr(d.NOFLAG)).toBe('re.NOFLAG');
    expect(c(d.compile, ['a', 'x'])).toBe("TypeError: unsupported operand type(s) for &: 'str' and 'RegexFlag'");
  });

  it('errors', () => {
    expect(c(d.search, ['(', 'x'])).toBe('error: missing ), unterminated subpattern at position 0');
    expect(c(d.compile, ['a{2,1}'])).toBe('error: min repeat greater than max repeat at position 2');
    expect(c(d.compile, ['abc\n  ('])).toBe('error: missing ), unterminated subpattern at position 6 (line 2, column 3)');
    expect(c(d.compile, ['x{99999999999}'])).toBe('OverflowError: the repetition number is too large');
    expect(c(d.sub, ['(?P<x>a)', '\\g<y>', 'a'])).toBe("IndexError: unknown group name 'y'");
    let err: any;
    try {
      call(d.compile, B('ab\n['));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyBaseException);
    expect(repr(getAttr(err, 'pattern'))).toBe("b'ab\\n['");
    expect([getAttr(err, 'pos'), getAttr(err, 'lineno'), getAttr(err, 'colno'), getAttr(err, 'msg')]).toEqual([3, 2, 1, 'unterminated character set']);
    expect(c(d.error, ['m', 'ab\ncd', 4])).toBe("error('m at position 4 (line 2, column 2)')");
    expect(c(d.error, ['m'])).toBe("error('m')");
  });

  it('re.Scanner', () => {
    const lex = new PyList([
      new PyTuple(['\\d+', native('num', (_s: any, t: string) => 'N' + t, 2)]),
      new PyTuple(['\\s+', None]),
      new PyTuple(['[a-z]+', native('word', (_s: any, t: string) => t.toUpperCase(), 2)]),
    ]);
    const sc = call(d.Scanner, lex);
    expect(m(sc, 'scan', ['12 ab 3 !x'])).toBe("(['N12', 'AB', 'N3'], '!x')");
  });
});

describe('re module (through the VM)', () => {
  let run: (src: string) => string;
  beforeAll(async () => {
    const { VM } = await import('../../vm/runtime/vm.js');
    run = (src: string) => {
      let out = '';
      const vm = new VM({ stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) });
      vm.exec(src);
      return out;
    };
  });

  it('basic use', () => {
    const out = run(`
import re
m = re.search(r'(?P<y>\\d{4})-(?P<m>\\d\\d)', 'on 2024-05 ok')
print(m)
print(m.group('y'), m['m'], m.groups(), m.groupdict(), m.span(2))
print(re.findall(r'\\w+', 'a bc d'), re.split(r'\\s*,\\s*', 'a , b,c'))
print(re.sub(r'(\\w)(\\w)', lambda m: m.group(2) + m.group(1), 'abcd'))
print(re.compile('x', re.I | re.M), re.I | re.M)
print([m.span() for m in re.finditer('a', 'banana')])
try:
    re.compile('(')
except re.error as e:
    print('error:', e, e.pos)
`);
    expect(out).toBe(
      [
        "<re.Match object; span=(3, 10), match='2024-05'>",
        "2024 05 ('2024', '05') {'y': '2024', 'm': '05'} (8, 10)",
        "['a', 'bc', 'd'] ['a', 'b', 'c']",
        'badc',
        "re.compile('x', re.IGNORECASE|re.MULTILINE) re.IGNORECASE|re.MULTILINE",
        '[(1, 2), (3, 4), (5, 6)]',
        'error: missing ), unterminated subpattern at position 0 0',
        '',
      ].join('\n'),
    );
  });

  it('flags are ints', () => {
    const out = run(`
import re
print(re.I == 2, re.I + 1, int(re.M), isinstance(re.S, int), re.I | 8, 8 | re.I, '{:d}'.format(re.X), f'{re.A}')
print(re.compile('a', re.I).flags, re.RegexFlag(8), re.IGNORECASE.value)
`);
    expect(out).toBe('True 3 8 True re.IGNORECASE|re.MULTILINE re.IGNORECASE|re.MULTILINE 64 re.ASCII\n34 re.MULTILINE 2\n');
  });

  it('callable replacement errors propagate', () => {
    const out = run(`
import re
def bad(m):
    raise KeyError(m.group())
try:
    re.sub('b', bad, 'abc')
except KeyError as e:
    print('KeyError', e)
class MyErr(re.error):
    pass
try:
    raise MyErr('x', 'ab', 1)
except re.error as e:
    print(type(e).__name__, e, e.pos)
`);
    expect(out).toBe("KeyError 'b'\nMyErr x at position 1 1\n");
  });
});
