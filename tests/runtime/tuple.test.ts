// tuple: differential tests against python3, plus native checks.
import { describe, test, expect, beforeAll } from 'vitest';
import { prepareDiff, diffTests, Diff, setupRuntime } from './harness.js';

const cases: string[] = [
  'tuple()',
  'tuple([1, 2])',
  "tuple('ab')",
  'tuple(range(3))',
  "tuple({'a': 1})",
  'tuple(1)',
  'tuple(1, 2)',
  'tuple(x=1)',
  't = (1, 2); tuple(t) is t',
  'T([1, 2])',
  'tname(T([1]))',
  'T(x=1)',
  't = T([1]); tuple(t) is t',
  'tname(tuple(T([1])))',
  '()',
  '(1,)',
  '(1, "a", None)',
  '((1,), ())',
  'repr(T())',
  'l = []; t = (l,); l.append(t); repr(t)',
  // indexing
  '(1, 2, 3)[0]',
  '(1, 2, 3)[-1]',
  '(1, 2, 3)[3]',
  "(1, 2, 3)['a']",
  '(1, 2, 3)[1:]',
  '(1, 2, 3)[::-1]',
  '(1, 2, 3)[::2]',
  '(1, 2, 3)[5:]',
  't = (1, 2, 3); t[:] is t',
  't = (1, 2, 3); t[0:3:1] is t',
  'tname(T([1, 2])[:])',
  '(1, 2)[::0]',
  '(1, 2)[Idx(1)]',
  '(0,)[2**100]',
  't = (1, 2); t[0] = 5; t',
  // methods
  '(1, 2, 1, 1.0, True).count(1)',
  '(1, 2, 3).index(2)',
  '(1, 2, 3, 2).index(2, 2)',
  '(1, 2, 3).index(2, 2)',
  '(1, 2, 3).index(9)',
  "(1, 2).index(1, 'a')",
  '(1, 2, 3).index(3, -1)',
  '(1, 2, 3).index(1, -100, 1)',
  // operators
  '(1, 2) + (3,)',
  '(1,) + [2]',
  '(1,) + RAdd()',
  't = (1,); t + () is t',
  't = (1,); () + t is t',
  '(1, 2) * 2',
  '2 * (1, 2)',
  '(1,) * 0',
  '(1,) * -5',
  't = (1, 2); t * 1 is t',
  '(1,) * 1.5',
  '(1,) * RAdd()',
  '(1,) * Idx(3)',
  't = (1,); t += (2,); t',
  't = (1,); t *= 2; t',
  '1 in (1, 2)',
  '[1] in ([1],)',
  '3 not in (1, 2)',
  'BadEq() in (1,)',
  'len((1, 2, 3))',
  'consume(iter((1, 2)))',
  '(1, 2) == (1, 2)',
  '(1, 2) == [1, 2]',
  '(1, 2) != (1, 2.0)',
  '(1, 2) < (1, 3)',
  '(1, 2) < (1, 2, 3)',
  '(2,) > (1, 5)',
  '(1, "a") < (1, "b")',
  '(1, "a") < (1, 2)',
  '() <= ()',
  '(1, 2) >= (1, 2)',
  '(1,) < [1]',
  '(1, 2) == T([1, 2])',
  '(BadEq(),) == (BadEq(),)',
  // hashing
  'hash((1, 2)) == hash((1, 2))',
  'hash((1, 2)) == hash((1.0, 2))',
  'hash((1, (2, "a"))) == hash((True, (2, "a")))',
  'hash((1, [2]))',
  'hash(()) == hash(())',
  "d = {(1, 2): 'a'}; d[(1, 2)]",
  "d = {(1, (2, 3)): 'a'}; d[(1.0, (2, 3))]",
  'hash(T([1, 2])) == hash((1, 2))',
  '(1, 2).__getnewargs__()',
  'truth(()), truth((0,))',
  'tuple.count([], 1)',
  'tuple.__len__([])',
  "(1, 2).__class_getitem__ is not None",
  'isinstance(T(), tuple)',
];

const known: Record<string, string> = {};

let d: Diff;
beforeAll(async () => {
  d = await prepareDiff(cases);
});

describe('tuple (differential vs python3)', () => {
  diffTests(test, () => d, cases, known);
});

describe('tuple (native)', () => {
  test('subclass instances carry their class and an attribute bag', async () => {
    await setupRuntime();
    const { PyTuple, tupleType } = await import('../../vm/runtime/types.js');
    const { typeType, None } = await import('../../vm/runtime/object.js');
    const { createClass } = await import('../../vm/runtime/classes.js');
    const { PyDict } = await import('../../vm/runtime/types.js');
    const { callType } = await import('../../vm/runtime/call.js');
    const P = createClass(typeType, 'P', [tupleType], new PyDict());
    const p = callType(P, [new PyTuple([1, 2])], null, null);
    expect(p).toBeInstanceOf(PyTuple);
    expect(p.$cls).toBe(P);
    expect(p.$d).toBeDefined();
    expect(p.a).toEqual([1, 2]);
    void None;
  });
  test('__class_getitem__ returns a generic alias (tuple[int, str])', async () => {
    await setupRuntime();
    const { tupleType, intType, strType, PyTuple } = await import('../../vm/runtime/types.js');
    const { getAttr } = await import('../../vm/runtime/attributes.js');
    const { call1 } = await import('../../vm/runtime/call.js');
    const { repr } = await import('../../vm/runtime/convert.js');
    const alias = call1(getAttr(tupleType, '__class_getitem__'), new PyTuple([intType, strType]));
    expect(repr(alias)).toBe('tuple[int, str]');
    expect(getAttr(alias, '__origin__')).toBe(tupleType);
  });
});
