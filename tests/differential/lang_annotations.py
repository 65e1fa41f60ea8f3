# Evaluated annotations (no PEP 563): what __annotations__ holds, in which order, what an annotated
# assignment evaluates, and PEP 646's `*args: *Ts`.
from typing import TypeVarTuple, Unpack, Tuple

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# ---- the module's __annotations__ exists before the first annotated statement runs
print(__annotations__)
count: int = 0
print(__annotations__)

def trace(x):
    print("evaluated", x)
    return x

# ---- complex targets: module and class bodies evaluate target parts, then the annotation (not stored)
class Obj:
    pass
o = Obj()
o.a: trace("annotation 1")
o.b: trace("annotation 2") = trace("value 2")
(v): trace("annotation 3") = 6
d = {}
d[trace("key")]: trace("annotation 4")
d[1:trace("upper")]: trace("annotation 5")
print(__annotations__, v, o.b)
show(lambda: exec("undefined_thing.attr: int"))
show(lambda: exec("x: undefined_annotation"))

class Body:
    plain: trace("class annotation") = 1
    o.c: trace("class complex annotation")
    if True:
        nested: int
print(Body.__annotations__)

class Empty:
    pass
print('__annotations__' in Empty.__dict__)

class OnlyInBranch:
    if False:
        never: int
print(OnlyInBranch.__annotations__)

class InMatch:
    match 1:
        case 1:
            matched: int
print(InMatch.__annotations__)

# ---- function bodies evaluate no annotations at all
def local_annotations():
    y: trace("never 1") = 1
    z: trace("never 2")
    o.q: trace("never 3")
    return locals()
print(local_annotations())

# ---- a metaclass namespace that is not a dict
class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()

class WithMeta(metaclass=Meta):
    a: int
    b: str = "s"
print(WithMeta.__annotations__)

# ---- function annotations: args come before posonlyargs, names are private-mangled
def order(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(order.__annotations__)

class Private:
    def m(self, __x: int, *, __y: str) -> None: pass
print(Private.m.__annotations__)

# annotations are evaluated after the defaults, in parameter order
def evaluated(a: trace("ann a") = trace("default a"), *, b: trace("ann b") = trace("default b")) -> trace("ret"): pass

# ---- PEP 646: `*args: *Ts` stores the single item that unpacking Ts yields
Ts = TypeVarTuple("Ts")
def variadic(*args: *Ts): pass
print(variadic.__annotations__)

class Array:
    def shape(self, *dims: *Ts) -> tuple[*Ts]: pass
print(Array.shape.__annotations__)
print(Unpack[Ts], Unpack[Tuple[int, str]], [*Ts] == [Unpack[Ts]])

class OneItem:
    def __iter__(self):
        yield "unpacked item"
def custom(*args: *OneItem()): pass
print(custom.__annotations__)

def from_tuple(*args: *(int,)): pass
print(from_tuple.__annotations__)

def define(code):
    def run():
        exec(code, {})
        return "defined"
    return run
show(define("def f(*args: *(int, str)): pass"))
show(define("def f(*args: *[]): pass"))
show(define("def f(*args: *5): pass"))
