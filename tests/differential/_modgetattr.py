# a module with PEP 562 hooks: lazy and deprecated names through __getattr__, a custom __dir__
import warnings

_calls = []
present = 'here'


def __getattr__(name):
    _calls.append(name)
    if name == 'lazy_table':
        value = [i * i for i in range(5)]
        globals()['lazy_table'] = value  # computed once, then a plain global
        return value
    if name == 'old_name':
        return 'renamed value'
    if name == 'boom':
        raise KeyError('not an AttributeError')
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ['present', 'lazy_table', 'old_name']
