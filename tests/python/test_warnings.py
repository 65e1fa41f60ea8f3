# warnings: warn, filters (simplefilter/filterwarnings), catch_warnings(record=True), formatwarning
import warnings


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('third'))
assert len(w) == 3
assert str(w[0].message) == 'first' and w[0].category is UserWarning and isinstance(w[0].message, UserWarning)
assert w[1].category is DeprecationWarning and w[2].category is RuntimeWarning and str(w[2].message) == 'third'
assert isinstance(w[0].lineno, int) and isinstance(w[0].filename, str)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')
assert len(w) == 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
assert w == []

with warnings.catch_warnings():
    warnings.simplefilter('error')
    assert raises(UserWarning, warnings.warn, 'now an error') == 'now an error'
    assert raises(DeprecationWarning, warnings.warn, 'dep', DeprecationWarning) == 'dep'

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.filterwarnings('error', category=FutureWarning)
    warnings.warn('skip me')
    warnings.warn('keep me')
    assert raises(FutureWarning, warnings.warn, 'future', FutureWarning) == 'future'
assert [str(x.message) for x in w] == ['keep me']

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    assert warnings.filters != before
assert warnings.filters == before

assert raises(AssertionError, warnings.simplefilter, 'bogus') == "invalid action: 'bogus'"
assert raises(TypeError, warnings.warn, 'x', int) == "category must be a Warning subclass, not 'type'"
assert warnings.formatwarning('msg', UserWarning, 'file.py', 10) == 'file.py:10: UserWarning: msg\n'
assert warnings.formatwarning('msg', DeprecationWarning, 'f.py', 3, line='  code()  ') == 'f.py:3: DeprecationWarning: msg\n  code()\n'

shown = []
with warnings.catch_warnings():
    warnings.simplefilter('always')
    old = warnings.showwarning
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append((str(message), category))
    warnings.warn('custom', UserWarning)
    warnings.showwarning = old
assert shown == [('custom', UserWarning)]
warnings.resetwarnings()
assert warnings.filters == []
