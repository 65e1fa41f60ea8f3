# match/case: literal, capture, wildcard, sequence (with star), OR patterns, guards, AS patterns,
# value patterns with dotted names, singletons, match on strings/bytes not as sequences.

def lit(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case b'raw':
            return 'bytes'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2 + 3j:
            return 'complex'
        case True:
            return 'true'
        case None:
            return 'none'
        case _:
            return 'other'

assert lit(0) == 'zero'
assert lit(2) == 'small'
assert lit('hello') == 'greeting'
assert lit(b'raw') == 'bytes'
assert lit(-1) == 'minus one'
assert lit(1.5) == 'one and a half'
assert lit(2 + 3j) == 'complex'
assert lit(None) == 'none'
assert lit(True) == 'small', "True == 1 matches the literal 1 pattern first"
assert lit(0.0) == 'zero', "literal patterns compare with =="
assert lit('x') == 'other'

def singletons(x):
    match x:
        case True:
            return 'T'
        case False:
            return 'F'
        case None:
            return 'N'
    return 'no match'
assert singletons(True) == 'T'
assert singletons(1) == 'no match', "True/False/None use identity"
assert singletons(0) == 'no match'
assert singletons(False) == 'F'

# --- capture and wildcard ---
def cap(x):
    match x:
        case int(n) if n < 0:
            return ('negative', n)
        case other:
            return ('captured', other)
assert cap(-5) == ('negative', -5)
assert cap('s') == ('captured', 's')
assert cap(3) == ('captured', 3)

match 42:
    case _:
        matched_wild = True
assert matched_wild

# capture binds in the enclosing scope, even after the match
match [1, 2]:
    case [first, second]:
        pass
assert (first, second) == (1, 2)

# --- sequence patterns ---
def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return ('one', a)
        case [a, b]:
            return ('two', a, b)
        case [0, *rest]:
            return ('zero-led', rest)
        case [*init, 9]:
            return ('nine-ended', init)
        case [a, *_, z]:
            return ('ends', a, z)
assert seq([]) == 'empty'
assert seq(()) == 'empty', "tuples match sequence patterns"
assert seq([5]) == ('one', 5)
assert seq((1, 2)) == ('two', 1, 2)
assert seq([0, 1, 2]) == ('zero-led', [1, 2])
assert seq([3, 4, 9]) == ('nine-ended', [3, 4])
assert seq([1, 2, 3, 4]) == ('ends', 1, 4)
assert seq(range(1, 4)) == ('ends', 1, 3), "range is a sequence"
assert seq('ab') is None, "str is not matched by sequence patterns"
assert seq(b'ab') is None, "bytes are not matched by sequence patterns"
assert seq(iter([1])) is None, "iterators are not sequences"
assert seq({1: 2}) is None

def nested(x):
    match x:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case (1, (2, x)):
            return 'tuple-syntax', x
assert nested([(1, 2), [3, 4, 5]]) == (1, 2, 3, [4, 5])
assert nested((1, (2, 'y'))) == ('tuple-syntax', 'y')

# star capture is always a list
match (1, 2, 3):
    case (h, *t):
        assert t == [2, 3] and type(t) is list

# --- OR patterns ---
def orp(x):
    match x:
        case [1, y] | [y, 1]:
            return ('has one', y)
        case (0 | 'zero') as z:
            return ('z', z)
        case {'a': v} | {'b': v}:
            return ('ab', v)
    return None
assert orp([1, 7]) == ('has one', 7)
assert orp([7, 1]) == ('has one', 7)
assert orp(0) == ('z', 0) and orp('zero') == ('z', 'zero')
assert orp({'b': 3}) == ('ab', 3)
assert orp([2, 2]) is None

# --- guards ---
def guard(p):
    match p:
        case (x, y) if x == y:
            return 'diag'
        case (x, y) if x > y:
            return 'below'
        case (x, y):
            return 'above'
assert [guard(p) for p in [(1, 1), (2, 1), (1, 2)]] == ['diag', 'below', 'above']

# guard failure still leaves earlier captures bound (implementation detail in CPython: bound)
calls = []
def g(v):
    calls.append(v)
    return False
match 5:
    case n if g(n):
        pass
    case _:
        pass
assert calls == [5]

# --- AS patterns ---
match [1, [2, 3]]:
    case [1, [2, _] as inner] as whole:
        assert inner == [2, 3] and whole == [1, [2, 3]]

# --- value patterns with dotted names ---
class Color:
    RED = 'red'
    GREEN = 'green'
class NS:
    class Inner:
        VALUE = 99
def color(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case NS.Inner.VALUE:
            return 'deep'
    return 'unknown'
assert color('red') == 'stop' and color('green') == 'go'
assert color(99) == 'deep'
assert color('blue') == 'unknown'

# plain names are captures, not values
RED = 'red'
match 'blue':
    case RED:   # noqa: this is a capture pattern that always matches
        pass
assert RED == 'blue', "bare name in a pattern captures"

# --- no case matches: nothing happens ---
result = 'unchanged'
match 3:
    case 1:
        result = 'one'
assert result == 'unchanged'

# subject evaluated once
evals = []
def subject():
    evals.append(1)
    return (1, 2)
match subject():
    case (9, _):
        pass
    case (1, _):
        pass
assert evals == [1]

# match is a soft keyword
match = 'still a name'
case = 'also a name'
assert match == 'still a name' and case == 'also a name'

print("ok")
