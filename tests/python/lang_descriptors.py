# Descriptors: __get__/__set__/__delete__, data vs non-data precedence, access via class,
# functions as non-data descriptors, __set_name__, descriptors on metaclass.

log = []

class Data:
    """Data descriptor (defines __set__)."""
    def __get__(self, obj, objtype=None):
        log.append(('get', obj is None, objtype.__name__ if objtype else None))
        if obj is None:
            return self
        return obj.__dict__.get('_data', 'default')
    def __set__(self, obj, value):
        log.append(('set', value))
        obj.__dict__['_data'] = value
    def __delete__(self, obj):
        log.append(('delete',))
        obj.__dict__.pop('_data', None)

class NonData:
    """Non-data descriptor (only __get__)."""
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'nondata-on-class'
        return 'nondata-value'

class Host:
    d = Data()
    n = NonData()

h = Host()
log.clear()
assert h.d == 'default'
assert log == [('get', False, 'Host')], log
h.d = 5
assert h.d == 5 and h.__dict__ == {'_data': 5}
del h.d
assert h.d == 'default'
assert ('delete',) in log
assert isinstance(Host.d, Data), "descriptor __get__ with obj None returns itself here"
assert Host.n == 'nondata-on-class'

# data descriptor wins over the instance dict
h.__dict__['d'] = 'in dict'
assert h.d == 'default', "data descriptor takes precedence over instance __dict__"

# instance dict wins over a non-data descriptor
assert h.n == 'nondata-value'
h.n = 'instance value'        # no __set__: stored in instance dict
assert h.n == 'instance value', "instance __dict__ shadows non-data descriptor"
del h.n
assert h.n == 'nondata-value'

# descriptor with only __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__['so'] = value * 2
class H2:
    so = SetOnly()
h2 = H2()
h2.so = 3
assert h2.__dict__['so'] == 6
assert h2.so == 6, "descriptor without __get__: instance dict value is returned"

# read-only data descriptor: __set__ raising
class ReadOnly:
    def __get__(self, obj, t=None): return 42
    def __set__(self, obj, v): raise AttributeError('read-only')
class H3:
    r = ReadOnly()
h3 = H3()
assert h3.r == 42
try:
    h3.r = 1
    assert False
except AttributeError as e:
    assert str(e) == 'read-only'

# delete without __delete__ on a data descriptor
class NoDelete:
    def __get__(self, obj, t=None): return 1
    def __set__(self, obj, v): pass
class H4:
    x = NoDelete()
try:
    del H4().x
    assert False
except AttributeError as e:
    assert str(e) == '__delete__', str(e)

# functions are non-data descriptors
def f(self): return ('bound to', type(self).__name__)
class H5: pass
H5.meth = f
bound = f.__get__(H5(), H5)
assert bound() == ('bound to', 'H5')
assert f.__get__(None, H5) is f, "function.__get__(None, cls) returns the function"
inst = H5()
inst.meth = 'shadowed'
assert inst.meth == 'shadowed', "function attribute can be shadowed by instance dict"

# validated attribute pattern with __set_name__
class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, v):
        if v <= 0:
            raise ValueError(f'{self.name[1:]} must be positive')
        setattr(obj, self.name, v)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p):
        self.qty = q
        self.price = p
o = Order(2, 5)
assert (o.qty, o.price) == (2, 5)
try:
    o.qty = -1
    assert False
except ValueError as e:
    assert str(e) == 'qty must be positive'

# descriptors are looked up on the type; descriptor instances in instance dicts are not invoked
h6 = H5()
h6.__dict__['desc'] = Data()
assert isinstance(h6.desc, Data), "descriptor stored on instance is returned as-is"

# descriptor on a metaclass affects class attribute access
class MetaDesc:
    def __get__(self, cls, meta=None):
        return ('meta-desc', cls.__name__ if cls else None)
class Meta(type):
    special = MetaDesc()
class WithMeta(metaclass=Meta): pass
assert WithMeta.special == ('meta-desc', 'WithMeta')

# class-level descriptor in the class __dict__ beats metaclass non-data? (type attribute lookup)
class NDGet:
    def __get__(self, obj, t=None):
        return ('class-desc', obj, t.__name__)
class HasND:
    attr = NDGet()
assert HasND.attr == ('class-desc', None, 'HasND'), "class access calls __get__(None, cls)"

# inheritance of descriptors
class Child(Host): pass
c = Child()
c.d = 'child value'
assert c.d == 'child value'
log.clear()
Child.d
assert log == [('get', True, 'Child')], "objtype is the class accessed through"

# __get__ receives owner even when called via instance of subclass
class Owner:
    def __get__(self, obj, owner):
        return owner
class Top:
    o = Owner()
class Bottom(Top): pass
assert Bottom().o is Bottom and Top().o is Top

# property is a data descriptor implemented with the same protocol
assert hasattr(property, '__get__') and hasattr(property, '__set__') and hasattr(property, '__delete__')
assert hasattr(staticmethod, '__get__') and hasattr(classmethod, '__get__')

# the __get__ protocol via builtins: classmethod.__get__
cm = classmethod(lambda cls: cls.__name__)
assert cm.__get__(None, Host)() == 'Host'
sm = staticmethod(lambda: 's')
assert sm.__get__(None, Host)() == 's'

print("ok")
