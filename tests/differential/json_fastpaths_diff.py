# json edge cases around the VM's fast paths: exact types are encoded directly, subclasses and hooks go
# through the general path; decoding errors keep CPython's messages and code-point positions.
import json

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

# ---- subclasses of int/float/str/list/tuple/dict use the base type's encoding (dict: its items()) ----
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
    __str__ = __repr__
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    def __str__(self):
        return 'MyStr!'
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyDict(dict):
    def items(self):
        return [('only', 'this')]
class PlainDict(dict):
    pass
vals = [MyInt(5), MyFloat(2.5), MyFloat(3.0), MyStr('s"x'), MyList([1, MyInt(2)]), MyTuple((3, 4)), MyDict(a=1),
        PlainDict(b=2, a=[1])]
print(json.dumps(vals))
print(json.dumps(vals, indent=1, sort_keys=True))
outer = {'a': 1}
class Sneaky(dict):
    def items(self):
        outer['late'] = 2
        outer['z'] = 'changed'
        return dict.items(self)
outer['s'] = [Sneaky(x=1)]
outer['z'] = 3
print(json.dumps(outer), json.dumps(outer), outer)
class Loud(dict):
    def items(self):
        print('items() called')
        return dict.items(self)
loud = Loud(a=1)
loud['me'] = loud
try:
    json.dumps(loud)
except ValueError as e:
    print('ValueError', e)
class BadItems(dict):
    def items(self):
        return [('a', Point2()), ['l', 1], 'oops', ('b', 2)]
class Point2:
    pass
def noisy(o):
    print('default', type(o).__name__)
    return 0
for kw in ({}, {'indent': 1}):
    try:
        json.dumps(BadItems(x=1), default=noisy, **kw)
    except ValueError as e:
        print('ValueError', e)
class Unsorted(dict):
    def items(self):
        return [('b', 1), ('a', 2), ('c', 0)]
print(json.dumps(Unsorted(z=1), sort_keys=True), json.dumps([Unsorted(z=1)], sort_keys=True, indent=1))
print(json.dumps({'k': Unsorted(z=1), 'j': [PlainDict(q=1)]}))
print(json.dumps({'k': Unsorted(z=1), 'j': [PlainDict(q=1)]}, sort_keys=True))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2, MyStr('k'): 3, True: 4, None: 5, 2.0: 6, -0.0: 7}))
print(json.dumps(True), json.dumps(False), json.dumps(None), json.dumps([True, False, None]))

# ---- numbers ----
print(json.dumps([0, -1, 2**53, 2**64, -2**70, 10**30, 0.1 + 0.2, 1e-5, 1e-4, 1e16, 1e22, 1e15, -0.0, 0.0, 5e-324,
                  1.7976931348623157e308, 123456789012345680.0, 3.0, -7.0, 1.5, 2.5e-7]))
print(json.dumps({1.5: 'a', 2.0: 'b', 10**20: 'c', -3: 'd'}))
for bad in (float('nan'), float('inf'), [1, float('-inf')], {float('inf'): 1}):
    try:
        print(json.dumps(bad, allow_nan=False))
    except ValueError as e:
        print('ValueError', e)
print(json.dumps({float('nan'): 1, float('inf'): 2}))

# ---- strings and ensure_ascii ----
texts = ['', 'plain', 'q"uote', 'back\\slash', '\x00\x01\x1f\x7f\x80', '\b\f\n\r\t', '\u2028\u2029', 'caf\xe9',
         '\u4e2d\u6587', '\U0001f600 smile', '\ud800 lone', 'end\udfff', '/slash/']
print(json.dumps(texts))
print(ascii(json.dumps(texts, ensure_ascii=False)))
print(json.dumps({t: i for i, t in enumerate(texts)}, sort_keys=True))

# ---- separators, indent, sort_keys ----
data = {'b': [1, {'y': [], 'x': {}}], 'a': (2, 3), 'c': {'z': None, 'e': [[]]}}
for kw in ({}, {'indent': 0}, {'indent': -1}, {'indent': 3}, {'indent': '--'}, {'separators': (',', ':')},
           {'indent': 2, 'separators': (' ,', ' : ')}, {'sort_keys': True}, {'sort_keys': True, 'indent': 1}):
    print(kw, json.dumps(data, **kw))
print(ascii(json.dumps({'a': [1, 'x\xe9'], 'b': {}}, indent='\u3000', separators=(',', '\uff1a'))))
print(ascii(json.dumps(['\xe9', 1.5, 2, '\x7f', '\U0001f600'], ensure_ascii=False, separators=('\u3001', ':'))))
print(json.dumps({'\U0001f600': 1, '\uffff': 2, '\ue000': 3, 'a': 4}, sort_keys=True, ensure_ascii=False) == '{"a": 4, "\ue000": 3, "\uffff": 2, "\U0001f600": 1}')
print(json.dumps({2: 'a', 1: 'b', 10: 'c', -5: 'd'}, sort_keys=True))
print(json.dumps({2.5: 'a', 1: 'b', True: 'c'}, sort_keys=True))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps({'b': 2, 1: 'a'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)

# ---- skipkeys, bad keys, default, circular references ----
print(json.dumps({(1, 2): 3, 'k': 1, object(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True, indent=2))
try:
    json.dumps({'a': {(1,): 2}})
except TypeError as e:
    print('TypeError', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
calls = []
def enc(o):
    calls.append(type(o).__name__)
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    return repr(o)
print(json.dumps([Point(1, 2), {3, 1, 2}, complex(1, 2), [Point(0.5, None)]], default=enc), calls)
try:
    json.dumps([Point(1, 2)], default=lambda o: o)
except ValueError as e:
    print('ValueError', e)
def once(o):
    if isinstance(o, Point):
        return {1, 2}
    raise TypeError('no ' + type(o).__name__)
try:
    json.dumps([Point(1, 2)], default=once)
except TypeError as e:
    print('TypeError', e)
d = {'a': 1}
d['self'] = d
for obj in (d, [1, [2, d]]):
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'x': shared}]), json.dumps([shared, shared], check_circular=False))
deep = []
cur = deep
for i in range(60):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(len(json.dumps(deep)), json.loads(json.dumps(deep)) == deep)
cur.append(deep)
try:
    json.dumps(deep)
except ValueError as e:
    print('ValueError', e)

# ---- loads: values, numbers, strings ----
for text in ['-0', '-0.0', '1E+2', '1e-2', '0.5e1', '12345678901234567890123', '-9007199254740993', '1e400', '-1e400',
             '9007199254740992', '9007199254740993.0', '[1.0, 2.50, 1e5]', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
             '"\\u0000\\u001f\\u00e9\\u4E2D"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"', '"\\ud83dx"',
             ' \t\n\r[ 1 , 2 ]\n ', '{"a" : {"b" : [ ] } }', '"\U0001f600"', 'true', 'false', 'null']:
    v = json.loads(text)
    print(ascii(text), '->', ascii(v), type(v).__name__)
print(json.loads('[1, 2.5, "x", NaN, -Infinity]', parse_int=lambda s: 'I' + s, parse_float=lambda s: 'F' + s,
                 parse_constant=lambda s: 'C' + s))
print(json.loads('{"b": {"x": 1}, "a": [1]}', object_hook=lambda d: ('hook', sorted(d))))
print(json.loads('{"b": {"x": 1}, "a": [1]}', object_pairs_hook=lambda p: ('pairs', p), object_hook=lambda d: 'never'))
print(json.loads(bytearray(b'[1, "\xc3\xa9"]')))
big = {'tiles': list(range(50)), 'units': [{'id': i, 'name': 'unit%d' % i, 'pos': [i * 1.5, i * 0.5], 'alive': i % 3 != 0}
                                          for i in range(20)]}
s = json.dumps(big)
print(json.loads(s) == big, len(s), json.dumps(json.loads(s)) == s)

# ---- loads: errors (message, pos, lineno, colno count code points) ----
bad_docs = ['', ' ', '-', '--1', '1.', '.5', '01', '1e', '[1,', '[1 2]', '[,1]', '{"a":1,}', '{"a" 1}', '{1: 2}',
            '{"a": }', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12', '"\\u123g"', '"\\ud83d\\u12"', '"\\ud83d\\uzzzz"',
            '"a\x01b"', '[1] [2]', 'nul', 'tru', 'Infinit', '-Inf', '\ufeff[1]', '[\n1,\n2\n', '{"\U0001f600": 1, x}',
            '"\U0001f600\U0001f600" x', '\U0001f600', '[1,\n  "\U0001f600",\n  oops]']
for bad in bad_docs:
    try:
        json.loads(bad)
        print('no error for', ascii(bad))
    except json.JSONDecodeError as e:
        print(ascii(bad), '->', ascii(str(e)), '|', e.msg, e.pos, e.lineno, e.colno, ascii(e.doc) if e.doc != bad else '')
try:
    json.loads(3)
except TypeError as e:
    print('TypeError', e)
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError:
    print('RecursionError')

# ---- float text both ways: short decimals (written directly), round-trip-hard values, exponents ----
g = lcg(99)
floats = []
for i in range(3000):
    a, b = next(g), next(g)
    floats.append((a % 4000001 - 2000000) / 10 ** (b % 4))
    floats.append((a % 40000001 - 20000000) / 100)
    floats.append(a / (b + 1) * (-1) ** b)
    floats.append(float('%de%d' % (a % 1000, b % 60 - 30)))
floats += [0.1, 0.2, 0.3, 0.7, 1.1, 2.675, 1.005, 0.01, 0.07, 0.15, 19999999.99, -19999999.95, 20000000.5,
           0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 123456.789, 9007199254740993.0, 4.35, 0.29, 1.15, 1.45]
text = json.dumps(floats)
print(len(text), sum(ord(c) * (i % 7 + 1) for i, c in enumerate(text)), text[:200])
back = json.loads(text)
print(back == floats, json.dumps(back) == text)
for t in ['0.1', '1.25', '3.14159', '2.675', '1e22', '1e23', '1.7976931348623157e308', '4.9e-324', '2.2250738585072014e-308',
          '123456789012345.6', '1234567890123456.7', '0.000001', '1.000000000000001', '9.999999999999999e22',
          '100000000000000000000000.0', '0.1e1', '1E-22', '1e-23', '-0.5e-3', '12345678901234567890.0']:
    print(t, repr(json.loads(t)))
