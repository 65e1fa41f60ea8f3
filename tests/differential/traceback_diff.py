# traceback: the exception-only parts and chaining markers compared with CPython
import traceback


def boom():
    raise ValueError('bad')


try:
    boom()
except ValueError as e:
    text = traceback.format_exc()
    print(text.splitlines()[0], '|', text.splitlines()[-1])
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    print(len(traceback.format_exception(e)) > 1, ''.join(traceback.format_exception(e)) == text)
for exc in [KeyError('key'), OSError(2, 'No such file'), RuntimeError(), Exception('a', 'b'), StopIteration(5)]:
    print(traceback.format_exception_only(exc))
try:
    try:
        {}['missing']
    except KeyError:
        raise TypeError('during')
except TypeError as e:
    lines = ''.join(traceback.format_exception(e)).splitlines()
    print([l for l in lines if not l.startswith(' ')])
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise LookupError('caused') from z
except LookupError as e:
    lines = ''.join(traceback.format_exception(e)).splitlines()
    print([l for l in lines if not l.startswith(' ')])
print(traceback.format_exc())
