# global/nonlocal edge cases: global in nested functions, global declared in one function only,
# nonlocal chains, global shadowing a local of an enclosing function, class bodies with global/nonlocal,
# names assigned in conditional branches, augmented assignment of globals, comprehensions.

counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
assert counter == 2

# a global declaration applies to the whole function body
def assign_later():
    global late_global
    if False:
        pass
    late_global = 'assigned'
assign_later()
assert late_global == 'assigned'

# global inside a nested function refers to module scope, not the enclosing function
x = 'module x'
def outer():
    x = 'outer x'
    def inner():
        global x
        return x
    return inner()
assert outer() == 'module x'

def outer_set():
    x = 'outer x'
    def inner():
        global x
        x = 'set by inner'
    inner()
    return x
assert outer_set() == 'outer x' and x == 'set by inner'

# nonlocal through an intermediate function that does not use the name
def level1():
    v = 'l1'
    def level2():
        def level3():
            nonlocal v
            v = 'changed by l3'
        level3()
    level2()
    return v
assert level1() == 'changed by l3'

# nonlocal variable shared by sibling closures
def make_pair():
    shared = []
    def push(item):
        nonlocal shared
        shared = shared + [item]
    def get():
        return shared
    return push, get
push, get = make_pair()
push(1); push(2)
assert get() == [1, 2]

# name assigned only in a branch is still local everywhere in the function
y = 'global y'
def conditional(flag):
    if flag:
        y = 'local y'
    return y
assert conditional(True) == 'local y'
try:
    conditional(False)
    assert False
except UnboundLocalError:
    pass

# name bound by for/with/except/import/def/class is local
def binders():
    for a in [1]:
        pass
    import sys as b
    def c(): pass
    class d: pass
    try:
        raise ValueError
    except ValueError as e:
        pass
    return sorted(locals())
assert binders() == ['a', 'b', 'c', 'd'], binders()

# class body: global and nonlocal
cls_target = 'before'
class WithGlobal:
    global cls_target
    cls_target = 'from class body'
assert cls_target == 'from class body'
assert not hasattr(WithGlobal, 'cls_target')

def class_in_func():
    value = 1
    class K:
        nonlocal value
        value = 2
    return value
assert class_in_func() == 2

# globals() modification visible as a global name
globals()['dyn_name'] = 5
assert dyn_name == 5
def read_dyn():
    return dyn_name
assert read_dyn() == 5

# global statement in a function that only reads
def only_read():
    global counter
    return counter
assert only_read() == 2

# augmented assignment to a global without declaration fails
def bad_aug():
    counter += 1
try:
    bad_aug()
    assert False
except UnboundLocalError as e:
    assert str(e) == "cannot access local variable 'counter' where it is not associated with a value", str(e)

# nonlocal in a comprehension-containing function
def comp_nonlocal():
    total = 0
    def add_all(items):
        nonlocal total
        total += sum([i for i in items])
    add_all([1, 2]); add_all([3])
    return total
assert comp_nonlocal() == 6

# a loop variable of a comprehension can't be rebound via global inside it; but the
# enclosing function's global declaration does not leak into comprehensions' own variables
gv = 'untouched'
def comp_with_global():
    global gv
    return [gv for gv in range(2)]
assert comp_with_global() == [0, 1] and gv == 'untouched'

# lambda default referencing global at def time vs body at call time
k = 1
lam = lambda a=k: (a, k)
k = 2
assert lam() == (1, 2)

# exec with global/nonlocal-free code respects given globals
ns = {'z': 1}
exec('def f():\n    global z\n    z += 1\nf()', ns)
assert ns['z'] == 2

# del of a global from a function
to_delete = 1
def deleter():
    global to_delete
    del to_delete
deleter()
assert 'to_delete' not in globals()

# nonlocal after nested function definitions referencing the same name
def counter_factory():
    count = 0
    def read():
        return count
    def write(v):
        nonlocal count
        count = v
    write(10)
    return read()
assert counter_factory() == 10

print("ok")
