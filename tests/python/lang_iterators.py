# Iterator objects of builtins: exhaustion, iter(iterator) is itself, independent iterators over
# the same iterable, dict/list iterators during mutation, for-loop protocol calls, iterator classes.

lst = [1, 2, 3]
it = iter(lst)
assert iter(it) is it, "iterators return themselves"
assert next(it) == 1
assert list(it) == [2, 3]
assert list(it) == [], "exhausted"
assert next(it, 'end') == 'end'

# independent iterators
i1, i2 = iter(lst), iter(lst)
next(i1)
assert next(i2) == 1 and next(i1) == 2

# iterators for each builtin
assert list(iter('ab')) == ['a', 'b']
assert list(iter((1, 2))) == [1, 2]
assert list(iter({'a': 1, 'b': 2})) == ['a', 'b']
assert list(iter({'a': 1}.values())) == [1]
assert list(iter({'a': 1}.items())) == [('a', 1)]
assert sorted(iter({3, 1})) == [1, 3]
assert list(iter(b'ab')) == [97, 98]
assert list(iter(bytearray(b'x'))) == [120]
assert list(iter(range(2))) == [0, 1]
assert list(iter(frozenset([5]))) == [5]

# list iterator sees appended elements
lst = [1]
it = iter(lst)
assert next(it) == 1
lst.append(2)
assert next(it) == 2, "list iterator indexes live list"

# exhausted list iterator stays exhausted even if list grows
lst = [1]
it = iter(lst)
list(it)
lst.append(2)
assert list(it) == []

# dict iterator invalidated by size change
d = {'a': 1}
it = iter(d)
d['b'] = 2
try:
    next(it)
    assert False
except RuntimeError as e:
    assert str(e) == 'dictionary changed size during iteration'

# for loop uses iter() once then next() repeatedly
class Counting:
    def __init__(self):
        self.iter_calls = 0
        self.next_calls = 0
        self.n = 0
    def __iter__(self):
        self.iter_calls += 1
        return self
    def __next__(self):
        self.next_calls += 1
        if self.n >= 3:
            raise StopIteration
        self.n += 1
        return self.n
c = Counting()
for _ in c:
    pass
assert c.iter_calls == 1 and c.next_calls == 4

# an iterable class returning a fresh iterator each time
class Repeatable:
    def __init__(self, data): self.data = data
    def __iter__(self):
        return iter(self.data)
r = Repeatable([1, 2])
assert list(r) == [1, 2] and list(r) == [1, 2]

# zip/map/filter/enumerate/reversed are single-use iterators
for mk in (lambda: zip([1], [2]), lambda: map(abs, [-1]), lambda: filter(None, [1]),
           lambda: enumerate([1]), lambda: reversed([1])):
    x = mk()
    assert iter(x) is x
    assert len(list(x)) == 1
    assert list(x) == []

# range is NOT an iterator but a reusable sequence
r = range(3)
assert list(r) == list(r) == [0, 1, 2]
try:
    next(r)
    assert False
except TypeError as e:
    assert str(e) == "'range' object is not an iterator"

# unpacking consumes iterators
it = iter([1, 2, 3, 4])
a, b = next(it), next(it)
rest = list(it)
assert (a, b, rest) == (1, 2, [3, 4])

# iterators in `in` are consumed up to the match
it = iter([1, 2, 3, 4])
assert 2 in it
assert next(it) == 3, "membership test consumed 1 and 2"

# StopIteration raised manually in __next__ ends a for loop cleanly
class Two:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration('done')
        return self.i
assert list(Two()) == [1, 2]

# iterator with __iter__ but __next__ missing
class NoNext:
    def __iter__(self): return self
try:
    for _ in NoNext():
        pass
    assert False
except TypeError as e:
    assert str(e) == "iter() returned non-iterator of type 'NoNext'", str(e)

# builtins that accept any iterable
gen = (x for x in range(4))
assert sum(gen) == 6
assert sorted(iter([3, 1, 2])) == [1, 2, 3]
assert tuple(iter([1])) == (1,)
assert dict(iter([('a', 1)])) == {'a': 1}
assert set(iter('aa')) == {'a'}
assert ''.join(iter(['x', 'y'])) == 'xy'
assert max(iter([1, 5, 2])) == 5
assert list(zip(iter('ab'), range(5))) == [('a', 0), ('b', 1)]

# iterating strings gives 1-char strings incl. astral chars
assert list('a\U0001F600') == ['a', '\U0001F600']

print("ok")
