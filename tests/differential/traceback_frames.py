# traceback objects and the traceback module's frame summaries: tb_frame.f_code names, line numbers, source lines
import traceback


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


class Thing:
    def method(self):
        return middle(0)


try:
    Thing().method()
except ZeroDivisionError as e:
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename.rsplit('/', 1)[-1], fs.lineno, fs.name, repr(fs.line))
    print(len(traceback.extract_tb(tb, limit=2)))
    for frame, lineno in traceback.walk_tb(tb):
        print(type(frame).__name__, frame.f_code.co_name, type(lineno).__name__, type(frame.f_code).__name__)
    # 3.11 adds ^^^ position lines after each entry's source line: compare the first two lines of each
    print([entry.splitlines()[:2][-1].strip() for entry in traceback.format_tb(tb)])
    print([entry.splitlines()[0].split(', ', 1)[1] for entry in traceback.format_tb(tb)])
    t = tb
    while t.tb_next is not None:
        t = t.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_lineno)
