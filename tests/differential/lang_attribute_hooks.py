# __getattr__/__getattribute__/__setattr__/__delattr__/descriptors traced with prints.

class Traced:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.a = 1
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(('getattribute', name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(('getattr', name))
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
    def __setattr__(self, name, value):
        self.log.append(('setattr', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('delattr', name))
        object.__delattr__(self, name)
    def method(self):
        return 'method result'

t = Traced()
print(t.a, t.dyn_hello, t.method(), hasattr(t, 'nope'), getattr(t, 'nope', 'default'))
t.b = 2
t.b += 1
del t.b
try:
    t.b
except AttributeError as e:
    print('AttributeError:', e)
for entry in t.log:
    print(entry)

class Desc:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        print(f'  {self.name}.__get__(obj={type(obj).__name__ if obj is not None else None}, owner={owner.__name__})')
        return self if obj is None else obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, value):
        print(f'  {self.name}.__set__({value!r})')
        obj.__dict__['_' + self.name] = value
    def __delete__(self, obj):
        print(f'  {self.name}.__delete__')
        obj.__dict__.pop('_' + self.name, None)

class NonData:
    def __get__(self, obj, owner):
        print('  NonData.__get__', obj is None)
        return 'nondata'

class Host:
    d = Desc('d')
    n = NonData()

h = Host()
print('read d:', h.d)
h.d = 10
print('read d:', h.d)
del h.d
print('read d:', h.d)
print('class d is descriptor:', type(Host.d).__name__)
print('read n:', h.n)
h.n = 'instance'
print('read n:', h.n)
del h.n
print('read n:', h.n, Host.n)
h.__dict__['d'] = 'shadow?'
print('data descriptor wins:', h.d)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print('  computing', self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Model:
    @Lazy
    def expensive(self):
        return sum(range(1000))
m = Model()
print(m.expensive, m.expensive, m.expensive, 'expensive' in vars(m))

class Meta(type):
    def __getattr__(cls, name):
        return f'meta-getattr:{name}'
class WithMeta(metaclass=Meta):
    real = 'real'
print(WithMeta.real, WithMeta.virtual, getattr(WithMeta, 'other'))

class Slots:
    __slots__ = ('x', 'y')
s = Slots()
s.x = 1
print(s.x, hasattr(s, 'y'), [n for n in dir(s) if not n.startswith('__')])
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError:', e)

class Props:
    def __init__(self):
        self._v = 0
        self.history = []
    @property
    def v(self):
        self.history.append('get')
        return self._v
    @v.setter
    def v(self, value):
        self.history.append(f'set {value}')
        self._v = value
p = Props()
p.v = 5
p.v += 1
p.v *= 3
print(p.v, p.history)
try:
    Props.v.fset(p, 100)
    print(p._v, Props.v.fget(p))
except Exception as e:
    print(type(e).__name__, e)
print(sorted(vars(Traced)) == sorted(Traced.__dict__), [k for k in Host.__dict__ if not k.startswith('__')])
