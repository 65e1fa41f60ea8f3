# PEP 562: module __getattr__ and __dir__, through attribute access, getattr/hasattr, from-import and dir()
import _modgetattr as m

print(m.present, m.lazy_table, m.lazy_table)
print(m._calls)  # lazy_table asked for once: after that it is a global
print(m.old_name, getattr(m, 'old_name'), hasattr(m, 'old_name'))
print(hasattr(m, 'missing'), getattr(m, 'missing', 'default'))
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    m.boom
except KeyError as e:
    print('KeyError:', e)
try:
    hasattr(m, 'boom')
except KeyError as e:
    print('hasattr lets other errors through:', e)

from _modgetattr import old_name, lazy_table
print(old_name, lazy_table)
try:
    from _modgetattr import missing
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])

print(dir(m))
import types
plain = types.ModuleType('plain')
plain.x = 1
print(dir(plain))
print(sorted(k for k in vars(m) if not k.startswith('__')))
