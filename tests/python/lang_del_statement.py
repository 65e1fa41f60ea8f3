# del statement: names (global/local), attributes, items, slices, multiple targets, tuples of
# targets, errors, del in loops, del and closures.

x = 1
del x
try:
    x
    assert False
except NameError as e:
    assert str(e) == "name 'x' is not defined"

try:
    del never_defined
    assert False
except NameError as e:
    assert str(e) == "name 'never_defined' is not defined", str(e)

# multiple targets and tuple targets
a, b, c = 1, 2, 3
del a, b
assert 'a' not in dir() and 'b' not in dir() and c == 3
p, q = 1, 2
del (p, q)
assert 'p' not in dir()
r, s = 1, 2
del [r, s]
assert 'r' not in dir()

# local del
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
assert local_del() == "cannot access local variable 'v' where it is not associated with a value"

def del_unbound_local():
    del w
    w = 1
try:
    del_unbound_local()
    assert False
except UnboundLocalError as e:
    assert str(e) == "cannot access local variable 'w' where it is not associated with a value", str(e)

# global del from function
G = 'g'
def del_global():
    global G
    del G
del_global()
assert 'G' not in globals()

# attributes
class O: pass
o = O()
o.attr = 1
del o.attr
assert not hasattr(o, 'attr')
try:
    del o.attr
    assert False
except AttributeError as e:
    assert str(e) == "'O' object has no attribute 'attr'", str(e)
O.cls_attr = 1
del O.cls_attr
assert not hasattr(O, 'cls_attr')
try:
    del O().__class__
    assert False
except TypeError as e:
    assert str(e) == "can't delete __class__ attribute", str(e)

# items and slices
l = [0, 1, 2, 3, 4, 5]
del l[0], l[0]
assert l == [2, 3, 4, 5], "targets deleted left to right"
del l[-1]
assert l == [2, 3, 4]
del l[::2]
assert l == [3]
d = {'a': 1, 'b': 2, 'c': 3}
del d['a']
assert d == {'b': 2, 'c': 3}
try:
    del d['zz']
    assert False
except KeyError as e:
    assert str(e) == "'zz'"
try:
    del l[10]
    assert False
except IndexError as e:
    assert str(e) == 'list assignment index out of range', str(e)
nested = {'k': [1, 2, {'x': 1}]}
del nested['k'][2]['x']
del nested['k'][0]
assert nested == {'k': [2, {}]}

# del does not call __del__ synchronously only; it removes the reference
class Tracker:
    def __delitem__(self, k):
        self.deleted = k
    def __delattr__(self, name):
        object.__setattr__(self, 'deleted_attr', name)
t = Tracker()
del t[1, 2]
assert t.deleted == (1, 2)
del t.anything
assert t.deleted_attr == 'anything'

# del in a loop over keys snapshot
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
assert d == {0: 0, 2: 2, 4: 4}

# del of loop variable after loop
for i in range(3):
    pass
del i
assert 'i' not in dir()

# del of a name captured by a closure
def closure_del():
    v = 1
    def get():
        return v
    del v
    try:
        return get()
    except NameError as e:
        return str(e)
assert closure_del() == "cannot access free variable 'v' where it is not associated with a value in enclosing scope"

# del then rebind
z = 1
del z
z = 2
assert z == 2

# del of a list element shifts the rest
l = ['a', 'b', 'c']
del l[1]
assert l == ['a', 'c'] and l[1] == 'c'

# del with an expression index
l = [10, 20, 30]
idx = 1
del l[idx + 1]
assert l == [10, 20]

print("ok")
