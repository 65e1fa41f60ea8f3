# operator: results, reprs and errors compared with CPython
import operator as op

for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
             'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is_', 'is_not']:
    f = getattr(op, name)
    print(name, f(7, 3), f(-7, 2))
for name in ['neg', 'pos', 'abs', 'invert', 'not_', 'truth', 'index']:
    print(name, getattr(op, name)(-5), getattr(op, name)(0))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf('banana', 'a'), op.indexOf([5, 6], 6))
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 3))
for f, a in [(op.concat, (1, 2)), (op.indexOf, ([1], 2)), (op.index, (1.5,)), (op.truediv, (1, 0)),
             (op.itemgetter, ()), (op.attrgetter, (1,)), (op.methodcaller, (1,)), (op.getitem, ([1], 5)),
             (op.length_hint, ([], 'x'))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(op.itemgetter(1)), repr(op.itemgetter('a', 'b')), repr(op.attrgetter('x.y', 'z')))
print(repr(op.methodcaller('split', ',', maxsplit=1)), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.itemgetter(1, 0)('ab'), op.itemgetter(-1)([1, 2, 3]), op.attrgetter('real', 'imag')(3 + 4j))
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print(sorted(rows, key=op.itemgetter('v', 'n')))
x = [1, 2]
print(op.iadd(x, [3]), x, op.imul('ab', 2), op.ior({1}, {2}))
print(op.call(sorted, [3, 1, 2], reverse=True))
