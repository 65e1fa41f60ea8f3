# if/elif/else, while/for with else, break/continue, nested loops, loop variable leakage, pass.

# --- if / elif / else ---
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
assert [classify(v) for v in (-5, 0, 5, 50)] == ['neg', 'zero', 'small', 'big']

# --- for/else: else runs when the loop is not broken ---
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return i
assert find([5, 6, 7], 6) == 1
assert find([5, 6, 7], 9) == -1
assert find([], 1) == -1, "else runs for empty loop"

out = []
for i in range(3):
    if i == 1:
        continue
    out.append(i)
else:
    out.append('else')
assert out == [0, 2, 'else'], "continue does not prevent else"

# --- while/else ---
n = 0
while n < 3:
    n += 1
else:
    n += 100
assert n == 103
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    assert False, "else must not run after break"
assert n == 5
n = 10
while n < 3:
    assert False
else:
    n = 'else-ran'
assert n == 'else-ran', "while else runs when condition initially false"

# --- break/continue in nested loops affect only the innermost ---
pairs = []
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        pairs.append((i, j))
assert pairs == [(0, 1), (1, 0), (2, 0), (2, 1)], pairs

# --- loop variable survives the loop ---
for k in range(5):
    pass
assert k == 4
for k2 in []:
    pass
assert 'k2' not in dir(), "empty loop does not bind"

# --- for over various iterables ---
assert [c for c in 'abc'] == ['a', 'b', 'c']
total = 0
for key in {'x': 1, 'y': 2}:
    total += len(key)
assert total == 2
res = []
for a, b in zip('ab', [1, 2]):
    res.append(a * b)
assert res == ['a', 'bb']

# modifying the loop variable doesn't affect iteration
res = []
for i in range(3):
    res.append(i)
    i = 100
assert res == [0, 1, 2]

# appending to a list while iterating over it visits new items
lst = [1, 2]
for v in lst:
    if v < 4:
        lst.append(v + 2)
assert lst == [1, 2, 3, 4, 5], lst

# mutating a dict during iteration raises
d = {1: 1}
try:
    for kk in d:
        d[kk + 1] = 1
    assert False
except RuntimeError as e:
    assert str(e) == 'dictionary changed size during iteration', str(e)
s = {1}
try:
    for kk in s:
        s.add(kk + 1)
    assert False
except RuntimeError as e:
    assert str(e) == 'Set changed size during iteration', str(e)

# --- range loops with negative steps ---
assert [i for i in range(10, 0, -3)] == [10, 7, 4, 1]
assert [i for i in range(0, 10, -1)] == []
assert list(range(-3)) == []

# --- while with complex conditions ---
i, j = 0, 10
while i < j and j > 5:
    i += 1
    j -= 1
assert (i, j) == (5, 5)

# --- pass and empty bodies ---
if True:
    pass
class Empty:
    pass
def nothing():
    pass
assert nothing() is None
def only_doc():
    "docstring only"
assert only_doc() is None and only_doc.__doc__ == 'docstring only'

# --- one-line compound statements ---
if 1: v1 = 'one'
assert v1 == 'one'
for q in range(2): v2 = q
assert v2 == 1
while False: pass
x = 0; x += 1; x += 1
assert x == 2

# --- return inside loops ---
def first_even(seq):
    for v in seq:
        while True:
            if v % 2 == 0:
                return v
            break
    return None
assert first_even([1, 3, 4, 6]) == 4
assert first_even([1]) is None

# --- else after nested break only applies to its own loop ---
found = []
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        found.append('inner-else')
else:
    found.append('outer-else')
assert found == ['outer-else']

print("ok")
