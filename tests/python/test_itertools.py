# itertools: every iterator building block, with CPython's argument errors
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse, groupby,
                       islice, pairwise, starmap, takewhile, tee, zip_longest, product, permutations,
                       combinations, combinations_with_replacement)
import operator


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


assert list(islice(count(), 5)) == [0, 1, 2, 3, 4]
assert list(islice(count(10, 3), 3)) == [10, 13, 16]
assert list(islice(count(1.5, 0.5), 3)) == [1.5, 2.0, 2.5]
assert list(islice(count(5, -1), 3)) == [5, 4, 3]
c = count(5)
assert next(c) == 5 and repr(c) == 'count(6)'
assert repr(count(0, 2)) == 'count(0, 2)' and repr(count()) == 'count(0)'
assert raises(TypeError, count, 'a') == 'a number is required'
assert list(islice(cycle('ab'), 5)) == ['a', 'b', 'a', 'b', 'a']
assert list(cycle([])) == []
assert list(repeat('x', 3)) == ['x', 'x', 'x'] and list(repeat(1, -1)) == []
assert repr(repeat(1, 3)) == 'repeat(1, 3)' and repr(repeat('a')) == "repeat('a')"
assert list(islice(repeat(7), 2)) == [7, 7]
assert list(map(pow, range(4), repeat(2))) == [0, 1, 4, 9]
assert list(accumulate([1, 2, 3, 4])) == [1, 3, 6, 10]
assert list(accumulate([1, 2, 3, 4], operator.mul)) == [1, 2, 6, 24]
assert list(accumulate([1, 2, 3], initial=100)) == [100, 101, 103, 106]
assert list(accumulate([], initial=5)) == [5] and list(accumulate([])) == []
assert list(accumulate([3, 1, 4, 1, 5], max)) == [3, 3, 4, 4, 5]
assert list(chain('ab', [1, 2], ())) == ['a', 'b', 1, 2]
assert list(chain.from_iterable(['ab', 'cd'])) == ['a', 'b', 'c', 'd']
assert list(chain()) == []
ch = chain([1], [2])
assert iter(ch) is ch and next(ch) == 1
assert list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])) == ['A', 'C', 'E', 'F']
assert list(compress('ABC', [1])) == ['A']
assert list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])) == [6, 4, 1]
assert list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])) == [1, 4]
assert list(filterfalse(lambda x: x % 2, range(10))) == [0, 2, 4, 6, 8]
assert list(filterfalse(None, [0, 1, '', 'a', None])) == [0, '', None]
assert list(starmap(pow, [(2, 5), (3, 2)])) == [32, 9]
groups = [(k, ''.join(g)) for k, g in groupby('AAAABBBCCDAABBB')]
assert groups == [('A', 'AAAA'), ('B', 'BBB'), ('C', 'CC'), ('D', 'D'), ('A', 'AA'), ('B', 'BBB')]
assert [k for k, g in groupby('AAAABBBCCD')] == ['A', 'B', 'C', 'D']
assert [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)] == [(0, [1, 2]), (1, [3, 4, 5]), (2, [6])]
gb = groupby('aabb')
k1, g1 = next(gb)
k2, g2 = next(gb)
assert k1 == 'a' and list(g1) == [] and list(g2) == ['b', 'b']
assert list(groupby([])) == []
assert list(islice('ABCDEFG', 2)) == ['A', 'B']
assert list(islice('ABCDEFG', 2, 4)) == ['C', 'D']
assert list(islice('ABCDEFG', 2, None)) == list('CDEFG')
assert list(islice('ABCDEFG', 0, None, 2)) == list('ACEG')
assert list(islice('ABCDEFG', None)) == list('ABCDEFG')
assert list(islice('ABC', 1, None, None)) == ['B', 'C']
it = iter(range(10))
assert list(islice(it, 2, 5)) == [2, 3, 4] and next(it) == 5
it = iter(range(10))
assert list(islice(it, 1, 6, 3)) == [1, 4] and next(it) == 6
it = iter(range(10))
assert list(islice(it, 5, 2)) == [] and next(it) == 5
assert raises(ValueError, islice, 'abc', -1) == 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
assert raises(ValueError, islice, 'abc', -1, 2) == 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
assert raises(ValueError, islice, 'abc', 1, 2, 0) == 'Step for islice() must be a positive integer or None.'
assert raises(TypeError, islice, 'abc') == 'islice expected at least 2 arguments, got 1'
assert raises(TypeError, islice, 'abc', 1, 2, 3, 4) == 'islice expected at most 4 arguments, got 5'
assert list(pairwise('ABCD')) == [('A', 'B'), ('B', 'C'), ('C', 'D')]
assert list(pairwise('A')) == [] and list(pairwise('')) == []
a, b = tee([1, 2, 3])
assert list(a) == [1, 2, 3] and list(b) == [1, 2, 3]
a, b, c = tee(iter('xyz'), 3)
assert next(a) == 'x' and list(b) == ['x', 'y', 'z'] and list(a) == ['y', 'z'] and list(c) == ['x', 'y', 'z']
assert tee('abc', 0) == ()
assert raises(ValueError, tee, 'abc', -1) == 'n must be >= 0'
t1, = tee(count(), 1)
assert next(t1) == 0
assert list(zip_longest('ABCD', 'xy', fillvalue='-')) == [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')]
assert list(zip_longest('ab', [1])) == [('a', 1), ('b', None)]
assert list(zip_longest()) == []
assert list(product('ab', range(2))) == [('a', 0), ('a', 1), ('b', 0), ('b', 1)]
assert list(product(range(2), repeat=3))[:3] == [(0, 0, 0), (0, 0, 1), (0, 1, 0)]
assert len(list(product(range(2), repeat=3))) == 8
assert list(product()) == [()] and list(product('ab', '')) == []
assert raises(ValueError, product, 'ab', repeat=-1) == 'repeat argument cannot be negative'
assert list(permutations('ABC', 2)) == [('A', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('C', 'A'), ('C', 'B')]
assert list(permutations(range(3))) == [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
assert list(permutations('ab', 3)) == [] and list(permutations('ab', 0)) == [()]
assert raises(ValueError, permutations, 'abc', -1) == 'r must be non-negative'
assert list(combinations('ABCD', 2)) == [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]
assert list(combinations(range(4), 3)) == [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
assert list(combinations('ab', 3)) == [] and list(combinations('ab', 0)) == [()]
assert raises(ValueError, combinations, 'abc', -1) == 'r must be non-negative'
assert list(combinations_with_replacement('ABC', 2)) == [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
assert list(combinations_with_replacement('', 2)) == [] and list(combinations_with_replacement('', 0)) == [()]
assert len(list(permutations(range(6)))) == 720
assert len(list(combinations(range(10), 4))) == 210
assert sum(1 for _ in combinations_with_replacement(range(5), 3)) == 35
