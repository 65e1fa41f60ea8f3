# operator: the function forms of the operators, itemgetter/attrgetter/methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


assert operator.add(1, 2) == 3 and operator.sub(5, 3) == 2 and operator.mul(3, 4) == 12
assert operator.truediv(7, 2) == 3.5 and operator.floordiv(7, 2) == 3 and operator.mod(7, 3) == 1
assert operator.pow(2, 10) == 1024 and operator.neg(3) == -3 and operator.pos(-3) == -3 and operator.abs(-4) == 4
assert operator.invert(5) == -6 and operator.inv(0) == -1
assert operator.lshift(1, 4) == 16 and operator.rshift(16, 2) == 4
assert operator.and_(12, 10) == 8 and operator.or_(12, 10) == 14 and operator.xor(12, 10) == 6
assert operator.not_(0) is True and operator.truth([1]) is True and operator.truth([]) is False
a = [1]
assert operator.is_(a, a) and operator.is_not(a, [1])
assert operator.eq(1, 1) and operator.ne(1, 2) and operator.lt(1, 2) and operator.le(2, 2) and operator.gt(3, 2) and operator.ge(3, 3)
assert operator.contains([1, 2], 2) and not operator.contains('abc', 'z')
assert operator.countOf([1, 2, 1, 1], 1) == 3 and operator.indexOf('abc', 'c') == 2
assert raises(ValueError, operator.indexOf, [1], 5) == 'sequence.index(x): x not in sequence'
d = {'a': 1}
assert operator.getitem(d, 'a') == 1
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
assert d == {'b': 2}
assert operator.concat([1], [2]) == [1, 2] and operator.concat('a', 'b') == 'ab'
assert raises(TypeError, operator.concat, 1, 2) == "'int' object can't be concatenated"
assert operator.length_hint([1, 2, 3]) == 3 and operator.length_hint(iter([1, 2]), 7) >= 0
assert operator.length_hint(object(), 7) == 7
assert operator.index(5) == 5 and operator.index(True) == 1
assert raises(TypeError, operator.index, 1.5) == "'float' object cannot be interpreted as an integer"
assert operator.call(max, 1, 3, key=lambda x: -x) == 1
l = [1]
assert operator.iadd(l, [2]) is l and l == [1, 2]
assert operator.iadd(1, 2) == 3 and operator.isub(5, 2) == 3 and operator.imul(2, 3) == 6
assert operator.itruediv(1, 2) == 0.5 and operator.ifloordiv(7, 2) == 3 and operator.imod(7, 2) == 1
assert operator.ipow(2, 3) == 8 and operator.ilshift(1, 2) == 4 and operator.irshift(8, 1) == 4
assert operator.iand(3, 1) == 1 and operator.ior(2, 1) == 3 and operator.ixor(3, 1) == 2
assert operator.iconcat([1], [2]) == [1, 2]
assert operator.__add__ is operator.add and operator.__getitem__ is operator.getitem

g = itemgetter(1)
assert g('abc') == 'b' and g([1, 2]) == 2
g2 = itemgetter(0, 2)
assert g2('abc') == ('a', 'c')
assert itemgetter('k')({'k': 5}) == 5
assert itemgetter(slice(1, 3))('abcd') == 'bc'
assert repr(g) == 'operator.itemgetter(1)' and repr(g2) == 'operator.itemgetter(0, 2)'
assert raises(TypeError, itemgetter) == 'itemgetter expected 1 argument, got 0'
assert sorted([(1, 'b'), (2, 'a')], key=itemgetter(1)) == [(2, 'a'), (1, 'b')]


class P:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def greet(self, name, punct='!'):
        return f'hi {name}{punct}'


obj = P(x=1, y=P(z=3))
assert attrgetter('x')(obj) == 1 and attrgetter('y.z')(obj) == 3
assert attrgetter('x', 'y.z')(obj) == (1, 3)
assert repr(attrgetter('x')) == "operator.attrgetter('x')" and repr(attrgetter('x', 'y.z')) == "operator.attrgetter('x', 'y.z')"
assert raises(TypeError, attrgetter, 1) == 'attribute name must be a string'
assert raises(AttributeError, attrgetter('nope'), obj)
m = methodcaller('greet', 'bob')
assert m(obj) == 'hi bob!'
assert methodcaller('greet', 'al', punct='?')(obj) == 'hi al?'
assert repr(m) == "operator.methodcaller('greet', 'bob')"
assert repr(methodcaller('f', 1, k=2)) == "operator.methodcaller('f', 1, k=2)"
assert methodcaller('upper')('abc') == 'ABC'
assert raises(TypeError, methodcaller, 5) == 'method name must be a string'
assert list(map(operator.mul, [1, 2], [3, 4])) == [3, 8]
