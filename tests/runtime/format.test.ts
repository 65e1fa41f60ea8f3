// Differential tests of format() specs, printf-style % formatting and str.format against CPython 3.11
// (see strbytes-harness.ts), plus targeted float-rounding checks.
import { beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../vm/runtime/bootstrap.js';
import { formatValue, formatFloat, formatInt, percentFormat, strFormat } from '../../vm/runtime/format.js';
import { PyTuple } from '../../vm/runtime/types.js';
import { Case, V, pythonExpect, runCase, label, f, I, t, d, b } from './strbytes-harness.js';

const INTS: V[] = [0, 1, -1, 7, 42, -42, 255, 1234567, -1234567, I(10n ** 20n), I(-(2n ** 70n)), true, false];
const INT_SPECS = [
  '', 'd', '5', '<5', '^5', '>5', '=5', '05', '+', ' ', '-', ',', '_', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b',
  '_x', '#_x', 'c', 'n', 'e', '.2f', '%', 'g', '010,', '09,', '08,', '0=10,', 'x<10,', '*^12,', '+010', ' 010', '#010x',
  ',d', '.2', 'z', 's', '10.3', 'G', '_o', ',x', ',_', '_,', 'x,', '^', '=^', '05c', '#c', '+c', ',c', '020_b', '0<6', 'q',
  '😀>6', '\u00e9<4d', '-^9', '1_000', '.0', '#', '#d', 'E', '.3%', 'F', ',.1f', '99999999999999999999999',
];
const FLOATS: V[] = [
  f(0.0), f(-0.0), f(1.0), f(-1.5), f(0.1), f(2.5), f(0.125), f(2.675), f(1e16), f(1e-5), f(123456.789), f(1e300),
  f(5e-324), f('inf'), f('-inf'), f('nan'), f(1 / 3), f(9.995), f(0.5), f(1.5), f(100.0), f(1234.5678), f(-0.0001),
  f(1e22), f(123456789.0), f(0.000123456), f(1.25), f(-2.5e-7), f(999999.9999), f(3.14159265358979),
];
const FLOAT_SPECS = [
  '', 'f', '.2f', '.0f', '.3', '.10', 'e', '.3e', 'E', 'g', '.3g', 'G', '#g', '#.3g', '#.0f', '#.0e', '%', '.1%', ',',
  ',.2f', '_.3f', '010.2f', '+.1f', ' .1f', 'z.1f', 'z', '=+10', '^12.3e', '*>15,.2f', 'n', '.17g', '.20f', '.25e',
  '.50f', '.120f', '.0e', 'F', '.3F', '10', '<10', '08', '-08.2f', ',g', '.1', '.2', 'r', 'd', '#', '#.3', '.0', '.0%',
  '.16', '.17', '015,.3f', '0=12', '#.2g', 'z.0f', '+', ' ', 'x', '.3n', '_', '_g', '#e', '#F', '#G', '.1e', '.12g',
];
const STRS: V[] = ['', 'abc', 'héllo', '😀x', 'a longer string'];
const STR_SPECS = [
  '', 's', '10', '<10', '>10', '^10', '*^11', '.2', '10.2', '=10', '+', '#', ',', 'z', 'd', '05', '<05', '😀^7', ' ^5', '.0',
  '-', ' ', '^', '3', '.100', 'x^1', '_', '5s', '0', 'S',
];

function buildCases(): Case[] {
  const cs: Case[] = [];
  for (const v of INTS) for (const spec of INT_SPECS) cs.push({ k: 'fmt', v, spec });
  for (const v of FLOATS) for (const spec of FLOAT_SPECS) cs.push({ k: 'fmt', v, spec });
  for (const v of STRS) for (const spec of STR_SPECS) cs.push({ k: 'fmt', v, spec });
  cs.push({ k: 'fmt', v: null, spec: '' }, { k: 'fmt', v: null, spec: '>5' }, { k: 'fmt', v: [1, 2], spec: '' });
  // rounding torture: halfway cases and precision boundaries
  for (const x of [0.5, 1.5, 2.5, 0.25, 0.375, 1.005, 0.045, 1e-7, 5e-5, 0.00015, 1.0000000000000002, 123.456, 2 ** 60 + 0.0, 1e21, 1.7976931348623157e308]) {
    for (const spec of ['.0f', '.1f', '.2f', '.3f', '.0e', '.1e', '.2e', '.1g', '.2g', '.3g', '.15g', '.16g', '.17g', '.18g', '.30e', '.101f', '.105e'])
      cs.push({ k: 'fmt', v: f(x), spec });
  }
  for (const x of [0.1, 5e-324, 1e-300, 2.5e-5, 1 / 7, 1e300, 0.5])
    for (const spec of ['.60e', '.400f', '.800e', '.330g', '#.330g', '.1100f', '.17', '.18'])
      cs.push({ k: 'fmt', v: f(x), spec });
  for (const [x, spec] of [[12345678901234567890n, ',.3e'], [2n ** 64n, 'e'], [10n ** 400n, 'e'], [10n ** 30n, ',x'], [-(2n ** 64n), '#b'], [10n ** 17n, '%']] as [bigint, string][])
    cs.push({ k: 'fmt', v: I(x), spec });

  // printf-style
  const P = (fmt: string, args: V) => cs.push({ k: 'mod', fmt, args });
  const vals: V[] = [0, 42, -42, 255, I(10n ** 20n), f(3.14159), f(-0.5), f(2.5), f(1e300), f('inf'), f('nan'), 'str', 'héllo', true, null, [1, 'a'], t(1), t()];
  const convs = ['%s', '%r', '%a', '%d', '%i', '%u', '%x', '%X', '%o', '%e', '%E', '%f', '%F', '%g', '%G', '%c', '%5d', '%-5d|', '%05d', '%+d', '% d', '%#x', '%#08x', '%#X', '%#o', '%.3d', '%.2e', '%.0f', '%#.0f', '%.3g', '%#g', '%10.4f', '%-10.2f|', '%+.1e', '%5s', '%.2s', '%-6s|', '%5.2s', '%08.3f', '%+08d', '%-+8d|', '%#5o', '% 5.1f', '%.10g', '%.20f', '%#.3x', '%+#x', '%05s', '%5c', '%-3c|', '%.0e', '%hd', '%ld', '%Lf'];
  for (const c of convs) for (const v of vals) P(c, v === null || Array.isArray(v) || (typeof v === 'object' && 't' in v) ? t(v) : v);
  P('%s and %s', t('a', 'b'));
  P('%s', t(1, 2));
  P('%s %s', t(1));
  P('%s', t());
  P('abc', t());
  P('abc', 5);
  P('abc', []);
  P('abc', d());
  P('%(a)s-%(b)05.1f', d(['a', 'x'], ['b', f(2.25)]));
  P('%(a)s', 1);
  P('%(a)s', d());
  P('%(a', d(['a', 1]));
  P('%(a)', d(['a', 1]));
  P('%((a))s', d(['(a)', 7]));
  P('%*d|', t(5, 42));
  P('%-*d|', t(5, 42));
  P('%*d|', t(-5, 42));
  P('%.*f', t(2, f(3.14159)));
  P('%*.*f', t(8, 2, f(3.14159)));
  P('%*d', t('a', 1));
  P('%.*f', t(f(1.5), 1));
  P('%', 1);
  P('%q', 1);
  P('%5%', t(1));
  P('%%', t());
  P('%%%s%%', 'x');
  P('%s %%', t(1));
  P('%d', 'a');
  P('%x', f(1.5));
  P('%c', 'ab');
  P('%c', 2000000);
  P('%c', f(65.0));
  P('%c', 128512);
  P('%e', 'a');
  P('%d', f(3.99));
  P('%d', f(-3.99));
  P('%d', f(1e20));
  P('%x', true);
  P('%f', 1);
  P('%f', I(10n ** 400n));
  P('%d', f('inf'));
  P('%d', f('nan'));
  P('%s', d(['k', 'v']));
  P('%s %(k)s', d(['k', 'v']));
  P('%d%%', 50);
  P('%-', 1);
  P('%.', 1);
  P('%5', 1);
  P('%.3', 1);
  P('%s', b('x'));
  P('%r', 'it\'s');
  P('%a', 'é😀');
  P('%10r|', 'ab');
  P('%-10a|', 'é');
  P('%.1r', 'ab');
  P('%#.3o', 8);
  P('%#X', 255);
  P('%+s', 'a');
  P('% s', 'a');
  P('%+5s|', 'a');
  P('%05c', 'a');
  P('%x', -255);
  P('%#x', -255);
  P('%08.3e', f(-1234.5));
  P('%g', f(1e-5));
  P('%g', f(123456789.0));
  P('%#.0e', f(5.0));
  P('%.0g', f(0.5));
  P('%\u00e9', 1);
  P('%(a)s %s', d(['a', 1]));

  // str.format
  const F = (fmt: string, args: V[] = [], kw?: Record<string, V>) => cs.push(kw ? { k: 'm', self: fmt, m: 'format', args, kw } : { k: 'm', self: fmt, m: 'format', args });
  F('{}', [1]);
  F('{} {}', [1, 'a']);
  F('{0}{1}{0}', ['a', 'b']);
  F('{1}{0}', ['a', 'b']);
  F('{a}{b}', [], { a: 1, b: 2 });
  F('{0[0]}', [[5, 6]]);
  F('{0[1][0]}', [[5, ['x', 'y']]]);
  F('{0[a]}', [d(['a', 9])]);
  F('{0[0]}', [d([0, 'int key'])]);
  F('{x[k]}', [], { x: d(['k', 'v']) });
  F('{!r}', ['a']);
  F('{!s}', ['a']);
  F('{!a}', ['é']);
  F('{0!r:>6}', ['a']);
  F('{:>5}|', ['a']);
  F('{:{}}|', ['a', 5]);
  F('{:{w}.{p}f}', [f(3.14159)], { w: 10, p: 2 });
  F('{:{}{}}', [1, '>', 4]);
  F('{{}}', []);
  F('}}{{', []);
  F('{{{0}}}', [1]);
  F('{', []);
  F('}', []);
  F('a{', []);
  F('{0', [1]);
  F('{0:', [1]);
  F('{0!', [1]);
  F('{0!r', [1]);
  F('{0!x}', [1]);
  F('{0!}', [1]);
  F('{0!rr}', [1]);
  F('{:}}', [1]);
  F('{1}', [0]);
  F('{a}', [0]);
  F('{}{0}', [1]);
  F('{0}{}', [1]);
  F('{:{:{}}}', [1, 2, 3]);
  F('{0[}', [1]);
  F('{0.}', [1]);
  F('{0[0]x}', [[1]]);
  F('{0[]}', [[1]]);
  F('{0[0}', [[1]]);
  F('{a{b}', [], { a: 1 });
  F('{}', []);
  F('{:d}', ['a']);
  F('{:s}', [1]);
  F('{:,}', [1234567]);
  F('{:_}', [f(1234567.5)]);
  F('{:%}', [f(0.25)]);
  F('{0:{1}}', [f(2.5), '.0f']);
  F('{!r:^9}', ['ab']);
  F('{0:}', ['x']);
  F('{:>{}}', ['x', 3]);
  F('{99999999999999999999}', [1]);
  F('{0.foo}', [1]);
  F('{0} {name}', ['pos'], { name: 'kw' });
  F('{:😀^9}', ['mid']);
  F('{:x}', [I(2n ** 100n)]);
  F('{:.3}', ['abcdef']);
  F('{:=^10}', ['s']);
  cs.push({ k: 'm', self: '{a}-{b}', m: 'format_map', args: [d(['a', 1], ['b', 2])] });
  cs.push({ k: 'm', self: '{}', m: 'format_map', args: [d()] });
  cs.push({ k: 'm', self: '{x}', m: 'format_map', args: [d()] });
  return cs;
}


let CASES: Case[] = [];
let EXPECTED: string[] = [];

beforeAll(() => {
  bootstrap();
  CASES = buildCases();
  EXPECTED = pythonExpect(CASES);
});

describe('format differential (CPython 3.11)', () => {
  it('has enough cases', () => {
    expect(CASES.length).toBeGreaterThan(3000);
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

describe('format entry points', () => {
  it('are callable directly', () => {
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(1e16, '')).toBe('1e+16');
    expect(formatFloat(1.0, '.3')).toBe('1.0');
    expect(formatFloat(123456789.0, ',')).toBe('123,456,789.0');
    expect(formatInt(1234, '010,')).toBe('00,001,234');
    expect(formatInt(10n ** 20n, ',')).toBe('100,000,000,000,000,000,000');
    expect(percentFormat('%5.1f|%-4d|%s', new PyTuple([2.25, 7, 'x']))).toBe('  2.2|7   |x');
    expect(strFormat('{0}-{x}', ['a'], { x: 'b' })).toBe('a-b');
  });
});
