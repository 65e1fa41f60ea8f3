# Operator precedence and associativity across the whole expression grammar.

assert 2 + 3 * 4 == 14
assert (2 + 3) * 4 == 20
assert 2 * 3 ** 2 == 18, "** before *"
assert -3 ** 2 == -9, "** before unary minus"
assert 2 ** -1 == 0.5, "unary minus in exponent"
assert 2 ** 3 ** 2 == 512, "** right-assoc"
assert (2 ** 3) ** 2 == 64
assert 10 - 4 - 3 == 3, "- left-assoc"
assert 100 / 10 / 5 == 2.0
assert 17 // 5 * 5 + 17 % 5 == 17
assert 7 % 3 * 2 == 2, "% and * same level, left to right"
assert 1 + 2 << 3 == 24, "+ before <<"
assert 1 << 2 + 1 == 8
assert 6 & 3 + 1 == 4, "+ before &"
assert 1 | 2 ^ 3 & 4 == 1 | (2 ^ (3 & 4)), "& before ^ before |"
assert (1 | 2 ^ 3) == 1
assert 5 & 3 == 1 and 5 | 3 == 7 and 5 ^ 3 == 6
assert ~0 + 1 == 0, "~ binds tighter than +"
assert -~5 == 6 and ~-5 == 4
assert not 1 + 1 == 3, "not below comparisons"
assert (not 0) + 1 == 2
assert 1 < 2 == 2 > 1, "chained: (1<2) and (2==2) and (2>1)"
assert (1 < 2) == True
assert 3 > 2 > 1
assert not (3 > 2 > 2)
assert 1 if True else 2 + 10 == 1
assert (1 if False else 2) + 10 == 12
x = 5
assert (x > 3 and x < 10 or x == 0) is True
assert (False and True or True) is True
assert (True or True and False) is True
assert (not True or True) is True
assert (lambda: 1 + 2)() == 3
f = lambda a: a if a else 'empty'
assert f(0) == 'empty'
assert [1, 2] + [3] * 2 == [1, 2, 3, 3]
assert 'ab' + 'c' * 2 == 'abcc'
assert 2 * 3 % 4 == 2 and 2 * (3 % 4) == 6
assert -2 ** 0.5 == -(2 ** 0.5)
assert 1 + -1 == 0 and 1 - -1 == 2 and 1 - - - 1 == 0
assert 2 ** -2 ** 2 == 2 ** (-(2 ** 2))
assert [1, 2][0] ** 2 == 1, "subscription binds tightest"
assert 'abc'.upper()[1] == 'B'
assert -'abc'.count('a') == -1, "attribute access and call before unary minus"
d = {'k': [1, 2]}
assert d['k'][-1] * 3 == 6
assert (3 in [1, 2, 3] == True) is False, "chained: (3 in [..]) and ([..] == True)"
assert (3 in [1, 2, 3]) == True
assert not 3 in [4] and 3 not in [4]
t = 1, 2 + 3
assert t == (1, 5), "comma has the lowest precedence"
assert (yield_free := 3) + 1 == 4
a = b = 1 + 1
assert a == b == 2
s = 'x' 'y' * 2
assert s == 'xyxy', "implicit concatenation happens before *"
assert 10 - 2 ** 3 // 2 == 6
assert (5).__add__(3) * 2 == 16
assert 2 * -3 == -6 and 2 ** -1 * 4 == 2.0
one = 1.0
assert 1 == one is not None, "chained: (1 == one) and (one is not None)"
assert (0 or 5) * 2 == 10 and 0 or 5 * 2 == 10
m = [[1, 2], [3, 4]]
assert m[1][0] + m[0][1] * 2 == 7
assert -m[0][0] == -1
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return self.v * o.v
    def __mul__(self, o): return V(self.v * o)
assert V(2) * 3 @ V(4) == 24, "@ and * same precedence, left to right"

print("ok")
