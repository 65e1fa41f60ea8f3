"""Module docstring."""
import os
import os.path
import a.b.c as d, e as f
from x import y
from x import y as z, w
from x.y import (a, b as c,)
from . import m
from .. import n
from ... import o
from .... import p
from .mod import q
from ..pkg.mod import r as s
from x import *

x = 1
x = y = z = 2
x, y = 1, 2
(x, y) = [1, 2]
[x, y] = 1, 2
x, *y = 1, 2, 3
*x, y = 1, 2, 3
[a, *b, c] = d
a.b = 1
a[0] = 1
a[1:2] = 3
a.b.c[d].e = f
x = yield_ = 3
x: int
x: int = 1
(x): int = 1
a.b: str
a[0]: float = 1.0
x: list[int] = []
x += 1
x -= 1
x *= 1
x /= 1
x //= 1
x %= 1
x **= 1
x >>= 1
x <<= 1
x &= 1
x ^= 1
x |= 1
x @= 1
a.b += 1
a[0] += 1
(x) += 1
del x
del x, y
del x.y, x[0], (a, b), [c, d]
del (x)
pass
assert x
assert x, "message"
x; y; z
x = 1;
if x:
    pass
if x:
    pass
else:
    pass
if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass
if x: pass
while x:
    break
while x:
    continue
else:
    pass
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z:
    pass
for [x, y] in z:
    pass
for x, in y:
    pass
for x.a in y: pass
for x[0] in y: pass
for *a, b in c: pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for x in y:
    pass
else:
    pass
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except E3 as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a as b, c as d,):
    pass
with (a):
    pass
with (a) as b:
    pass
with (a, b) as c:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
raise
raise E
raise E("x")
raise E from e
raise E from None
global x
global x, y, z


def f():
    pass


def f(a, b=1, *args, c, d=2, **kwargs) -> int:
    "docstring"
    return a


def f(a, /):
    return


def f(a, b, /, c, *, d):
    return a, b


def f(*, a, b=1):
    return (yield)


def f(a: int, b: str = "x", *args: int, c: float, **kw: dict) -> None:
    nonlocal_ = 1


def f(*args: *Ts):
    pass


def f(a=1, /, b=2, *c, d, e=3, **f):
    pass


def f(a,):
    pass


def f(*a,):
    pass


def f(**k,):
    pass


@dec
def f():
    pass


@dec1
@dec2(arg)
@dec3.attr[0](x)
@(lambda f: f)
@x if y else z
def f():
    pass


class A:
    pass


class A():
    pass


class A(B):
    x = 1

    def f(self):
        return self.x


class A(B, C, metaclass=M, **kw):
    pass


class A(*bases):
    pass


@dec
class A:
    pass


async def f():
    await x
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b:
        pass
    return [x async for x in y]


@dec
async def g(a, *, b):
    await (await x)
    return await f()


def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    y = yield from z
    await_ = (yield)


def outer():
    x = 1

    def inner():
        nonlocal x
        global y
        x = 2
    return inner


if __name__ == "__main__":
    main()
