# Name mangling of __private names, and class/function decorators.

class Account:
    __count = 0               # becomes _Account__count
    def __init__(self, balance):
        self.__balance = balance   # _Account__balance
        Account.__count += 1
    def balance(self):
        return self.__balance
    def __secret(self):
        return 'secret'
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count
    def __dunder__(self):
        return 'not mangled'

a = Account(100)
assert a.balance() == 100
assert a._Account__balance == 100, "mangled instance attribute"
assert not hasattr(a, '__balance')
try:
    a.__balance
    assert False
except AttributeError as e:
    assert str(e) == "'Account' object has no attribute '__balance'", str(e)
assert a.reveal() == 'secret'
assert a._Account__secret() == 'secret'
assert Account.count() == 1
assert '_Account__count' in Account.__dict__
assert '__dunder__' in Account.__dict__, "names ending with __ are not mangled"
assert a.__dunder__() == 'not mangled'

# subclasses get their own mangled namespace
class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = 'sub'
    def sub_balance(self):
        return self.__balance
s = Savings(50)
assert s.balance() == 50 and s.sub_balance() == 'sub'
assert s._Savings__balance == 'sub' and s._Account__balance == 50

# mangling applies to any identifier in the class body, including getattr-free references
class Mangler:
    def get(self):
        __local = 'local var mangled too'
        return __local
    def via_getattr(self):
        return getattr(self, '__x', 'strings are not mangled')
assert Mangler().get() == 'local var mangled too'
assert Mangler().via_getattr() == 'strings are not mangled'

# leading underscores in class name are stripped for mangling
class _Under:
    def __init__(self):
        self.__v = 1
assert _Under()._Under__v == 1
class __Dbl:
    def __init__(self):
        self.__v = 2
assert __Dbl()._Dbl__v == 2, "class name underscores stripped"

# mangling in nested functions inside a class
class Nest:
    def outer(self):
        def inner():
            return self.__hidden
        return inner()
    def __init__(self):
        self.__hidden = 'h'
assert Nest().outer() == 'h'

# ---------------- decorators ----------------
def trace(fn):
    def wrapper(*args, **kw):
        wrapper.calls += 1
        return fn(*args, **kw)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b
assert add(1, 2) == 3 and add(3, 4) == 7 and add.calls == 2
assert add.__name__ == 'add'

# decorator with arguments
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
assert hi('bob') == ['hi bob'] * 3

# stacked decorators apply bottom-up
order = []
def d1(f):
    order.append('d1')
    return lambda: 'd1(' + f() + ')'
def d2(f):
    order.append('d2')
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
assert base() == 'd1(d2(base))' and order == ['d2', 'd1']

# decorator expressions are evaluated top-down before the function is defined
evals = []
def mk(name):
    evals.append('eval ' + name)
    def deco(f):
        evals.append('apply ' + name)
        return f
    return deco
@mk('a')
@mk('b')
def target():
    pass
assert evals == ['eval a', 'eval b', 'apply b', 'apply a'], evals

# arbitrary expressions as decorators (PEP 614)
decos = {'x': lambda f: 'replaced'}
@decos['x']
def gone():
    pass
assert gone == 'replaced'
@(lambda f: f)
def ident():
    return 1
assert ident() == 1

# class decorators
def add_method(cls):
    cls.extra = lambda self: 'extra'
    return cls
def register(cls):
    register.seen.append(cls.__name__)
    return cls
register.seen = []
@register
@add_method
class Decorated:
    pass
assert Decorated().extra() == 'extra' and register.seen == ['Decorated']

def to_instance(cls):
    return cls()
@to_instance
class single:
    value = 5
assert single.value == 5 and not isinstance(single, type)

# method decorators
def upper_result(fn):
    def w(self, *a):
        return fn(self, *a).upper()
    return w
class Greeter:
    @upper_result
    def greet(self, n):
        return 'hi ' + n
assert Greeter().greet('x') == 'HI X'

# decorator returning a class-level descriptor
def cached(fn):
    name = fn.__name__
    def getter(self):
        if name not in self.__dict__:
            self.__dict__[name] = fn(self)
        return self.__dict__[name]
    return property(getter)
class Heavy:
    computed = 0
    @cached
    def value(self):
        Heavy.computed += 1
        return 42
hv = Heavy()
assert hv.value == 42 and hv.value == 42 and Heavy.computed == 1

print("ok")
