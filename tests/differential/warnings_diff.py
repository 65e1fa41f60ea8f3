# warnings: recorded warnings, filters and formatting compared with CPython (stderr is not compared)
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(UserWarning('instance'))
    warnings.warn('future', FutureWarning)
print([(str(x.message), x.category.__name__) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('same')
    warnings.warn('other')
print(len(w), [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    warnings.filterwarnings('always', message='keep')
    warnings.warn('keep this')
    warnings.warn('drop', DeprecationWarning)
print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
print(warnings.formatwarning('message', UserWarning, 'prog.py', 42), end='')
print(warnings.formatwarning('m', DeprecationWarning, 'x.py', 1, '  line  '), end='')
for bad in [lambda: warnings.simplefilter('nope'), lambda: warnings.warn('x', str)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
warnings.warn('goes to stderr only')
print('done')
