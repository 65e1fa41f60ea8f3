# copy: structure and identity of copies compared with CPython
import copy
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return f'Node({self.name!r}, {self.children!r})'


leaf = Node('leaf')
tree = Node('root', [leaf, Node('mid', [leaf])])
c = copy.copy(tree)
d = copy.deepcopy(tree)
print(c, c.children is tree.children, d, d.children is tree.children)
print(d.children[0] is d.children[1].children[0], d.children[0] is leaf)
obj = [1, 'a', (2, [3]), {4: {5}}, frozenset([6]), b'7', None]
dc = copy.deepcopy(obj)
print(dc, dc == obj, [x is y for x, y in zip(obj, dc)])
print([x is y for x, y in zip(obj, copy.copy(obj))])
Pt = namedtuple('Pt', 'x y')
for v in [OrderedDict(b=1, a=[2]), defaultdict(list, k=[1]), Counter('aab'), deque([1, [2]], maxlen=5), Pt(1, [2])]:
    s = copy.copy(v)
    dv = copy.deepcopy(v)
    print(type(s).__name__, s, dv, s == v, dv == v, s is v)
dd = copy.deepcopy(defaultdict(list, k=[1]))
dd['new'].append(1)
print(dd, dd.default_factory)


class Custom:
    def __init__(self):
        self.calls = []

    def __copy__(self):
        print('__copy__ called')
        return self

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return 'deep'


print(copy.copy(Custom()).calls, copy.deepcopy([Custom()]))


class Gs:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        print('getstate')
        return {'v': self.v + 1}

    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)


print(copy.copy(Gs(1)).v, copy.deepcopy(Gs(10)).v)
r = []
r.append(r)
rr = copy.deepcopy(r)
print(rr, rr[0] is rr)
for bad in [(x for x in [])]:
    try:
        copy.copy(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(copy.Error, Exception), copy.Error.__name__)
