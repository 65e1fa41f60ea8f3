# inspect: predicates, getmembers, signature/Parameter/bind, getdoc/cleandoc
import inspect
from inspect import Parameter, Signature, signature
import functools


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


def plain(a, b=1, *args, c, d=2, **kw):
    """Doc line.

        Indented more.
    Back.
    """
    return a


def gen():
    yield 1


class K:
    """Class doc."""
    attr = 5

    def method(self, x, y=2):
        return x

    @classmethod
    def cm(cls, z):
        return z

    @staticmethod
    def sm(q, /, r):
        return q

    @property
    def prop(self):
        return 1


k = K()
assert inspect.isfunction(plain) and not inspect.isfunction(len) and not inspect.isfunction(k.method)
assert inspect.ismethod(k.method) and inspect.ismethod(K.cm) and not inspect.ismethod(plain)
assert inspect.isclass(K) and not inspect.isclass(k) and inspect.ismodule(inspect) and not inspect.ismodule(K)
assert inspect.isgeneratorfunction(gen) and not inspect.isgeneratorfunction(plain) and inspect.isgenerator(gen())
assert inspect.isbuiltin(len) and not inspect.isbuiltin(plain)
assert inspect.isroutine(plain) and inspect.isroutine(len) and inspect.isroutine(k.method) and not inspect.isroutine(5)
assert not inspect.iscoroutinefunction(plain) and inspect.iscode(plain.__code__)
assert inspect.isdatadescriptor(K.__dict__['prop']) and not inspect.isdatadescriptor(5)

assert str(signature(plain)) == '(a, b=1, *args, c, d=2, **kw)'
assert str(signature(k.method)) == '(x, y=2)' and str(signature(K.method)) == '(self, x, y=2)'
assert str(signature(K.cm)) == '(z)' and str(signature(K.sm)) == '(q, /, r)'
assert str(signature(lambda: 0)) == '()' and str(signature(lambda x, *, y: 0)) == '(x, *, y)'


def annotated(x: int, y: 'str' = 'a', *, z: list = None) -> bool:
    return True


assert str(signature(annotated)) == "(x: int, y: 'str' = 'a', *, z: list = None) -> bool"
sig = signature(plain)
params = sig.parameters
assert list(params) == ['a', 'b', 'args', 'c', 'd', 'kw']
assert params['a'].kind is Parameter.POSITIONAL_OR_KEYWORD and params['args'].kind is Parameter.VAR_POSITIONAL
assert params['c'].kind is Parameter.KEYWORD_ONLY and params['kw'].kind is Parameter.VAR_KEYWORD
assert params['a'].default is Parameter.empty and params['b'].default == 1 and params['d'].default == 2
assert sig.return_annotation is Signature.empty and signature(annotated).return_annotation is bool
assert str(params['b']) == 'b=1' and repr(params['b']) == '<Parameter "b=1">'
assert params['a'].kind == 1 and str(Parameter.KEYWORD_ONLY) == 'KEYWORD_ONLY'
assert Parameter.VAR_KEYWORD.description == 'variadic keyword'


class Init:
    def __init__(self, a, b=2):
        pass


class Call:
    def __call__(self, x, *, y=0):
        pass


assert str(signature(Init)) == '(a, b=2)' and str(signature(Call())) == '(x, *, y=0)'
assert str(signature(functools.partial(plain, 1, c=3))) == '(b=1, *args, c=3, d=2, **kw)'


@functools.wraps(plain)
def wrapper(*a, **k):
    return plain(*a, **k)


assert str(signature(wrapper)) == '(a, b=1, *args, c, d=2, **kw)'
assert raises(TypeError, signature, 5) == '5 is not a callable object'

ba = sig.bind(1, 2, 3, c=4, e=5)
assert ba.arguments == {'a': 1, 'b': 2, 'args': (3,), 'c': 4, 'kw': {'e': 5}}
assert ba.args == (1, 2, 3) and ba.kwargs == {'c': 4, 'e': 5}
ba2 = sig.bind(1, c=0)
ba2.apply_defaults()
assert ba2.arguments == {'a': 1, 'b': 1, 'args': (), 'c': 0, 'd': 2, 'kw': {}}
assert raises(TypeError, sig.bind, 1) == "missing a required argument: 'c'"
assert raises(TypeError, signature(lambda a: 0).bind, 1, 2) == 'too many positional arguments'
assert raises(TypeError, signature(lambda a: 0).bind, b=1) == "missing a required argument: 'a'"
assert sig.bind_partial(1).arguments == {'a': 1}
custom = Signature([Parameter('x', Parameter.POSITIONAL_ONLY), Parameter('y', Parameter.KEYWORD_ONLY, default=3)])
assert str(custom) == '(x, /, *, y=3)'
assert raises(ValueError, Signature, [Parameter('x', Parameter.KEYWORD_ONLY), Parameter('y', Parameter.POSITIONAL_ONLY)])
assert sig == signature(plain) and sig != signature(annotated)
assert str(sig.replace(return_annotation=int)) == '(a, b=1, *args, c, d=2, **kw) -> int'

assert inspect.getdoc(plain) == 'Doc line.\n\n    Indented more.\nBack.'
assert inspect.cleandoc('  first\n    second\n      third\n') == 'first\nsecond\n  third'
assert inspect.getdoc(K) == 'Class doc.' and inspect.getdoc(k) == 'Class doc.'
members = dict(inspect.getmembers(K))
assert members['attr'] == 5 and 'method' in members and '__init__' in members
assert [n for n, v in inspect.getmembers(K, inspect.isfunction)] == ['method', 'sm']
assert inspect.getmro(bool) == (bool, int, object) and inspect.unwrap(wrapper) is plain
assert inspect.getfullargspec(plain).args == ['a', 'b'] and inspect.getfullargspec(plain).kwonlyargs == ['c', 'd']
assert inspect.getcallargs(plain, 1, c=2) == {'a': 1, 'b': 1, 'args': (), 'c': 2, 'd': 2, 'kw': {}}
assert inspect.getmodule(K) is inspect.getmodule(plain)
