// dict and its views: differential tests against python3, plus native checks.
import { describe, test, expect, beforeAll } from 'vitest';
import { prepareDiff, diffTests, Diff, setupRuntime } from './harness.js';

const cases: string[] = [
  // construction
  'dict()',
  "dict(a=1, b=2)",
  "dict([('a', 1), ('b', 2)])",
  "dict([('a', 1)], b=2, a=3)",
  "dict({'a': 1}, c=3)",
  "dict({1: 2}.items())",
  'dict(KeysOnly())',
  'dict([(1, 2, 3)])',
  'dict([1])',
  'dict([[1]])',
  "dict(['ab', 'cd'])",
  "dict([('a', 1), 'xyz'])",
  'dict(1, 2)',
  'dict(5)',
  "dict([[1, 2], (3, 4)])",
  'dict(zip) if False else dict([(i, i * i) for i in range(4)])',
  "D(a=1)",
  "tname(D(a=1))",
  "D([(1, 2)], b=3)",
  "d = {'a': 1}; d.__init__(b=2); d",
  "d = {'a': 1}; d.__init__({'a': 5}); d",
  // literal semantics and key equality
  "{1: 'a', 1.0: 'b', True: 'c'}",
  "{1.0: 'a', 1: 'b'}",
  "{(1, 2): 'a', (1.0, 2): 'b'}",
  "{'a': 1, 'b': 2, 'a': 3}",
  '{[1]: 2}',
  '{H(1): 1, H(1): 2, H(2): 3}',
  "d = {}; d[H('a')] = 1; d[H('a')]",
  "d = {frozenset([1]): 'x'}; d[frozenset([1])]",
  "d = {0.5: 'x', -0.0: 'z'}; (d[0.5], d[0], d[False])",
  'd = {2**70: 1}; d[2**70]',
  'd = {float("inf") if False else 1e300: 1}; d[1e300]',
  // get / setitem / delitem
  "d = {'a': 1}; d['a']",
  "d = {'a': 1}; d['b']",
  'd = {}; d[(1, 2)]',
  'd = {}; d[[1]]',
  "d = {}; d['x'] = 1; d['y'] = 2; d['x'] = 3; d",
  "d = {'a': 1, 'b': 2}; del d['a']; d",
  "d = {'a': 1}; del d['z']; d",
  "d = {'a': 1}; d.get('a'), d.get('b'), d.get('b', 0)",
  'd = {}; d.get([1])',
  "d = {'a': 1}; d.get()",
  "d = {'a': 1}; d.get('a', 1, 2)",
  "DM(a=1)['a'], DM(a=1)['zz']",
  "DM(a=1).get('zz')",
  "'zz' in DM(a=1)",
  "D(a=1)['zz']",
  // setdefault / pop / popitem
  "d = {}; (d.setdefault('a', 1), d.setdefault('a', 2), d.setdefault('b'), d)",
  "d = {'a': 1, 'b': 2}; (d.pop('a'), d)",
  "d = {'a': 1}; d.pop('z')",
  "d = {'a': 1}; d.pop('z', None)",
  'd = {}; d.pop(1)',
  'd = {}; d.pop([1], 0)',
  'd = {}; d.pop([1])',
  'd = {1: 2}; d.pop([1])',
  'dict.__len__([])',
  'dict.keys([])',
  "d = {'a': 1, 'b': 2, 'c': 3}; (d.popitem(), d.popitem(), d)",
  'd = {}; d.popitem()',
  "d = {1: 'a'}; d[True] = 'b'; d.popitem()",
  // update / clear / copy / fromkeys
  "d = {'a': 1}; d.update({'b': 2}, c=3); d",
  "d = {'a': 1}; d.update([('a', 9)]); d",
  "d = {'a': 1}; d.update(KeysOnly()); d",
  "d = {'a': 1}; d.update(); d",
  "d = {'a': 1}; d.update(1, 2)",
  "d = {'a': 1}; d.update(5)",
  "d = {'a': 1}; d.update(d); d",
  "d = {'a': 1}; d.clear(); d",
  "d = {'a': [1]}; c = d.copy(); c['b'] = 2; (d, c, c['a'] is d['a'])",
  "tname(D(a=1).copy())",
  "dict.fromkeys('abc')",
  "dict.fromkeys(['a', 'b'], 0)",
  "dict.fromkeys([1, 2], 0, 1)",
  'dict.fromkeys()',
  "tname(D.fromkeys('ab'))",
  "D.fromkeys('ab', 1)",
  "dict.fromkeys(range(3), [])",
  // views
  "{'a': 1, 'b': 2}.keys()",
  "{'a': 1, 'b': 2}.values()",
  "{'a': 1, 'b': 2}.items()",
  '{}.keys()',
  "d = {'a': 1}; k = d.keys(); d['b'] = 2; (k, len(k))",
  "d = {'a': 1}; v = d.values(); d['b'] = 2; list(v)",
  "d = {'a': 1}; it = d.items(); d['a'] = 5; list(it)",
  "'a' in {'a': 1}.keys()",
  "1 in {'a': 1}.values()",
  "('a', 1) in {'a': 1}.items()",
  "('a', 2) in {'a': 1}.items()",
  "'a' in {'a': 1}.items()",
  "('a', 1, 2) in {'a': 1}.items()",
  "[1] in {'a': 1}.keys()",
  "([1], 1) in {'a': 1}.items()",
  "[1] in {'a': [1]}.values()",
  "consume(reversed({'a': 1, 'b': 2}))",
  "consume(reversed({'a': 1, 'b': 2}.keys()))",
  "consume(reversed({'a': 1, 'b': 2}.values()))",
  "consume(reversed({'a': 1, 'b': 2}.items()))",
  "consume(iter({'a': 1, 'b': 2}.items()))",
  "consume({'a': 1, 'b': 2})",
  "{'a': 1}.keys() & {'a', 'b'}",
  "{'a': 1}.keys() & ['a', 'c']",
  "['a', 'c'] & {'a': 1}.keys()",
  "{'a': 1, 'b': 2}.keys() | ['c']",
  "['c'] | {'a': 1}.keys()",
  "{'a'} | {'a': 1}.keys()",
  "{'a': 1, 'b': 2}.keys() - ['a']",
  "['a', 'b'] - {'a': 1}.keys()",
  "{'a'} - {'a': 1}.keys()",
  "{'a': 1, 'b': 2}.keys() ^ ['b', 'c']",
  "{'a': 1}.items() & [('a', 1), ('b', 2)]",
  "{'a': 1}.items() | {('b', 2)}",
  "{'a': 1}.items() - {('a', 1)}",
  "{'a': [1]}.items() | {1}",
  "{'a': 1}.keys() | {'a': 1}.items()",
  "{'a': 1}.keys() & 5",
  "{'a': 1}.keys() - 5",
  "{'a': 1}.values() | {1}",
  "{'a': 1}.keys() == {'a'}",
  "{'a': 1}.keys() == {'a': 5}.keys()",
  "{'a': 1}.keys() == ['a']",
  "{'a': 1}.keys() != {'b'}",
  "{'a': 1}.keys() < {'a', 'b'}",
  "{'a': 1}.keys() <= {'a'}",
  "{'a': 1, 'b': 2}.keys() > {'a'}",
  "{'a': 1}.keys() >= {'a': 2, 'b': 3}.keys()",
  "{'a': 1}.items() == {('a', 1)}",
  "{'a': 1}.items() < {('a', 1), 2}",
  "{'a': 1}.values() == {'a': 1}.values()",
  "d = {'a': 1}; v = d.values(); v == v",
  "{'a': 1}.keys().isdisjoint(['b'])",
  "{'a': 1}.keys().isdisjoint({'a'})",
  "{'a': 1}.items().isdisjoint([('a', 1)])",
  "{}.keys().isdisjoint([])",
  "hash({}.keys())",
  "hash({}.items())",
  "len({'a': 1, 'b': 2}.items())",
  "d = {'a': 1}; d['self'] = d.keys(); repr(d)",
  // operators
  "{'a': 1} | {'b': 2}",
  "{'a': 1, 'b': 2} | {'a': 3}",
  "{'a': 1} | [('b', 2)]",
  "[('b', 2)] | {'a': 1}",
  "tname(D(a=1) | {})",
  "tname({} | D(a=1))",
  "d = {'a': 1}; d |= {'b': 2}; d",
  "d = {'a': 1}; d |= [('c', 3)]; d",
  "d = {'a': 1}; e = d; d |= {'z': 0}; e is d",
  "d = {'a': 1}; d |= 5; d",
  "{'a': 1} == {'a': 1}",
  "{'a': 1, 'b': 2} == {'b': 2, 'a': 1}",
  "{'a': 1} == {'a': 1.0}",
  "{'a': 1} == {'a': 2}",
  "{'a': 1} == {'b': 1}",
  "{'a': 1} != {'a': 1, 'b': 2}",
  "{1: 2} == [(1, 2)]",
  "{'a': 1} == D(a=1)",
  "{'a': BadEq()} == {'a': BadEq()}",
  "b = BadEq(); {'a': b} == {'a': b}",
  "{'a': 1} < {'a': 2}",
  "{} | 5",
  // misc
  "len({'a': 1, 'b': 2})",
  "'a' in {'a': 1}",
  "[1] in {'a': 1}",
  "'b' not in {'a': 1}",
  'hash({})',
  "repr({'a': [1, 2], 'b': {'c': None}})",
  "d = {}; d['d'] = d; repr(d)",
  'd = {1: 2}; l = [d]; d[3] = l; repr(d)',
  "truth({}), truth({0: 0})",
  "d = {'a': 1}; it = iter(d); d['b'] = 2; next(it)",
  "d = {'a': 1, 'b': 2}; it = iter(d); next(it); del d['a']; next(it)",
  "d = {'a': 1}; it = iter(d.values()); d.clear(); next(it)",
  "d = {'a': 1}; it = reversed(d); d['b'] = 1; next(it)",
  "d = {'a': 1}; it = iter(d); d['a'] = 2; consume(it)",
  "d = {'a': 1, 'b': 2}; del d['a']; d['a'] = 3; d",
  "d = dict.fromkeys(range(6)); [d.pop(k) for k in [1, 3, 5]]; list(d)",
  "dict.get(1, 2)",
  "dict.__getitem__([], 1)",
  "isinstance(D(), dict)",
  "d = D(); d.x = 5; (d.x, d)",
];

const known: Record<string, string> = {};

let d: Diff;
beforeAll(async () => {
  d = await prepareDiff(cases);
});

describe('dict (differential vs python3)', () => {
  diffTests(test, () => d, cases, known);
});

describe('dict (native)', () => {
  test('get/set/len through the type dict; order is insertion order', async () => {
    await setupRuntime();
    const { PyDict, dictType } = await import('../../vm/runtime/types.js');
    const { callType, call1, call2, call3 } = await import('../../vm/runtime/call.js');
    const { None } = await import('../../vm/runtime/object.js');
    const dd = callType(dictType, [], null, null) as InstanceType<typeof PyDict>;
    for (let i = 0; i < 100; i++) call3(dictType.dict.__setitem__, dd, `k${i}`, i);
    expect(call1(dictType.dict.__len__, dd)).toBe(100);
    expect(call2(dictType.dict.__getitem__, dd, 'k42')).toBe(42);
    expect(call2(dictType.dict.get, dd, 'nope')).toBe(None);
    expect(Array.from(dd.s.keys()).slice(0, 3)).toEqual(['k0', 'k1', 'k2']);
  });

  test('BagStore-backed dicts (__dict__, globals()) work through the same methods', async () => {
    await setupRuntime();
    const { PyDict, dictType } = await import('../../vm/runtime/types.js');
    const { BagStore } = await import('../../vm/runtime/bag-store.js');
    const { newAttrBag } = await import('../../vm/runtime/object.js');
    const { call1, call2, call3 } = await import('../../vm/runtime/call.js');
    const { repr } = await import('../../vm/runtime/convert.js');
    const bag = newAttrBag();
    bag.x = 1;
    const dd = new PyDict(
      new BagStore(bag, () => {
        throw new Error('bad key');
      }),
    );
    call3(dictType.dict.__setitem__, dd, 'y', 2);
    expect(bag.y).toBe(2);
    expect(repr(dd)).toBe("{'x': 1, 'y': 2}");
    expect(repr(call1(dictType.dict.items, dd))).toBe("dict_items([('x', 1), ('y', 2)])");
    expect(repr(call1(dictType.dict.copy, dd))).toBe("{'x': 1, 'y': 2}");
    expect(repr(call1(dictType.dict.popitem, dd))).toBe("('y', 2)");
    expect(call2(dictType.dict.pop, dd, 'x')).toBe(1);
    expect(Object.keys(bag)).toEqual([]);
  });
});
