# Nested scopes: closures, cells, nonlocal, global, class scopes, comprehensions.
import os as _os, sys
from collections import namedtuple as nt

counter = 0
unused_global = 1


def make_counter(start=counter):
    count = start
    label = "c"

    def incr(step=1):
        nonlocal count
        count += step
        return count, label

    def reset():
        nonlocal count
        count = 0

    def peek():
        return count

    return incr, reset, peek


def uses_global():
    global counter, new_global
    counter += 1
    new_global = counter
    return _os.path.join("a", str(counter))


def shadow(x):
    x = x + 1
    y = [x for x in range(3)]
    z = {k: v for k, v in zip(y, y) if k}
    g = (i * x for i in y)
    s = {x + q for q in y for r in y if r}
    return y, z, g, s


def walrus_scopes(data):
    if any((hit := item) > 10 for item in data):
        return hit
    total = [last := v for v in data]
    return last, total


def deep():
    a = 1

    def mid():
        b = 2

        def inner():
            c = 3

            def innermost():
                return a + b + c

            return innermost

        return inner

    return mid


def passthrough():
    v = "outer"

    def level1():
        def level2():
            return v

        return level2

    return level1


class Base:
    attr = 1

    def method(self):
        return self.attr


class Child(Base):
    __private = 2
    shared = 3

    def __init__(self, value):
        super().__init__()
        self.__value = value
        self.__private_method()

    def __private_method(self):
        return self.__value + Child.__private

    def uses_class(self):
        return __class__

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def build(cls, *args, **kwargs):
        return cls(*args, **kwargs)

    def sees_shared(self):
        return shared

    values = [shared * i for i in range(3)]
    lam = lambda self: self.shared


def class_in_function(param):
    local_value = param * 2

    class Inner:
        x = local_value
        param = 5

        def get(self):
            return param, local_value

        def nested_super(self):
            def helper():
                return super()
            return helper

    return Inner


def free_class_var():
    y = 1

    class C:
        y = 2

        def f(self):
            return y

    return C


def generators():
    yield 1
    x = yield
    yield from range(3)
    return x


async def coroutine(session):
    async with session as s:
        data = await s.get()
    async for item in data:
        yield item
    result = [await v async for v in s]
    gen = (await v for v in s)


def lambdas():
    f = lambda a, b=counter, *c, d, e=unused_global, **g: (a, b, c, d, e, g, counter)
    h = lambda: lambda: f
    return f, h


def defaults_and_annotations(a: int = counter, *args: str, key: "K" = None, **kw: float) -> bool:
    local: int = 5
    other: str
    return a


def exceptions():
    try:
        pass
    except ValueError as err:
        msg = str(err)
    except (TypeError, KeyError):
        pass
    return msg


def with_and_for():
    with open("f") as fh, open("g") as (a, b):
        for line, *rest in fh:
            del line
    for i in range(3):
        pass
    else:
        j = i
    return j


def matcher(cmd):
    match cmd:
        case ["go", direction] | ["move", direction]:
            return direction
        case {"x": x, **others}:
            return x, others
        case Point(x=px, y=py) as pt:
            return px, py, pt
        case [*items, last]:
            return items, last
        case _:
            return None


def imports():
    import json
    import os.path
    import xml.etree.ElementTree as ET
    from typing import List as L, Dict
    return json, os, ET, L, Dict


def comprehension_scopes(matrix):
    flat = [x for row in matrix for x in row]
    nested = [[y * 2 for y in row] for row in matrix]
    outer = 10
    uses_outer = [x + outer for x in flat]
    dict_comp = {i: [j for j in range(i)] for i in range(outer)}
    return flat, nested, uses_outer, dict_comp


x = [i for i in range(3)]
y = {n: (lambda: n) for n in range(3)}
z = (lambda q: [q + r for r in range(q)])(3)
module_walrus = [(w := v) for v in range(3)]
