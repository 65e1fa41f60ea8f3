# traceback: format_exc, format_exception(_only), print_exc/print_exception to a file
import traceback
import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError as e:
    text = traceback.format_exc()
    lines = traceback.format_exception(e)
    only = traceback.format_exception_only(e)
    legacy = traceback.format_exception(type(e), e, e.__traceback__)
    sink = Sink()
    traceback.print_exc(file=sink)
    sink2 = Sink()
    traceback.print_exception(e, file=sink2)
assert text.startswith('Traceback (most recent call last):\n') and text.endswith('ValueError: bad value\n')
assert 'in fail' in text
assert ''.join(lines) == text and ''.join(legacy) == text and all(l.endswith('\n') for l in lines)
assert only == ['ValueError: bad value\n']
assert sink.text() == text and sink2.text() == text
assert traceback.format_exception_only(KeyError('k')) == ["KeyError: 'k'\n"]
assert traceback.format_exception_only(RuntimeError()) == ['RuntimeError\n']

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise KeyError('outer') from inner
except KeyError as e:
    chained = ''.join(traceback.format_exception(e))
assert 'ZeroDivisionError: division by zero' in chained
assert 'The above exception was the direct cause of the following exception:' in chained
assert chained.rstrip().endswith("KeyError: 'outer'")
assert traceback.format_exc() == 'NoneType: None\n'
te = traceback.TracebackException.from_exception(ValueError('x'))
assert list(te.format_exception_only()) == ['ValueError: x\n'] and str(te) == 'x'
