// Python-level tests of the pickle module: each script runs in a fresh VM and, in one python3 process for the whole
// file, as `__main__` under CPython 3.11; the printed output must be identical (pickle bytes are printed as hex, so
// this is also a byte-level differential test of user classes, the reduce protocol, errors and messages).
// Without python3 the tests fail loudly.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { VM } from '../../vm/runtime/vm';
import { pickleModule, copyregModule } from '../../vm/modules/pickle/index';

const PRELUDE = `
import pickle
def show(label, f):
    try:
        r = f()
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg.split(' at 0x')[0] + ' at 0x...'
        if ' on <module' in msg:
            msg = msg.split(' on <module')[0] + ' on <module ...>'
        print(label, '!', type(e).__name__ + ':', msg)
    else:
        r = str(r)
        if ' at 0x' in r:
            r = r.split(' at 0x')[0] + ' at 0x...'
        print(label, '=', r)
def hexes(v, protos=range(6)):
    for p in protos:
        show('p%d' % p, lambda: pickle.dumps(v, p).hex())
`;

const SCRIPTS: Record<string, string> = {
  builtins: `
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31, -2**31 - 1, 2**63, 2**1000, -2**1000,
        0.5, -0.0, 1e300, float('inf'), 'abc', 'h\\xe9\\u20ac\\U0001f600', '', b'', b'abc', bytearray(b'xy'),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1}, {1, 2, 3}, frozenset([1, 2]),
        1 + 2j, list(range(1500)), {i: i for i in range(1200)}, range(5), range(1, 10, 2), slice(1, 2), slice(None, 5),
        ValueError('x'), KeyError('k', 2), int, str, dict, len, abs, type(None), type(Ellipsis), Ellipsis, NotImplemented,
        'x' * 70000, b'y' * 70000, [[1, 2], [3, [4, [5]]]], {'k': {'k': {'k': None}}}]
for i, v in enumerate(vals):
    for p in range(6):
        show('%d p%d' % (i, p), lambda: pickle.dumps(v, p).hex())
        show('%d p%d back' % (i, p), lambda: repr(pickle.loads(pickle.dumps(v, p)))[:200])
`,
  classes: `
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, o):
        return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self, a):
        self.a = a
class Both(Slots):
    def __init__(self):
        super().__init__(1)
        self.c = 3
class Reduced:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Reduced, (self.v,))
class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx, (), {'proto': proto})
class State:
    def __init__(self):
        self.a = 1
        self.secret = 2
    def __getstate__(self):
        d = dict(self.__dict__)
        del d['secret']
        return d
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.secret = 'reset'
class NA:
    def __new__(cls, x):
        o = object.__new__(cls)
        o.x = x
        return o
    def __getnewargs__(self):
        return (self.x,)
class NAE:
    def __new__(cls, x, *, y):
        o = object.__new__(cls)
        o.x = x
        o.y = y
        return o
    def __getnewargs_ex__(self):
        return ((self.x,), {'y': self.y})
class ML(list):
    pass
class MD(dict):
    pass
class MI(int):
    pass
class MS(str):
    pass
class MF(float):
    pass
class MT(tuple):
    pass
class Outer:
    class Inner:
        def __init__(self):
            self.v = 1
def setter(obj, state):
    obj.state = state
class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'k': 1}, None, None, setter)
class Items:
    def __init__(self):
        self.l = []
        self.d = {}
    def append(self, v):
        self.l.append(v)
    def extend(self, vs):
        self.l.extend(vs)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]), iter([('a', 1), ('b', 2)]))

ml = ML([1, 2, 3])
ml.tag = 'v'
md = MD(a=1)
md.tag = 2
mi = MI(7)
mi.tag = 3
both = Both()
sl = Slots(5)
objs = [Point(1, 2), [Point(1, 2), 'shared'], sl, both, Reduced('r'), RedEx(), State(), NA(4), ml, md, mi, MS('s'),
        MF(1.5), MT((1, 2)), Outer.Inner(), Outer.Inner, Outer, WithSetter(), Items(), Point, setter, [Point.__repr__],
        Point(1, 2).__repr__, [].append, dict.fromkeys, list.append]
for i, v in enumerate(objs):
    for p in range(6):
        show('%d p%d' % (i, p), lambda: pickle.dumps(v, p).hex())
for p in (4, 5):
    show('NAE p%d' % p, lambda: pickle.dumps(NAE(1, y=2), p).hex())

def attrs(o):
    if hasattr(o, '__dict__'):
        return sorted(o.__dict__.items())
    return [(n, getattr(o, n)) for n in ('a', 'b', 'c') if hasattr(o, n)]
for p in range(6):
    print(p, pickle.loads(pickle.dumps(Point(3, [4]), p)))
    b = pickle.loads(pickle.dumps(both, max(p, 2)))
    print(type(b).__name__, b.a, b.c, hasattr(b, 'b'))
    s = pickle.loads(pickle.dumps(State(), p))
    print(s.a, s.secret)
    n = pickle.loads(pickle.dumps(NA(9), p))
    print(type(n).__name__, n.x)
    l = pickle.loads(pickle.dumps(ml, p))
    print(type(l).__name__, l, l.tag)
    d = pickle.loads(pickle.dumps(md, p))
    print(type(d).__name__, d, d.tag)
    m = pickle.loads(pickle.dumps(mi, p))
    print(type(m).__name__, m + 1, m.tag)
    print(type(pickle.loads(pickle.dumps(MS('q'), p))).__name__, pickle.loads(pickle.dumps(MF(2.5), p)) * 2)
    w = pickle.loads(pickle.dumps(WithSetter(), p))
    print(w.state)
    it = pickle.loads(pickle.dumps(Items(), p))
    print(it.l, it.d)
    print(pickle.loads(pickle.dumps(RedEx(), p)).proto)
    print(pickle.loads(pickle.dumps(Outer.Inner(), p)).v, pickle.loads(pickle.dumps(Outer.Inner, p)) is Outer.Inner)
    print(pickle.loads(pickle.dumps(Point(1, 2).__repr__, p))())
    print(pickle.loads(pickle.dumps({Point(1, 2): 'v'}, p)))
for p in (4, 5):
    n = pickle.loads(pickle.dumps(NAE(1, y=2), p))
    print(n.x, n.y)
print(pickle.loads(pickle.dumps(sl, 2)).a)
`,
  errors: `
def f():
    def g():
        pass
    class C:
        pass
    return g, C
g, C = f()
def gen():
    yield 1
class BadReduce:
    def __init__(self, r):
        self.r = r
    def __reduce__(self):
        return self.r
class Raises:
    def __reduce__(self):
        raise ValueError('no way')
class Slotted:
    __slots__ = ('a',)
class Point:
    pass
P = Point
class Point:
    pass
def moved():
    pass
moved.__module__ = 'nosuchmodule'
import sys
cases = [lambda: 0, g, C, C(), gen(), sys, [1, gen()], BadReduce(1), BadReduce(()), BadReduce((1,)), BadReduce((1, 2)),
         BadReduce((len, 1)), BadReduce((len, (), None, 5)), BadReduce((len, (), None, None, [])),
         BadReduce((len, (), None, None, None, 3)), BadReduce((1, 2, 3, 4, 5, 6, 7)), Raises(), P(), moved,
         BadReduce('nosuchname'), BadReduce('len'), property(), super]
for i, v in enumerate(cases):
    for p in (0, 2, 4):
        show('%d p%d' % (i, p), lambda: pickle.dumps(v, p).hex())
s = Slotted()
s.a = 1
for p in range(6):
    show('slotted p%d' % p, lambda: pickle.dumps(s, p).hex())
show('proto 6', lambda: pickle.dumps(1, 6))
show('proto -1', lambda: pickle.dumps(1, -1).hex())
show('proto str', lambda: pickle.dumps(1, 'x'))
show('proto kw', lambda: pickle.dumps(1, protocol=2).hex())
show('fix_imports', lambda: pickle.dumps(set(), protocol=2, fix_imports=False).hex())
show('no args', lambda: pickle.dumps())
show('loads str', lambda: pickle.loads('abc'))
show('loads int', lambda: pickle.loads(5))
show('loads bytearray', lambda: pickle.loads(bytearray(b'K\\x05.')))
show('issubclass', lambda: (issubclass(pickle.PicklingError, pickle.PickleError),
                            issubclass(pickle.UnpicklingError, pickle.PickleError),
                            issubclass(pickle.PickleError, Exception)))
show('constants', lambda: (pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL))
l = []
for i in range(3000):
    l = [l]
show('deep', lambda: pickle.dumps(l))
`,
  loads: `
bad = [b'', b'\\x80', b'\\x80\\x06.', b'\\x80\\x04', b'\\x80\\x04K', b'\\x80\\x04K\\x01', b'}', b'.', b'\\x00', b'\\xff',
       b"'", b'\\\\', b'X\\x05\\x00\\x00\\x00ab', b'\\x95\\xff\\x00\\x00\\x00\\x00\\x00\\x00\\x00N.', b'h\\x05.', b'(K\\x01u.',
       b'}(K\\x01u.', b'}K\\x01s.', b'(t.', b'0.', b'1.', b'2.', b'K\\x01K\\x02e.', b']K\\x01K\\x02e.', b'](K\\x01K\\x02e.',
       b'(K\\x01.', b'N(.', b'cbuiltins\\nnosuch\\n.', b'cnosuchmod\\nx\\n.', b'\\x8c\\x08builtins\\x8c\\x03len\\x93.',
       b'\\x80\\x04\\x8c\\x08builtins\\x8c\\x06nosuch\\x93.', b'\\x80\\x04\\x8c\\x08builtins\\x8c\\x0cf.<locals>.g\\x93.',
       b'K\\x01\\x8c\\x03len\\x93.', b'I12x\\n.', b'Fabc\\n.', b'S"abc\\n.', b'Sabc\\n.', b'\\x82\\x01.', b'P1\\n.',
       b'\\x97.', b'\\x8c\\x02\\xff\\xfe.', b'X\\x02\\x00\\x00\\x00\\xc3(.', b'N\\x81.', b'cbuiltins\\nlen\\nN\\x81.',
       b'cbuiltins\\nint\\nN\\x81.', b'}N\\x86b.', b'}Kb.', b'}K\\x01b.', b'cbuiltins\\nlen\\n(K\\x01K\\x02tR.',
       b'cbuiltins\\nlen\\nK\\x01R.', b'I00\\n.', b'I01\\n.', b'I-17\\n.', b'L12345678901234567890L\\n.', b'F1.5\\n.',
       b'Fnan\\n.', b'S\\'a\\\\x41\\\\n\\'\\n.', b'Vab\\\\u20ac\\\\U0001f600\\\\x\\n.', b'(I1\\nI2\\nl.', b'(I1\\nI2\\nd.',
       b'(I1\\nd.', b'(I1\\nt.', b'(S\\'x\\'\\np0\\ng0\\nt.', b'g3\\n.', b'p0\\n.', b'N2(t2.', b'N\\x85\\x85\\x85.',
       b'\\x8a\\x00.', b'\\x8a\\x01\\xff.', b'\\x8a\\x02\\x00\\x80.', b'\\x8a\\x09' + b'\\xff' * 9 + b'.',
       b'\\x8b\\x02\\x00\\x00\\x00\\x01\\x02.', b'\\x8b\\xff\\xff\\xff\\xff.', b'T\\xff\\xff\\xff\\xff.', b'U\\x02\\xe9a.',
       b'\\x8f(K\\x01K\\x02\\x90.', b'(K\\x01K\\x02\\x91.', b'\\x96\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00ab.',
       b'\\x94.', b'N\\x94\\x94h\\x00h\\x01\\x86.',
       b'Nq\\x05h\\x05.', b'Nr\\x05\\x00\\x00\\x00j\\x05\\x00\\x00\\x00\\x86.', b'K\\x01K\\x02\\x86\\x30.', b'(\\x30.',
       b'(K\\x01\\x31.', b'K\\x01(\\x31\\x31.', b'cbuiltins\\nset\\n(]K\\x01a\\x85R.', b'c__builtin__\\nset\\n(]tR.',
       b'\\x80\\x02c__builtin__\\nxrange\\nK\\x03\\x85R.', b'\\x80\\x02cexceptions\\nValueError\\nU\\x01x\\x85R.',
       b'\\x80\\x03c__builtin__\\nset\\n.', b'c_codecs\\nencode\\nX\\x02\\x00\\x00\\x00\\xc3\\xa9X\\x06\\x00\\x00\\x00latin1\\x86R.',
       b'ccopy_reg\\n_reconstructor\\n(cbuiltins\\nobject\\ncbuiltins\\nobject\\nNtR.', b'\\x80\\x04\\x8c\\x08builtins\\x8c\\x03int\\x93)\\x81.',
       b'\\x80\\x04\\x8c\\x08builtins\\x8c\\x03int\\x93)}\\x92.', b'\\x80\\x04\\x8c\\x08builtins\\x8c\\x03int\\x93)N\\x92.',
       b'K\\x05trailing', b'\\x80\\x04\\x95\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00K\\x05.', b'\\x80\\x04\\x95\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00K\\x05.']
for b in bad:
    show(repr(b)[:60], lambda: repr(pickle.loads(b)))
show('latin1', lambda: pickle.loads(b"S'\\\\xe9'\\n.", encoding='latin1'))
show('bytes', lambda: pickle.loads(b"S'\\\\xe9'\\n.", encoding='bytes'))
show('ascii', lambda: pickle.loads(b"S'\\\\xe9'\\n."))
show('binstring latin1', lambda: pickle.loads(b'U\\x01\\xe9.', encoding='latin1'))
show('kw', lambda: pickle.loads(data=b'K\\x01.'))
`,
  identity: `
x = [1]
y = pickle.loads(pickle.dumps([x, x, (x,)]))
print(y, y[0] is y[1], y[2][0] is y[0])
a = []
a.append(a)
b = pickle.loads(pickle.dumps(a))
print(b[0] is b, len(b))
d = {}
d['self'] = d
e = pickle.loads(pickle.dumps(d))
print(e['self'] is e)
l = [1]
t = (l, 2)
l.append(t)
for p in range(6):
    print(p, pickle.dumps(t, p).hex())
    u = pickle.loads(pickle.dumps(t, p))
    print(u[0][1] is u, u[1])
class Node:
    pass
n = Node()
n.me = n
n.others = [n, (n,)]
for p in range(6):
    print(p, pickle.dumps(n, p).hex())
    m = pickle.loads(pickle.dumps(n, p))
    print(m.me is m, m.others[0] is m, m.others[1][0] is m)
s = 'shared string'
print(pickle.dumps([s, s, {s: s}]).hex())
fs = frozenset([1, 2])
r = pickle.loads(pickle.dumps([fs, fs]))
print(r[0] is r[1], r[0])
ba = bytearray(b'ab')
for p in range(6):
    r = pickle.loads(pickle.dumps([ba, ba], p))
    print(p, r[0] is r[1], r)
`,
  files: `
class F:
    def __init__(self):
        self.data = b''
        self.pos = 0
    def write(self, b):
        self.data += b
        return len(b)
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def readinto(self, b):
        r = self.read(len(b))
        b[:len(r)] = r
        return len(r)
    def readline(self):
        i = self.data.find(b'\\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        r = self.data[self.pos:end]
        self.pos = end
        return r
    def tell(self):
        return self.pos
    def seek(self, pos, whence=0):
        self.pos = pos
        return pos
f = F()
print(pickle.dump([1, 'two', 3.0], f))
pickle.dump({'k': (1, 2)}, f, 2)
pickle.dump(None, f, protocol=0)
print(f.data.hex())
f.pos = 0
print(pickle.load(f), f.pos)
print(pickle.load(f), f.pos)
print(pickle.load(f), f.pos)
show('eof', lambda: pickle.load(f))
show('nowrite', lambda: pickle.dump(1, 5))
`,
  picklers: `
class F:
    def __init__(self, data=b''):
        self.data = data
        self.pos = 0
    def write(self, b):
        self.data += b
        return len(b)
    def read(self, n=-1):
        if n < 0:
            n = len(self.data) - self.pos
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def readinto(self, b):
        r = self.read(len(b))
        b[:len(r)] = r
        return len(r)
    def readline(self):
        i = self.data.find(b'\n', self.pos)
        end = len(self.data) if i < 0 else i + 1
        r = self.data[self.pos:end]
        self.pos = end
        return r
    def tell(self):
        return self.pos
    def seek(self, pos, whence=0):
        self.pos = pos
        return pos
class Ext:
    def __init__(self, key):
        self.key = key
    def __repr__(self):
        return 'Ext(%r)' % (self.key,)
class Special:
    pass
class Plain:
    def __init__(self, v):
        self.v = v
def plain_reducer(p):
    return (Plain, (p.v + 100,))
class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ext):
            return ('ext', obj.key) if self.proto else 'ext:%s' % obj.key
        return None
    def reducer_override(self, obj):
        if type(obj) is Special:
            return (Plain, ('special',))
        return NotImplemented
class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            return Ext('from:' + pid)
        return Ext(pid[1])
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))
for proto in range(6):
    f = F()
    p = MyPickler(f, proto)
    p.proto = proto
    p.dump([Ext(1), Ext('two'), Special(), 5])
    print(proto, f.data.hex())
    f.pos = 0
    r = MyUnpickler(f).load()
    print(r[:2], type(r[2]).__name__, r[2].v, r[3])
    show('no persistent_load', lambda: pickle.loads(f.data))
f = F()
p = pickle.Pickler(f)
x = ['memo', 'kept']
p.dump(x)
p.dump(x)
p.clear_memo()
p.dump(x)
print(f.data.hex())
f.pos = 0
u = pickle.Unpickler(f)
print(u.load(), f.pos)
f2 = F()
p2 = pickle.Pickler(f2, 2)
p2.dispatch_table = {Plain: plain_reducer}
p2.dump([Plain(1)])
print(f2.data.hex(), pickle.loads(f2.data)[0].v)
show('restricted ok', lambda: Restricted(F(pickle.dumps({1, 2}, 2))).load())
show('restricted no', lambda: Restricted(F(pickle.dumps([Plain(1)]))).load())
show('restricted no p0', lambda: Restricted(F(pickle.dumps(len, 0))).load())
show('no file', lambda: pickle.Pickler(5))
show('no read', lambda: pickle.Unpickler(5))
`,
  copyreg: `
import copyreg
class C:
    def __init__(self, v):
        self.v = v
def red(c):
    return (C, (c.v * 2,))
copyreg.pickle(C, red)
print(pickle.dumps(C(2)).hex())
print(pickle.loads(pickle.dumps(C(2))).v)
print(pickle.dumps(1 + 2j).hex(), pickle.loads(pickle.dumps(3 - 4j)))
print(copyreg.__newobj__.__name__, copyreg._reconstructor.__module__, copyreg.__newobj_ex__.__name__)
class D:
    __slots__ = ('x', '__y')
print(copyreg._slotnames(D))
`,
  exceptions: `
class MyErr(Exception):
    pass
class WithAttr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
errs = [ValueError('bad', 1), KeyError('k'), MyErr('m'), Exception(), StopIteration(5), WithAttr('w', 7)]
for p in range(6):
    for e in errs:
        show('p%d %s' % (p, type(e).__name__), lambda: pickle.dumps(e, p).hex())
        r = pickle.loads(pickle.dumps(e, p))
        print(type(r).__name__, r.args, getattr(r, 'code', None))
`,
  big: `
big = ['s' * 100000, list(range(10000)), [{'id': i, 'name': 'n%d' % i, 'v': i * 0.5} for i in range(300)],
       b'b' * 65536, 'é' * 40000]
for p in range(6):
    data = pickle.dumps(big, p)
    print(p, len(data), data[:64].hex(), data[-64:].hex(), sum(data) % 1000003)
    print(pickle.loads(data) == big)
`,
  // The writer's fast paths (exact lists and str/int-keyed dicts, written in loops) and the reader's list runs
  // (a long list's batches gathered into one array): their edges, byte for byte against CPython.
  fast_paths: `
def digest(data):
    h = 0
    for b in data:
        h = (h * 31 + b) % 1000000007
    return '%d:%d' % (len(data), h)
def check(label, v, protos=range(6), compare=True):
    for p in protos:
        try:
            data = pickle.dumps(v, p)
        except Exception as e:
            print(label, p, '!', type(e).__name__, e)
            continue
        print(label, p, data.hex() if len(data) < 300 else digest(data))
        back = pickle.loads(data)
        print(label, p, 'back', back == v if compare else repr(back)[:80])
class MI(int): pass
class MS(str): pass
class ML(list): pass
class MD(dict): pass
class MF(float): pass
check('subclasses', [MI(5), MS('s'), ML([1, 2]), MD(a=1), MF(2.5), {'k': ML([1]), 'd': MD(x=MI(3))}])
check('ints', [0, 1, 255, 256, 65535, 65536, -1, -255, -256, -65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
               2**32, 2**40 + 7, -2**40 - 7, 2**47, -2**47, -2**48, 2**53 - 1, -2**53 + 1, 2**53, -2**53, 2**63,
               -2**63 - 1, 2**100, -2**100, 128, -128, -129, 32767, -32768, -32769, 2**55, -2**56])
check('floats', [0.0, -0.0, float('inf'), float('-inf'), 1.5, -2.25, 1e300, 5e-324, 2.0, 1e16, 0.1])
print('nan', pickle.dumps([float('nan')], 4).hex(), pickle.loads(pickle.dumps(float('nan'))) != 0)
check('strs', ['\\U0001f600 smile', 'lone \\ud800 x', '\\udfff', 'a' * 85, 'a' * 86, '\\xe9' * 86, 'x' * 300,
               '\\u20ac' * 90, '', 'wolf', 'wolf', 'name'])
a = [1, 2]
check('shared', [a, a, {'a': a, 'b': a}, (a, a), [a]])
r = []
r.append(r)
d = {}
d['self'] = d
d['list'] = r
check('recursive', [r, d, r, d], compare=False)
t = ([],)
t[0].append(t)
check('recursive tuple', t, compare=False)
for n in (999, 1000, 1001, 1999, 2000, 2001, 2500):
    check('list %d' % n, list(range(n)), (1, 2, 4))
    check('dict %d' % n, {'k%d' % i: i for i in range(n)}, (1, 4))
# (equal strs built at run time are distinct objects in CPython, which memoizes by identity: reuse objects)
digits = [str(i) for i in range(100)]
check('mixed batches', [i if i % 7 else digits[i % 13] for i in range(2600)], (1, 2, 4))
check('object mid-run', [i if i != 1500 else (i, {'x': [i]}) for i in range(3000)], (1, 2, 4))
check('singletons', [None, True, False] * 900, (1, 2, 4))
check('floats run', [i * 0.25 for i in range(2100)], (1, 4))
check('nested long', [list(range(1200)), [list(range(1100)) for _ in range(3)], list(range(1500))], (2, 4))
check('records', [{'name': 'wolf', 'x': i, 'hp': 1.5, 'tags': ['a', 'b']} for i in range(300)])
check('key orders', [{'a': 1, 'b': 2}, {'b': 1, 'a': 2}, {'a': 'b', 'b': 'a'}, {'c': 1}, {'a': {'a': {'b': 1}}},
                     {1: 'a', 2: 'b'}, {'a': 1, 1: 'a'}, {True: 1, 2: 3}, {1.5: 2, 'x': 1}, {(1, 2): 3}])
# a frame fills up before each kind of item somewhere among these shifts (the padding)
records = [{'id': i, 'name': digits[i % 5], 'v': i * 0.5} for i in range(2800)]
for k in range(26):
    print('records frames', k, digest(pickle.dumps(['x' * k, records], 4)))
check('tuples', [(i, i + 1) for i in range(2500)] + [(1,), (1, 2, 3), (1, 2, 3, 4), (), ((),), ([1], [2])], (1, 2, 4))
tp = (1, 'a')
check('shared tuples', [tp, tp, (tp, tp), [tp] * 1200, {'t': tp}])
check('one item', [[1], {'a': 1}, [[[]]], {'a': {'b': {}}}, [{'a': [1]}]])
check('frames', [list(range(40000)), [digits[i % 97] for i in range(20000)], {'k%d' % i: i for i in range(6000)}], (4, 5))
class Pers(pickle.Pickler):
    def persistent_id(self, obj):
        return obj * 100 + 1 if type(obj) is int and obj % 3 == 0 else None
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
f = Sink()
Pers(f, 4).dump([list(range(10)), {'a': 3, 'b': 4, 'c': [6, 7]}])
print('persistent_id', b''.join(f.parts).hex())
class Grow:
    def __init__(self, d):
        self.d = d
    def __reduce__(self):
        self.d['new%d' % len(self.d)] = 1
        return (int, (1,))
g = {}
g['a'] = Grow(g)
g['b'] = 2
show('dict grows', lambda: pickle.dumps(g, 4))
l = [1, 2]
class GrowList:
    def __reduce__(self):
        l.extend([7, 8])
        return (int, (0,))
l.append(GrowList())
print('list grows', pickle.dumps(l, 4).hex())
deep = []
cur = deep
for _ in range(3000):
    cur.append([])
    cur = cur[0]
show('too deep', lambda: pickle.dumps(deep, 4))
deepd = {}
cur = deepd
for _ in range(3000):
    cur['k'] = {}
    cur = cur['k']
show('too deep dict', lambda: pickle.dumps(deepd, 4))
`,
  loads_runs: `
names = ['s%d' % i for i in range(40)]
value = [list(range(2500)), [names[i % 40] for i in range(2100)], [None, 1.5] * 700]
data = pickle.dumps(value, 4)
for cut in (3, 20, 1000, 2100, 3500, 5000, len(data) // 2, len(data) - 300, len(data) - 2, len(data) - 1):
    show('cut %d' % cut, lambda: len(pickle.loads(data[:cut])))
def patched(old, new, nth=1):
    # replaces the nth occurrence of byte old
    i = -1
    for _ in range(nth):
        i = data.index(bytes([old]), i + 1)
    return data[:i] + bytes([new]) + data[i + 1:]
show('APPENDS to POP_MARK', lambda: pickle.loads(patched(0x65, 0x31, 2)))
show('APPENDS to SETITEMS', lambda: pickle.loads(patched(0x65, 0x75, 2)))
show('MARK to NONE', lambda: pickle.loads(patched(0x28, 0x4e, 3)))
show('MEMOIZE to POP', lambda: pickle.loads(patched(0x94, 0x30, 5)))
for crafted in (b'\\x80\\x04]\\x94(K\\x01\\x86e.', b'\\x80\\x04]\\x94(K\\x01K\\x02\\x87e.', b'\\x80\\x04(\\x85.',
                b'\\x80\\x04K\\x01K\\x02\\x86.', b'\\x80\\x04)\\x85.', b'\\x80\\x04]\\x94(' + b'K\\x01' * 1000 + b'e(K\\x02\\x85e.',
                b'\\x80\\x04]\\x94(' + b'K\\x01' * 1000 + b'e(\\x86e.', b'\\x80\\x04]\\x94(' + b'K\\x01' * 1000 + b'e(K\\x03(e.'):
    show('crafted %s' % crafted[-12:].hex(), lambda: repr(pickle.loads(crafted))[-40:])
inner = pickle.dumps({'inner': list(range(1500))})
class Nested:
    def __reduce__(self):
        return (pickle.loads, (inner,))
outer = pickle.dumps([list(range(1200)), Nested(), list(range(1300)), 'tail'])
back = pickle.loads(outer)
print('nested loads', len(back[0]), back[1] == {'inner': list(range(1500))}, len(back[2]), back[3])
print('after nested', pickle.loads(data) == value)
for p in range(6):
    v = [list(range(1003)), {'x': list(range(2001))}, [[1] * 1500, 'a']]
    print('proto', p, pickle.loads(pickle.dumps(v, p)) == v)
`,
  loads_edges: `
# list runs (lists of 1000+ items read in one copy): a run that ends inside an open batch, then another run
for label, v in (('empty lists then a long one', [[] for _ in range(1000)] + [list(range(2000))]),
                 ('short lists then long ones', [[i] for i in range(1000)] + [list(range(2500)), [list(range(1001))] * 2]),
                 ('long lists', [list(range(1001)) for _ in range(3)]),
                 ('nested long', [[[] for _ in range(1001)], list(range(3000)), [[i, i] for i in range(1500)]])):
    for p in (1, 2, 4, 5):
        data = pickle.dumps(v, p)
        print(label, p, len(data), pickle.loads(data) == v)
# frames inside list runs and dicts (pickles over 64 KiB), LONG_BINGET (memo past 255 entries)
kinds = ['k%d' % i for i in range(300)]
units = [{'id': i, 'kind': kinds[i % 300], 'pos': (i, i + 1), 'hp': i * 0.5} for i in range(4000)]
big = {'units': units, 'kinds': kinds * 7, 'ints': list(range(30000)), 'tail': kinds}
for p in (4, 5):
    data = pickle.dumps(big, p)
    back = pickle.loads(data)
    print('big', p, len(data), back == big, back['units'][17]['kind'] is back['kinds'][17])
show('LONG_BINGET of a missing entry', lambda: pickle.loads(b'\\x80\\x04]\\x94j\\x10\\x27\\x00\\x00a.'))
show('LONG_BINGET past 2**31', lambda: pickle.loads(b'\\x80\\x04]\\x94j\\x00\\x00\\x00\\x80a.'))
show('LONG_BINGET', lambda: pickle.loads(b'\\x80\\x04]\\x94(j\\x00\\x00\\x00\\x00j\\x00\\x00\\x00\\x00e.'))
show('FRAME past the end', lambda: pickle.loads(b'\\x80\\x04\\x95\\xff\\x00\\x00\\x00\\x00\\x00\\x00\\x00]\\x94(K\\x01K\\x02e.'))
show('FRAME of 2**40', lambda: pickle.loads(b'\\x80\\x04\\x95\\x00\\x00\\x00\\x00\\x00\\x01\\x00\\x00]\\x94(K\\x01K\\x02e.'))
show('FRAME then data', lambda: pickle.loads(b'\\x80\\x04\\x95\\x09\\x00\\x00\\x00\\x00\\x00\\x00\\x00]\\x94(K\\x01K\\x02e.'))
show('FRAME mid-list', lambda: pickle.loads(b'\\x80\\x04]\\x94(K\\x01\\x95\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x00K\\x02e.'))
# SETITEMS into exact dicts: non-str keys, equal keys of different types, huge strs, subclasses, references to
# the dict being filled
class MD(dict):
    pass
class ML(list):
    pass
md = MD(a=1)
md[2] = 'b'
d = {'a': 1, 2: 'b', (1, 2): [3], 1.5: 'f', None: 0, 'x' * 70000: 'big', 'k': 'y' * 70000, b'b': 1, frozenset([1]): 2}
d[1.0] = 'one'
d[True] = 'true'
self_ref = {}
self_ref['me'] = self_ref
self_ref['l'] = [self_ref, {'inner': self_ref}]
for p in (0, 1, 2, 4, 5):
    for label, v in (('mixed keys', d), ('subclass', md), ('list subclass', ML([1, 2, 3]))):
        back = pickle.loads(pickle.dumps(v, p))
        print(label, p, back == v, type(back).__name__, sorted(map(repr, back.keys()))[:6] if isinstance(back, dict) else back)
    back = pickle.loads(pickle.dumps(self_ref, p))
    print('self', p, back['me'] is back, back['l'][0] is back, back['l'][1]['inner'] is back)
class Peek:
    # unpickled while the dict holding it is being filled: sees what CPython's dict holds at that point
    def __init__(self, d):
        self.d = d
    def __reduce__(self):
        return (len, (self.d,))
peek = {'a': 1, 'b': 2}
peek['peek'] = Peek(peek)
peek['c'] = 3
for p in (1, 2, 4):
    print('peek', p, pickle.loads(pickle.dumps(peek, p)))
# lists of one to five items, exact and subclass, with shared items
sh = [9]
for n in range(1, 6):
    v = [list(range(n)), ML(range(n)), [sh] * n, [(i,) for i in range(n)]]
    for p in (1, 4):
        back = pickle.loads(pickle.dumps(v, p))
        print('short', n, p, back == v, type(back[1]).__name__, all(x is back[2][0] for x in back[2]))
# a big load then small ones reuse the value stack
print(len(pickle.loads(pickle.dumps([list(range(60000)), 'x'], 4))[0]))
for v in ([1, 2], {'a': (1, 2)}, [[[]]], 'tail'):
    print('small', pickle.loads(pickle.dumps(v, 4)))
# numbers read by the fast loop and near the end of the input (checked reads)
nums = [0.5, -2.25, 5e-324, -5e-324, 1.7976931348623157e308, float('inf'), -0.0, 65535, -1, -2**31, 2**31 - 1, 256]
for p in (1, 2, 4):
    print('nums', p, pickle.loads(pickle.dumps(nums, p)), pickle.loads(pickle.dumps(nums[::-1], p)))
# strs of every short length, ASCII or not, as keys and values (the decoder's short-string path)
shorts = ['abcdefghij'[:n] + tail for n in range(11) for tail in ('', '\\xe9', '\\u20ac', '\\U0001f600', '\\x7f')]
for p in (1, 4):
    back = pickle.loads(pickle.dumps([shorts, {k: k for k in shorts}], p))
    print('shorts', p, back == [shorts, {k: k for k in shorts}], [len(x) for x in back[0]][:12])
show('bad short utf-8', lambda: pickle.loads(b'\\x80\\x04\\x8c\\x03ab\\xff\\x94.'))
show('bad short utf-8 end', lambda: pickle.loads(b'\\x80\\x04\\x8c\\x02a\\xc3\\x94.'))
for raw in (b'\\x80\\x02M\\xff\\xff.', b'J\\xff\\xff\\xff\\xff.', b'G\\xc0\\x04\\x00\\x00\\x00\\x00\\x00\\x00.', b'\\x80\\x04K\\x05.'):
    show('raw %s' % raw.hex(), lambda: pickle.loads(raw))
`,
  memo_reuse: `
# dumps keeps its memo table from one dump to the next: pickling again must give the same bytes as a first time
def digest(data):
    h = 0
    for b in data:
        h = (h * 31 + b) % 1000000007
    return '%d:%d' % (len(data), h)
kinds = ['wolf', 'bear', 'fox']
world = {'units': [{'id': i, 'kind': kinds[i % 3], 'path': [(i, i + 1), (i + 2, i + 3)]} for i in range(3000)],
         'tiles': [[(x + y) % 7 for x in range(50)] for y in range(100)], 'names': kinds}
for p in (2, 4, 5):
    first = pickle.dumps(world, p)
    print('world', p, digest(first), [pickle.dumps(world, p) == first for _ in range(3)])
# shared objects, changed between dumps
a = [1, 2]
t = (a, 'x')
print(pickle.dumps([a, a, t, t], 4).hex())
print(pickle.dumps([t, [1, 2], a], 4).hex())
a.append(3)
print(pickle.dumps([a, t, a], 4).hex())
print(pickle.dumps([[1, 2, 3], a], 4).hex())
# fresh objects every time, after a big dump (the memo table of the last dump finds nothing), sizes around 128
for n in (1, 60, 127, 128, 129, 300, 2000):
    v = [[i] for i in range(n)] + [kinds, world['names']]
    print('fresh', n, digest(pickle.dumps(v, 4)), digest(pickle.dumps(v, 4)), digest(pickle.dumps([v, v], 4)))
# the same objects in a different order, and half of them new
half = world['units'][:1500] + [{'id': i} for i in range(1500)]
print('half', digest(pickle.dumps(half, 4)), digest(pickle.dumps(half[::-1], 4)), digest(pickle.dumps(world, 4)))
# a dump inside a dump (a __reduce__ that pickles) shares objects with the outer one
class Inner:
    def __reduce__(self):
        return (bytes, (pickle.dumps([a, t, world['names']], 4),))
outer = [a, Inner(), a, t, kinds, Inner()]
print('nested', pickle.dumps(outer, 4).hex())
print('nested again', pickle.dumps(outer, 4).hex())
# a dump that fails half way, then the same objects again
class Bad:
    def __reduce__(self):
        raise ValueError('no')
show('fails', lambda: pickle.dumps([a, t, world, Bad()], 4))
print('after failure', digest(pickle.dumps([a, t, world], 4)))
# Pickler objects keep their memo across dump() calls; plain dumps in between must not disturb it
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
    def getvalue(self):
        return b''.join(self.parts)
f = Sink()
pk = pickle.Pickler(f, 4)
pk.dump([a, t])
x = pickle.dumps([t, a], 4)
pk.dump([t, a, kinds])
y = pickle.dumps([a, kinds], 4)
pk.dump([kinds])
pk.clear_memo()
pk.dump([a])
print('pickler', f.getvalue().hex(), x.hex(), y.hex())
`,
  memo_stress: `
# repeated dumps of a mutating object graph (the memo kept from dump to dump follows the last dump's order, then
# leaves it): every pickle must be CPython's. strs are shared objects, as CPython memoizes them by identity.
def digest(data):
    h = 0
    for b in data:
        h = (h * 31 + b) % 1000000007
    return '%d:%d' % (len(data), h)
for seed in (12345, 4242):
    state = seed
    def rnd(n):
        global state
        state = (state * 1103515245 + 12345) % 2147483648
        return state % n
    strs = ['s%d' % i for i in range(50)]
    pool = []
    def make(depth):
        k = rnd(9)
        if depth > 3 or k == 0:
            return rnd(1000)
        if k == 1:
            return strs[rnd(50)]
        if k == 2 and pool:
            return pool[rnd(len(pool))]
        if k == 3:
            t = tuple(make(depth + 1) for _ in range(rnd(4)))
            pool.append(t)
            return t
        if k in (4, 5):
            l = [make(depth + 1) for _ in range(rnd(6))]
            pool.append(l)
            return l
        if k == 6:
            d = {strs[rnd(50)]: make(depth + 1) for _ in range(rnd(5))}
            pool.append(d)
            return d
        if k == 7:
            return rnd(100) * 0.5
        return (rnd(10), rnd(10))
    root = [make(0) for _ in range(200)]
    for step in range(60):
        op = rnd(10)
        if op == 0:
            root.append(make(0))
        elif op == 1 and root:
            del root[rnd(len(root))]
        elif op == 2:
            root.insert(rnd(len(root) + 1), make(0))
        elif op == 3 and pool:
            x = pool[rnd(len(pool))]
            if isinstance(x, list):
                x.append(make(1))
            elif isinstance(x, dict):
                x[strs[rnd(50)]] = make(1)
        elif op == 4:
            root = [make(0) for _ in range(rnd(300))]
        elif op == 5:
            root = root[::-1]
        elif op == 6:
            root = root[: len(root) // 2]
        elif op == 7:
            root = [[j, 'u%d_%d' % (step, j)] for j in range(rnd(500))]
        target = root if rnd(4) else [root, root[: len(root) // 3]]
        for p in ((4,) if rnd(3) else (2, 4, 5)):
            data = pickle.dumps(target, p)
            print(seed, step, p, digest(data))
            if rnd(5) == 0:
                print('back', pickle.loads(data) == target)
`,
};

let expected: Record<string, string> = {};

const RUNNER = String.raw`
import sys, json, io, types, contextlib, traceback
scripts = json.loads(sys.stdin.read())
out = {}
for name, src in scripts.items():
    mod = types.ModuleType('__main__')
    sys.modules['__main__'] = mod
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, name + '.py', 'exec'), mod.__dict__)
        except BaseException as e:
            print(traceback.format_exception_only(type(e), e)[-1].rstrip())
    out[name] = buf.getvalue()
print(json.dumps(out))
`;

function source(name: string): string {
  return PRELUDE + SCRIPTS[name];
}

beforeAll(() => {
  const input = JSON.stringify(Object.fromEntries(Object.keys(SCRIPTS).map((n) => [n, source(n)])));
  const r = spawnSync('python3', ['-c', RUNNER], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw new Error(`python3 is required for the pickle tests: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  expected = JSON.parse(r.stdout);
});

function runOurs(name: string): string {
  let out = '';
  const vm = new VM({ stdout: (s) => (out += s), stderr: (s) => (out += s) });
  vm.defineModule(pickleModule);
  vm.defineModule(copyregModule);
  try {
    vm.runMain(source(name), `${name}.py`);
  } catch (e) {
    const lines = vm.formatException(e).trimEnd().split('\n');
    out += lines[lines.length - 1] + '\n';
  }
  return out;
}

function diff(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 40; i++)
    if (a[i] !== b[i]) out.push(`line ${i + 1}:\n  ours:   ${(a[i] ?? '<none>').slice(0, 400)}\n  python: ${(b[i] ?? '<none>').slice(0, 400)}`);
  return out.join('\n');
}

describe('pickle in the VM behaves as in CPython 3.11', () => {
  for (const name of Object.keys(SCRIPTS)) {
    it(name, () => {
      const ours = runOurs(name);
      const d = diff(ours, expected[name]);
      expect(d).toBe('');
    });
  }
});

