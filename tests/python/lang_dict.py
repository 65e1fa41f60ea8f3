# dict: insertion order, views (live, set operations), methods, | and |=, comprehension, equality,
# KeyError, mutation during iteration, fromkeys, setdefault, popitem LIFO, copy semantics.

d = {'b': 1, 'a': 2}
d['c'] = 3
assert list(d) == ['b', 'a', 'c'], "insertion order"
d['b'] = 10
assert list(d) == ['b', 'a', 'c'], "updating keeps position"
del d['b']
d['b'] = 1
assert list(d) == ['a', 'c', 'b'], "re-insert after delete goes to the end"

# --- access ---
assert d['a'] == 2 and d.get('a') == 2 and d.get('zz') is None and d.get('zz', 0) == 0
try:
    d['zz']
    assert False
except KeyError as e:
    assert e.args == ('zz',) and str(e) == "'zz'"
try:
    {}[(1, 2)]
except KeyError as e:
    assert str(e) == '(1, 2)'
assert 'a' in d and 'zz' not in d and 2 not in d

# --- views ---
d = {'x': 1, 'y': 2}
keys, vals, items = d.keys(), d.values(), d.items()
d['z'] = 3
assert list(keys) == ['x', 'y', 'z'], "views are live"
assert list(vals) == [1, 2, 3]
assert list(items) == [('x', 1), ('y', 2), ('z', 3)]
assert len(keys) == 3 and 'x' in keys and ('x', 1) in items and ('x', 2) not in items and 3 in vals
assert keys & {'x', 'q'} == {'x'}, "keys views support set operations"
assert keys | {'q'} == {'x', 'y', 'z', 'q'}
assert keys - {'x'} == {'y', 'z'}
assert keys ^ {'x', 'w'} == {'y', 'z', 'w'}
assert items & {('x', 1)} == {('x', 1)}
assert d.keys() == {'x', 'y', 'z'} and d.keys() != ['x', 'y', 'z']
assert not d.keys().isdisjoint({'x'})
assert repr({'a': 1}.keys()) == "dict_keys(['a'])"
assert repr({'a': 1}.values()) == 'dict_values([1])'
assert repr({'a': 1}.items()) == "dict_items([('a', 1)])"
assert list(reversed(d.keys())) == ['z', 'y', 'x']
assert {'a': 1}.values() != {'a': 1}.values(), "values views compare by identity"

# --- methods ---
d = {'a': 1}
assert d.setdefault('a', 5) == 1 and d.setdefault('b', 5) == 5 and d == {'a': 1, 'b': 5}
assert d.setdefault('c') is None and d['c'] is None
assert d.pop('c') is None and d.pop('zz', 'dflt') == 'dflt'
try:
    d.pop('zz')
    assert False
except KeyError as e:
    assert str(e) == "'zz'"
d.update({'c': 3}, d=4)
d.update([('e', 5)])
assert d == {'a': 1, 'b': 5, 'c': 3, 'd': 4, 'e': 5}
assert d.popitem() == ('e', 5) and d.popitem() == ('d', 4), "popitem is LIFO"
try:
    {}.popitem()
    assert False
except KeyError as e:
    assert str(e) == "'popitem(): dictionary is empty'", str(e)
assert dict.fromkeys('ab') == {'a': None, 'b': None}
assert dict.fromkeys([1, 2], 0) == {1: 0, 2: 0}
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
assert shared['y'] == [1], "fromkeys shares the value object"
c = d.copy()
c['a'] = 'changed'
assert d['a'] == 1
d.clear()
assert d == {} and len(d) == 0

# --- | and |= ---
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
assert a | b == {'x': 1, 'y': 20, 'z': 30}
assert b | a == {'y': 2, 'z': 30, 'x': 1}
assert list(a | b) == ['x', 'y', 'z']
a |= [('w', 0)]
assert a == {'x': 1, 'y': 2, 'w': 0}, "|= accepts any mapping or iterable of pairs"
try:
    {} | [('a', 1)]
    assert False
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for |: 'dict' and 'list'", str(e)

# --- equality ignores order ---
assert {'a': 1, 'b': 2} == {'b': 2, 'a': 1}
assert {'a': 1} != {'a': 1.5}
assert {1: 'x'} == {1.0: 'x'}
try:
    {'a': 1} < {'b': 2}
    assert False
except TypeError:
    pass

# --- construction ---
assert dict(a=1, b=2) == {'a': 1, 'b': 2}
assert dict([('a', 1), ['b', 2]]) == {'a': 1, 'b': 2}
assert dict({'a': 1}, a=2) == {'a': 2}
assert dict(zip(range(3), 'abc')) == {0: 'a', 1: 'b', 2: 'c'}
try:
    dict([('a', 1, 2)])
    assert False
except ValueError as e:
    assert str(e) == 'dictionary update sequence element #0 has length 3; 2 is required', str(e)
try:
    dict([1])
    assert False
except TypeError as e:
    assert str(e) == 'cannot convert dictionary update sequence element #0 to a sequence', str(e)
try:
    {[]: 1}
    assert False
except TypeError as e:
    assert str(e) == "unhashable type: 'list'"

# --- keys of all hashable kinds ---
k = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', frozenset({1}): 'fs', 2.5: 'float', True: 'bool?'}
assert k[1] == 'bool?', "True == 1: same key"
assert k[(1, 2)] == 'tuple' and k[None] == 'none' and k[frozenset([1])] == 'fs' and k[2.5] == 'float'

# --- mutation during iteration ---
d = {1: 1, 2: 2}
try:
    for key in d:
        del d[key]
    assert False
except RuntimeError as e:
    assert str(e) == 'dictionary changed size during iteration'
d = {1: 1, 2: 2}
for key in d:
    d[key] = 'updated'    # changing values is fine
assert d == {1: 'updated', 2: 'updated'}
for key in list(d):
    del d[key]
assert d == {}

# --- nested / misc ---
tree = {}
tree.setdefault('a', {}).setdefault('b', []).append(1)
assert tree == {'a': {'b': [1]}}
counts = {}
for ch in 'hello':
    counts[ch] = counts.get(ch, 0) + 1
assert counts == {'h': 1, 'e': 1, 'l': 2, 'o': 1}
assert list(counts.items())[2] == ('l', 2)
assert sorted(counts, key=counts.get, reverse=True)[0] == 'l'
assert max(counts.values()) == 2
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
assert inverted == {1: 'a', 2: 'b'}
assert len({i: i for i in range(1000)}) == 1000
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
assert list(big)[:3] == [1, 3, 5] and big[99] == 9801

# dict with a list value through repr
assert repr({'k': [1, {'n': None}]}) == "{'k': [1, {'n': None}]}"
assert str({1: 'a'}) == "{1: 'a'}"

print("ok")
