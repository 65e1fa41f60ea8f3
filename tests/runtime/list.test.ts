// list: differential tests against python3, plus native checks of the fast paths.
import { describe, test, expect, beforeAll } from 'vitest';
import { prepareDiff, diffTests, Diff, setupRuntime } from './harness.js';

const cases: string[] = [
  // construction
  'list()',
  'list([1, 2, 3])',
  'list((1, 2))',
  "list('abc')",
  'list(range(5))',
  "list({'a': 1, 'b': 2})",
  'list(1, 2)',
  'list(x=1)',
  'list(5)',
  'list(Gen(3))',
  'L([1, 2])',
  'tname(L([1]))',
  'L(x=1)',
  'l = [1, 2]; l.__init__(l); l',
  'l = [1, 2]; l.__init__(); l',
  'l = [1, 2]; l.__init__([3]); l',
  // append / extend / insert
  'l = []; l.append(1); l.append([2]); l',
  'l = [1]; l.extend([2, 3]); l.extend((4,)); l.extend(range(5, 7)); l',
  'l = [1, 2]; l.extend(l); l',
  'l = []; l.extend(5); l',
  'l = []; l.extend("ab"); l',
  'l = []; l.extend(LI([1, 2])); l',
  'list(LI([1, 2]))',
  'l = [0]; l += LI([1]); l',
  '[1] + LI([2])',
  'LI([1, 2]) == [1, 2]',
  'l = [0]; l[:] = LI([1, 2]); l',
  'tuple(LI([1, 2])), set(LI([1, 2])), dict.fromkeys(LI([1]))',
  'dict([LI([1, 2])])',
  'l = [1, 2, 3]; l.insert(0, 0); l.insert(100, 9); l.insert(-1, 8); l.insert(-100, -1); l',
  'l = [1]; l.insert(Idx(0), 5); l',
  "l = [1]; l.insert('a', 5); l",
  // pop / remove / clear
  'l = [1, 2, 3]; (l.pop(), l)',
  'l = [1, 2, 3]; (l.pop(0), l)',
  'l = [1, 2, 3]; (l.pop(-2), l)',
  '[].pop()',
  '[1].pop(5)',
  '[1].pop(-2)',
  '[1, 2].pop(2**70)',
  '[1, 2].pop(1, 2)',
  'l = [1]; l.insert(2**70, 5); l',
  'l = [1]; l.insert(2**62, 5); l.insert(-2**62, 0); l',
  'l = [1, 2, 1]; l.remove(1); l',
  '[1].remove(2)',
  "[BadEq()].remove(1)",
  'l = [1, 2]; l.clear(); l',
  // index / count
  '[1, 2, 3, 2].index(2)',
  '[1, 2, 3, 2].index(2, 2)',
  '[1, 2, 3, 2].index(2, -1)',
  '[1, 2, 3, 2].index(2, 0, 1)',
  '[1, 2, 3].index(4)',
  "[1, 2, 3].index('x')",
  "[1].index(1, 'a')",
  '[1, 2, 3].index(3, -100, 100)',
  '[1, 2, 3].index(3, 2**100)',
  '[1, 1.0, True, 2].count(1)',
  '[[1], [1], 1].count([1])',
  // sort
  'l = [3, 1, 2]; l.sort(); l',
  'l = [3, 1, 2]; l.sort(reverse=True); l',
  "l = ['b', 'a', 'C']; l.sort(); l",
  "l = ['bb', 'a', 'ccc']; l.sort(key=len); l",
  "l = ['bb', 'a', 'cc', 'd']; l.sort(key=len, reverse=True); l",
  'l = [3, 1.5, True, 2**60, -2**70, 0.25]; l.sort(); l',
  'l = [(1, "b"), (0, "z"), (1, "a")]; l.sort(); l',
  'l = [(1, "b"), (0, "z"), (1, "a")]; l.sort(key=lambda p: p[0]); l',
  'l = [(1, "b"), (0, "z"), (1, "a")]; l.sort(key=lambda p: p[0], reverse=True); l',
  'l = [K(3), K(1), K(2)]; l.sort(); l',
  'l = [K(1), K(1)]; a = l[0]; l.sort(reverse=True); l[0] is a',
  'l = [[2], [1, 2], [1]]; l.sort(); l',
  'l = [1, "a"]; l.sort(); l',
  'l = [NoLt(), NoLt()]; l.sort(); l',
  'l = [3, 1, 2]; l.sort(1)',
  'l = [3, 1, 2]; l.sort(foo=1)',
  'l = [3, 1, 2]; l.sort(key=1)',
  '[].sort(key=1)',
  'l = [1, 2]; l.sort(reverse=None)',
  'l = [2, 1]; l.sort(reverse=2); l',
  'l = [3.5, 1.25, -2.0, 0.0]; l.sort(); l',
  'l = [3, 1, 2]; l.sort(key=lambda x: -x); l',
  'l = [3, 1, 2]; l.sort(key=lambda x: x * 1.5); l',
  "l = ['b', 'a']; l.sort(key=lambda x: (x, 1)); l",
  'l = [5, 3, 1]; l.sort(key=lambda x: l.append(x) or x)',
  'l = [Mut(l), Mut(l)] if False else []; m = [1, 2]; l = [Mut(m), Mut(m)]; l.sort()',
  'l = list(range(100, 0, -1)); l.sort(); l[:5] + l[-3:]',
  'l = [i % 7 for i in range(50)]; l.sort(); l',
  'l = [(i % 3, i) for i in range(20)]; l.sort(key=lambda p: p[0]); l',
  'l = [(i % 3, i) for i in range(40)]; l.sort(key=lambda p: (p[0],), reverse=True); l',
  'l = [K(i % 5) for i in range(70)]; l.sort(); [k.v for k in l]',
  'l = [[i % 4, -i] for i in range(70)]; l.sort(reverse=True); l[:6]',
  'sorted([3, 1, 2], key=lambda x: x, reverse=1.5)',
  // reverse / copy
  'l = [1, 2, 3]; l.reverse(); l',
  'l = [1, [2]]; c = l.copy(); (c == l, c is l, c[1] is l[1])',
  // getitem / slices
  '[1, 2, 3][0]',
  '[1, 2, 3][-1]',
  '[1, 2, 3][3]',
  '[1, 2, 3][-4]',
  "[1, 2, 3]['a']",
  '[1, 2, 3][1.0]',
  '[1, 2, 3][True]',
  '[1, 2, 3][Idx(1)]',
  '[0][2**100]',
  '[1, 2, 3, 4, 5][1:3]',
  '[1, 2, 3, 4, 5][::2]',
  '[1, 2, 3, 4, 5][::-1]',
  '[1, 2, 3, 4, 5][-2:]',
  '[1, 2, 3, 4, 5][:-2]',
  '[1, 2, 3, 4, 5][4:1:-2]',
  '[1, 2, 3, 4, 5][100:]',
  '[1, 2, 3, 4, 5][-100:2]',
  '[1, 2, 3][::0]',
  "[1, 2, 3]['a':]",
  '[1, 2, 3][Idx(1):]',
  '[1, 2, 3][2**100:]',
  '[1, 2, 3][:-2**100]',
  'tname(L([1, 2])[:])',
  // setitem
  'l = [1, 2, 3]; l[0] = 9; l[-1] = 8; l',
  'l = [1, 2, 3]; l[3] = 1; l',
  "l = [1, 2, 3]; l['a'] = 1; l",
  'l = [1, 2, 3]; l[1:2] = [7, 8, 9]; l',
  'l = [1, 2, 3]; l[1:] = []; l',
  'l = [1, 2, 3]; l[:0] = (0,); l',
  'l = [1, 2, 3]; l[5:] = [4]; l',
  'l = [1, 2, 3]; l[2:1] = [9]; l',
  'l = [1, 2, 3]; l[0:1] = 5; l',
  'l = [1, 2, 3]; l[1:2] = l; l',
  "l = [1, 2, 3]; l[:] = 'ab'; l",
  'l = [1, 2, 3]; l[::2] = [7, 9]; l',
  'l = [1, 2, 3]; l[::2] = [7]; l',
  'l = [1, 2, 3]; l[::2] = 5; l',
  'l = [1, 2, 3]; l[::-1] = [4, 5, 6]; l',
  'l = [1, 2, 3]; l[::2] = l[:2]; l',
  'l = [1, 2, 3]; l[::-1] = l; l',
  'l = [1, 2, 3]; l[::0] = []; l',
  'l = [1, 2, 3, 4, 5]; l[-1:0:-2] = "ab"; l',
  // delitem
  'l = [1, 2, 3]; del l[0]; l',
  'l = [1, 2, 3]; del l[-1]; l',
  'l = [1, 2, 3]; del l[1]; l',
  'l = [1, 2, 3]; del l[5]; l',
  "l = [1, 2, 3]; del l['a']; l",
  'l = [1, 2, 3, 4, 5]; del l[1:3]; l',
  'l = [1, 2, 3, 4, 5]; del l[::2]; l',
  'l = [1, 2, 3, 4, 5]; del l[::-2]; l',
  'l = [1, 2, 3, 4, 5, 6]; del l[-2::-3]; l',
  'l = list(range(10)); del l[1:8:3]; l',
  'l = [1, 2, 3]; del l[5:]; l',
  // contains / len / iter
  '2 in [1, 2, 3]',
  '4 not in [1, 2, 3]',
  '[1] in [[1], 2]',
  'float("nan") in [1] if False else 1.0 in [1, 2]',
  'BadEq() in [1]',
  'b = BadEq(); b in [b]',
  'len([1, 2, 3])',
  'len(L([1]))',
  'consume(iter([1, 2, 3]))',
  'consume(reversed([1, 2, 3]))',
  'l = [1, 2]; it = iter(l); l.append(3); consume(it)',
  'l = [1, 2, 3]; it = reversed(l); next(it); l.clear(); consume(it)',
  // operators
  '[1, 2] + [3]',
  '[1] + (2,)',
  '[1] + 1',
  '[1] + RAdd()',
  '[1] * RAdd()',
  'l = [1]; l += (2, 3); l += range(2); l',
  'l = [1]; m = l; l += [2]; m is l',
  'l = [1]; l += 5; l',
  '[1, 2] * 3',
  '3 * [1, 2]',
  '[1, 2] * 0',
  '[1, 2] * -1',
  '[1] * True',
  '[1] * Idx(2)',
  '[] * 2**70',
  '[1] * -2**70',
  '[1] * 2**40',
  '[] * 2**40',
  'l = []; l *= 2**70; l',
  'l = [1]; l *= -2**62; l',
  '[1] * 1.5',
  '1.5 * [1]',
  "[1] * 'a'",
  'l = [1, 2]; m = l; l *= 2; (l, m is l)',
  'l = [1, 2]; l *= 0; l',
  'l = [[]] * 3; l[0].append(1); l',
  '[1, 2] == [1, 2]',
  '[1, 2] == (1, 2)',
  '[1, 2] != [1, 3]',
  '[1, 2] < [1, 3]',
  '[1, 2] < [1, 2, 0]',
  '[2] > [1, 9]',
  '[1, 2] <= [1, 2]',
  '[1, 2] >= [1, 3]',
  '[] < []',
  '[1] < [1.5]',
  "[1] < ['a']",
  "[1, 2] < [1, 'a']",
  '[1] < (1,)',
  '[BadEq()] == [BadEq()]',
  'b = BadEq(); [b] == [b]',
  '[1, 2] == L([1, 2])',
  '[float("inf")] == [float("inf")] if False else [1.0] == [1]',
  // repr / hash / misc
  'repr([1, "a", None, 1.5, [2]])',
  'l = [1]; l.append(l); repr(l)',
  'l = [1]; m = [l]; l.append(m); repr(l)',
  'hash([])',
  'list.append(1, 2)',
  'list.__len__(1)',
  'list.append((), 1)',
  '[1, 2, 3].__getitem__(slice(1, None))',
  'truth([]), truth([0])',
  'isinstance(L(), list)',
];

const known: Record<string, string> = {};

let d: Diff;
beforeAll(async () => {
  d = await prepareDiff(cases);
});

describe('list (differential vs python3)', () => {
  diffTests(test, () => d, cases, known);
});

describe('list (native)', () => {
  test('append/pop/getitem use the JS array directly', async () => {
    await setupRuntime();
    const { PyList, listType } = await import('../../vm/runtime/types.js');
    const { call2, call1 } = await import('../../vm/runtime/call.js');
    const l = new PyList([]);
    for (let i = 0; i < 1000; i++) call2(listType.dict.append, l, i);
    expect(l.a.length).toBe(1000);
    expect(call2(listType.dict.__getitem__, l, -1)).toBe(999);
    expect(call1(listType.dict.pop, l)).toBe(999);
    expect(call1(listType.dict.__len__, l)).toBe(999);
  });

  test('sort fast paths agree with the generic path', async () => {
    await setupRuntime();
    const { PyList, listType } = await import('../../vm/runtime/types.js');
    const { callWithKw } = await import('../../vm/runtime/call.js');
    const { native } = await import('../../vm/runtime/natives.js');
    const { mkFloat } = await import('../../vm/runtime/object.js');
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 20; round++) {
      const n = 1 + Math.floor(rnd() * 300);
      const nums = Array.from({ length: n }, () => Math.floor(rnd() * 50) - 25);
      const l = new PyList(nums.slice());
      callWithKw(listType.dict.sort, [l], null);
      expect(l.a).toEqual(nums.slice().sort((a, b) => a - b));
      // key returning boxed floats (generic numeric path), reverse: stable on equal keys
      const objs = nums.map((v, i) => ({ v, i }));
      const l2 = new PyList(objs.map((_, i) => i));
      const key = native('key', (i: number) => mkFloat(Math.abs(objs[i].v)));
      callWithKw(listType.dict.sort, [l2], { key, reverse: true });
      const expected = objs
        .map((o, i) => i)
        .sort((a, b) => Math.abs(objs[b].v) - Math.abs(objs[a].v) || a - b);
      expect(l2.a).toEqual(expected);
    }
  });

  test('sorting 200k numbers with a key orders them all', async () => {
    await setupRuntime();
    const { PyList, listType } = await import('../../vm/runtime/types.js');
    const { callWithKw } = await import('../../vm/runtime/call.js');
    const { native } = await import('../../vm/runtime/natives.js');
    const n = 200_000;
    const l = new PyList(Array.from({ length: n }, (_, i) => (i * 7919) % n));
    const key = native('key', (x: number) => -x);
    callWithKw(listType.dict.sort, [l], { key });
    for (let i = 0; i < n; i++) if (l.a[i] !== n - 1 - i) throw new Error(`misordered at ${i}: ${l.a[i]}`);
    expect(l.a[0]).toBe(n - 1);
  });
});
