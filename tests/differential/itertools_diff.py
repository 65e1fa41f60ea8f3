# itertools: outputs, reprs and errors compared with CPython
import itertools as it
import operator


def show(label, f):
    try:
        print(label, list(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show('count', lambda: it.islice(it.count(3, 2), 4))
show('countf', lambda: it.islice(it.count(0.5, 0.25), 4))
print(repr(it.count(7)), repr(it.count(1, 3)), repr(it.repeat('a', 2)), repr(it.repeat(None)))
c = it.count(2); next(c); print(repr(c))
show('cycle', lambda: it.islice(it.cycle([1, 2, 3]), 7))
show('repeat', lambda: it.repeat([1], 2))
show('accumulate', lambda: it.accumulate(range(1, 6)))
show('accumulate-mul', lambda: it.accumulate(range(1, 6), operator.mul))
show('accumulate-init', lambda: it.accumulate([1, 2], lambda a, b: a * 10 + b, initial=9))
show('accumulate-str', lambda: it.accumulate('abc'))
show('chain', lambda: it.chain('ab', (1,), {'k': 0}))
show('from_iterable', lambda: it.chain.from_iterable([[1], [], [2, 3]]))
show('chain-bad', lambda: it.chain(1))
show('compress', lambda: it.compress(range(10), [1, 0] * 5))
show('dropwhile', lambda: it.dropwhile(str.isdigit, '123abc4'))
show('takewhile', lambda: it.takewhile(str.isdigit, '123abc4'))
show('filterfalse', lambda: it.filterfalse(str.isupper, 'aBcD'))
show('starmap', lambda: it.starmap(operator.add, [(1, 2), ('a', 'b')]))
print([(k, list(g)) for k, g in it.groupby('aaabccdd')])
print([(k, list(g)) for k, g in it.groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'cranberry']), key=lambda s: s[0])])
print([k for k, g in it.groupby([1, 1, 2, 1])])
for args in [(5,), (1, 4), (1, None), (0, 8, 3), (None, None, 2), (-1,), (1, -2), (0, 5, 0), ('x',), (1.0,), (2, 1)]:
    show('islice' + repr(args), lambda: it.islice(range(8), *args))
show('islice0', lambda: it.islice(range(3)))
x = iter(range(10)); print(list(it.islice(x, 3, 7, 2)), next(x))
x = iter(range(10)); print(list(it.islice(x, 6, 3)), next(x))
show('pairwise', lambda: it.pairwise([1, 2, 3, 4]))
a, b = it.tee(range(4))
print(next(a), next(a), list(b), list(a))
show('tee-neg', lambda: it.tee([], -1))
print(it.tee([], 0), len(it.tee('ab', 4)))
show('zip_longest', lambda: it.zip_longest([1, 2, 3], 'ab', (), fillvalue=0))
show('product', lambda: it.product('xy', [0, 1], repeat=1))
show('product-rep', lambda: it.product([0, 1], repeat=2))
show('product-neg', lambda: it.product([0], repeat=-2))
show('product-empty', lambda: it.product())
show('permutations', lambda: it.permutations([1, 2, 3]))
show('permutations2', lambda: it.permutations('abcd', 2))
show('permutations-neg', lambda: it.permutations('ab', -1))
show('combinations', lambda: it.combinations('abcde', 3))
show('combinations-big', lambda: it.combinations('ab', 5))
show('combinations-neg', lambda: it.combinations('ab', -3))
show('cwr', lambda: it.combinations_with_replacement([1, 2, 3], 3))
print(sum(1 for _ in it.permutations(range(7))), sum(1 for _ in it.product(range(3), repeat=6)))
