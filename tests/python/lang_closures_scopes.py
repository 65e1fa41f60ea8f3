# Closures, nonlocal, global, late binding, LEGB resolution, UnboundLocalError, class scopes.

# --- basic closure ---
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
assert add5(1) == 6
assert add5.__closure__ is not None and add5.__closure__[0].cell_contents == 5
assert make_adder(1) is not make_adder(1)

# --- counter with nonlocal ---
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
assert inc() == 3 and get() == 3, "cells shared between closures"
inc2, get2 = counter()
assert inc2() == 1 and get() == 3, "each call has its own cell"

# --- nonlocal skips intermediate levels properly ---
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
assert outer() == ('changed by inner', 'changed by inner')

def shadow():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        return x
    return mid(), x
assert shadow() == (3, 1), "nonlocal binds nearest enclosing function"

# --- global ---
G = 0
def bump():
    global G
    G += 1
bump(); bump()
assert G == 2
def make_global():
    global NEW_GLOBAL
    NEW_GLOBAL = 'created'
make_global()
assert NEW_GLOBAL == 'created', "global statement can create a module variable"

def read_global():
    return G
G = 50
assert read_global() == 50

# --- late binding ---
def make_funcs():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return funcs
assert [f() for f in make_funcs()] == [2, 2, 2]

def closure_sees_later_assignment():
    def f():
        return value
    value = 'assigned after def'
    return f()
assert closure_sees_later_assignment() == 'assigned after def'

# --- UnboundLocalError ---
y = 'global y'
def uses_before_assign():
    r = y
    y = 'local'
    return r
try:
    uses_before_assign()
    assert False
except UnboundLocalError as e:
    assert str(e) == "cannot access local variable 'y' where it is not associated with a value", str(e)
assert issubclass(UnboundLocalError, NameError)

def free_unbound():
    def inner():
        return z
    r = inner()
    z = 1
    return r
try:
    free_unbound()
    assert False
except NameError as e:
    assert str(e) == "cannot access free variable 'z' where it is not associated with a value in enclosing scope", str(e)

def del_then_use():
    v = 1
    del v
    return v
try:
    del_then_use()
    assert False
except UnboundLocalError:
    pass

try:
    undefined_name_xyz
    assert False
except NameError as e:
    assert str(e) == "name 'undefined_name_xyz' is not defined", str(e)
    assert e.name == 'undefined_name_xyz'

# --- builtins can be shadowed ---
def shadow_len():
    len = lambda x: 'mine'
    return len([1, 2])
assert shadow_len() == 'mine'
assert len([1, 2]) == 2

# --- class scope is not enclosing for methods ---
class Scope:
    attr = 'class attr'
    def method(self):
        try:
            return attr
        except NameError:
            return 'not visible'
assert Scope().method() == 'not visible', "class body names are not visible in methods"

x = 'global x'
class Scope2:
    x = 'class x'
    y = x
    lst = [x for _ in range(1)]
assert Scope2.y == 'class x'
assert Scope2.lst == ['global x'], "comprehensions in class body skip class scope"

def func_with_class():
    v = 'func v'
    class Inner:
        w = v
        def m(self):
            return v
    return Inner.w, Inner().m()
assert func_with_class() == ('func v', 'func v'), "class body sees enclosing function scope"

def class_nonlocal_interplay():
    v = 1
    class Inner:
        v = 2
        def m(self):
            return v
    return Inner().m()
assert class_nonlocal_interplay() == 1

# --- closures over loop variable in comprehension ---
fs = [(lambda: k) for k in range(3)]
assert [f() for f in fs] == [2, 2, 2]

# --- nested function modifying mutable enclosing object without nonlocal ---
def acc():
    items = []
    def add(v):
        items.append(v)
        return items
    return add
a = acc()
a(1)
assert a(2) == [1, 2]

# --- locals() and globals() ---
def show_locals(p):
    q = 2
    return sorted(locals().items())
assert show_locals(1) == [('p', 1), ('q', 2)]
assert globals()['G'] == 50
assert 'show_locals' in globals()

# --- nonlocal on a parameter ---
def param_cell(n):
    def inc():
        nonlocal n
        n += 1
    inc(); inc()
    return n
assert param_cell(5) == 7

# --- deeply nested closure ---
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4
        return l3
    return l2
assert l1()()()() == 6

print("ok")
