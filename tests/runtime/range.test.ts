// range and slice: differential tests against python3, plus native checks.
import { describe, test, expect, beforeAll } from 'vitest';
import { prepareDiff, diffTests, Diff, setupRuntime } from './harness.js';

const cases: string[] = [
  // construction / repr
  'range(5)',
  'range(1, 5)',
  'range(1, 5, 2)',
  'range(5, 1, -1)',
  'range(0, 10, 1)',
  'range()',
  'range(1, 2, 3, 4)',
  'range(x=1)',
  'range(1.5)',
  "range('a')",
  'range(1, 2, 0)',
  'range(1.5, 2, 0)',
  'range(Idx(3))',
  'range(True)',
  'range(2**70)',
  'range(-2**70, 2**70, 2**65)',
  // len / bool
  'len(range(10))',
  'len(range(0, 10, 3))',
  'len(range(10, 0, -3))',
  'len(range(5, 5))',
  'len(range(5, 0))',
  'len(range(0, -10, -1))',
  'len(range(2**64))',
  'len(range(-2**52, 2**52))',
  'len(range(-2**53 + 1, 2**53 - 1, 3))',
  'len(range(0, 2**62, 2**60))',
  'truth(range(0)), truth(range(1)), truth(range(2**80))',
  // iteration
  'list(range(5))',
  'list(range(1, 10, 3))',
  'list(range(10, 0, -3))',
  'list(range(0))',
  'list(range(3, -3, -2))',
  'list(range(2**60, 2**60 + 3))',
  'list(range(2**70, 2**70 + 3))',
  'list(range(2**53 - 3, 2**53 + 3))',
  'list(range(-2**53 - 2, -2**53 + 2))',
  'list(reversed(range(5)))',
  'list(reversed(range(1, 10, 3)))',
  'list(reversed(range(10, 0, -4)))',
  'list(reversed(range(0)))',
  'list(reversed(range(2**70, 2**70 + 3)))',
  'list(reversed(range(-2**53 + 1, -2**53 + 4)))',
  // indexing
  'range(10)[3]',
  'range(10)[-1]',
  'range(10)[10]',
  'range(10)[-11]',
  "range(10)['a']",
  'range(10)[1.0]',
  'range(10)[True]',
  'range(10)[Idx(2)]',
  'range(0, 20, 3)[4]',
  'range(20, 0, -3)[-1]',
  'range(2**70)[2**69]',
  'range(2**70)[-1]',
  'range(5)[2**100]',
  'range(10)[2:8:2]',
  'range(10)[::-1]',
  'range(10)[-100:100]',
  'range(0, 10, 3)[::-1]',
  'range(10)[5:2]',
  'range(10)[::0]',
  'range(1, 20, 3)[1::2]',
  'range(20, 1, -3)[::-2]',
  'range(2**64)[2**63:]',
  "range(10)['a':]",
  'range(10)[Idx(2):]',
  // contains / count / index
  '3 in range(10)',
  '10 in range(10)',
  '-1 in range(10)',
  '4 in range(0, 10, 2)',
  '3 in range(0, 10, 2)',
  '-2 in range(0, -10, -2)',
  '-10 in range(0, -10, -2)',
  'True in range(2)',
  '2.0 in range(3)',
  '2.5 in range(3)',
  "'x' in range(3)",
  '2**70 in range(2**71)',
  '2**70 + 1 in range(0, 2**71, 2)',
  'range(10).count(3)',
  'range(10).count(10)',
  'range(5).count(1.0)',
  "range(5).count('a')",
  'range(-5, 5, 3).index(1)',
  'range(10, 0, -2).index(4)',
  'range(3).index(5)',
  "range(3).index('a')",
  'range(3).index(2.0)',
  'range(2**70).index(2**69)',
  'range(3).index(True)',
  // attributes / equality / hash
  '(range(1, 5, 2).start, range(1, 5, 2).stop, range(1, 5, 2).step)',
  '(range(5).start, range(5).step)',
  'range(0) == range(5, 5)',
  'range(0, 3, 2) == range(0, 4, 2)',
  'range(1, 2, 5) == range(1, 2, 7)',
  'range(3) == range(3)',
  'range(3) == range(4)',
  'range(3) == [0, 1, 2]',
  'range(3) != range(0, 3)',
  'range(3) < range(4)',
  'hash(range(0)) == hash(range(5, 5))',
  'hash(range(1, 2, 5)) == hash(range(1, 2, 7))',
  'hash(range(0, 6, 2)) == hash(range(0, 5, 2))',
  "{range(3): 'a'}[range(0, 3)]",
  'r = range(3); r.start = 5; r',
  'range.__len__([])',
  // slice objects
  'slice(5)',
  'slice(1, 5)',
  'slice(1, 5, 2)',
  "slice('a', [1], None)",
  'slice()',
  'slice(1, 2, 3, 4)',
  'slice(x=1)',
  '(slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step)',
  'slice(5).start',
  'slice(None, 2).indices(10)',
  'slice(None, None, -1).indices(5)',
  'slice(-100, 100).indices(10)',
  'slice(-100, 100, 2**80).indices(10)',
  'slice(1, 2).indices(2**70)',
  'slice(-3, None, -1).indices(10)',
  'slice(5, 1, -2).indices(3)',
  'slice(1, 2).indices(-1)',
  "slice(1, 2).indices('a')",
  "slice(1, 'a').indices(3)",
  'slice(1, 2, 0).indices(3)',
  'slice(Idx(1), Idx(3)).indices(10)',
  'slice(1, 2) == slice(1, 2)',
  'slice(1, 2) == slice(1, 2, 1)',
  'slice(1, 2) < slice(1, 3)',
  'slice(1, 2) >= slice(1, 2)',
  'slice(1, 2) == (1, 2)',
  'slice(1, 2) < (1, 2)',
  'hash(slice(1))',
  's = slice(1, 2); s.start = 5; s',
  '[1, 2, 3, 4][slice(1, 3)]',
  '(1, 2, 3, 4)[slice(None, None, -2)]',
  'range(10)[slice(2, None, 3)]',
];

const known: Record<string, string> = {};

let d: Diff;
beforeAll(async () => {
  d = await prepareDiff(cases);
});

describe('range/slice (differential vs python3)', () => {
  diffTests(test, () => d, cases, known);
});

describe('range (native)', () => {
  test('small ranges stay numbers and iterate with RangeIter', async () => {
    await setupRuntime();
    const { rangeType, PyRange } = await import('../../vm/runtime/types.js');
    const { callType, call1 } = await import('../../vm/runtime/call.js');
    const { RangeIter } = await import('../../vm/runtime/iteration.js');
    const r = callType(rangeType, [0, 10, 2], null, null);
    expect(r).toBeInstanceOf(PyRange);
    expect(typeof r.stop).toBe('number');
    const it = call1(rangeType.dict.__iter__, r);
    expect(it).toBeInstanceOf(RangeIter);
    const out: number[] = [];
    for (let v = it.$next(); v !== undefined; v = it.$next()) out.push(v);
    expect(out).toEqual([0, 2, 4, 6, 8]);
  });
  test('big bounds are bigints only beyond the safe range', async () => {
    await setupRuntime();
    const { rangeType } = await import('../../vm/runtime/types.js');
    const { callType } = await import('../../vm/runtime/call.js');
    const r = callType(rangeType, [2n ** 60n], null, null);
    expect(typeof r.stop).toBe('bigint');
    const r2 = callType(rangeType, [5n], null, null);
    expect(r2.stop).toBe(5);
  });
});
