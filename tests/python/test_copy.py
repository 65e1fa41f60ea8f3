# copy: shallow and deep copies, memo, __copy__/__deepcopy__, the reduce protocol, __getstate__/__setstate__
import copy


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


for atom in [None, 1, 2.5, True, 1j, 'str', b'bytes', int, len, range(3), Ellipsis, NotImplemented]:
    assert copy.copy(atom) is atom and copy.deepcopy(atom) is atom
t = (1, 2, 'a')
assert copy.copy(t) is t and copy.deepcopy(t) is t
fs = frozenset({1, 2})
assert copy.copy(fs) is fs and copy.deepcopy(fs) == fs

l = [1, [2, 3], {'k': [4]}]
s = copy.copy(l)
assert s == l and s is not l and s[1] is l[1]
d = copy.deepcopy(l)
assert d == l and d[1] is not l[1] and d[2]['k'] is not l[2]['k']
dd = {'a': [1], 'b': {2, 3}}
assert copy.copy(dd)['a'] is dd['a'] and copy.deepcopy(dd)['a'] is not dd['a']
st = {1, 2}
assert copy.copy(st) == st and copy.copy(st) is not st and copy.deepcopy(st) == st
ba = bytearray(b'xy')
assert copy.copy(ba) == ba and copy.copy(ba) is not ba
nested_t = ([1], 2)
ct = copy.deepcopy(nested_t)
assert ct == nested_t and ct is not nested_t and ct[0] is not nested_t[0]

# shared references and cycles
shared = [1]
pair = [shared, shared]
cp = copy.deepcopy(pair)
assert cp[0] is cp[1] and cp[0] is not shared
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
assert cc[1] is cc and cc is not cyc
dcyc = {}
dcyc['self'] = dcyc
dc = copy.deepcopy(dcyc)
assert dc['self'] is dc
memo = {}
a1 = copy.deepcopy(shared, memo)
a2 = copy.deepcopy(shared, memo)
assert a1 is a2 and id(shared) in memo


class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]


p = Plain(5)
pc = copy.copy(p)
assert type(pc) is Plain and pc.x == 5 and pc.items is p.items and pc is not p
pd = copy.deepcopy(p)
assert pd.items == [5] and pd.items is not p.items


class WithCopy:
    def __init__(self):
        self.log = []

    def __copy__(self):
        n = WithCopy()
        n.log = ['copied']
        return n

    def __deepcopy__(self, memo):
        n = WithCopy()
        n.log = ['deep', type(memo).__name__]
        return n


assert copy.copy(WithCopy()).log == ['copied'] and copy.deepcopy(WithCopy()).log == ['deep', 'dict']


class State:
    def __init__(self):
        self.a = 1
        self.cache = 'big'

    def __getstate__(self):
        s = self.__dict__.copy()
        del s['cache']
        return s

    def __setstate__(self, s):
        self.__dict__.update(s)
        self.cache = 'rebuilt'


sc = copy.copy(State())
assert sc.a == 1 and sc.cache == 'rebuilt'
assert copy.deepcopy(State()).cache == 'rebuilt'


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


so = copy.deepcopy(Slotted())
assert so.a == [1] and so.b == 2


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 10,))


assert copy.copy(Reduced(1)).v == 10 and copy.deepcopy(Reduced(2)).v == 20


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
mc = copy.copy(ml)
assert type(mc) is MyList and mc == [1, [2]] and mc.tag == 'x' and mc[1] is ml[1]
md = copy.deepcopy(ml)
assert md == [1, [2]] and md[1] is not ml[1] and md.tag == 'x'


class MyDict(dict):
    pass


mdc = copy.deepcopy(MyDict(a=[1]))
assert type(mdc) is MyDict and mdc == {'a': [1]}


class Meth:
    def f(self):
        return self


m = Meth()
bm = copy.deepcopy(m.f)
assert bm() is not m and type(bm()) is Meth
assert copy.copy(Plain) is Plain and copy.deepcopy(Plain) is Plain
assert issubclass(copy.Error, Exception) and copy.error is copy.Error


def gen():
    yield 1


assert raises(TypeError, copy.copy, gen()) == "cannot pickle 'generator' object"
