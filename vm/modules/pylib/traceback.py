"""Extract, format and print information about Python stack traces (built on the runtime's _pkpy_tb)."""

import sys

try:
    import _pkpy_tb
except ImportError:
    _pkpy_tb = None

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _lines(text):
    return text.splitlines(keepends=True)


def _exc_from(exc, value, tb):
    """The 3.10+ calling convention: format_exception(exc) or format_exception(type, value, tb)."""
    if value is _sentinel:
        return exc
    if value is None and exc is not None and not isinstance(exc, BaseException):
        return None
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information.

    Returns a list of strings, each ending in a newline; joined they are what print_exception() prints.
    """
    e = _exc_from(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    if _pkpy_tb is None:
        return _fallback_format_exception(e)
    return _lines(_pkpy_tb.format_exception(e))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list of strings ending in newlines (normally one)."""
    if value is _sentinel:
        e = exc
    else:
        e = value
    if e is None:
        return ['NoneType: None\n']
    if _pkpy_tb is None:
        return _fallback_format_exception_only(e)
    return _lines(_pkpy_tb.format_exception_only(e))


def _fallback_format_exception_only(e):
    # used only when the runtime lacks the native _pkpy_tb helper
    etype = type(e)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    try:
        value = str(e)
    except Exception:
        value = '<exception str() failed>'
    lines = [f'{stype}: {value}\n' if value else f'{stype}\n']
    for note in getattr(e, '__notes__', None) or ():
        lines.append(f'{note}\n')
    return lines


def _fallback_format_exception(e, _seen=None):
    if _seen is None:
        _seen = set()
    _seen.add(id(e))
    out = []
    cause = e.__cause__
    context = e.__context__
    if cause is not None and id(cause) not in _seen:
        out += _fallback_format_exception(cause, _seen)
        out.append('\nThe above exception was the direct cause of the following exception:\n\n')
    elif context is not None and not e.__suppress_context__ and id(context) not in _seen:
        out += _fallback_format_exception(context, _seen)
        out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    if e.__traceback__ is not None:
        out.append('Traceback (most recent call last):\n')
        tb = e.__traceback__
        while tb is not None:
            frame = getattr(tb, 'tb_frame', None)
            code = getattr(frame, 'f_code', None)
            out.append('  File "%s", line %s, in %s\n' % (getattr(code, 'co_filename', '<unknown>'),
                                                         getattr(tb, 'tb_lineno', '?'),
                                                         getattr(code, 'co_name', '<module>')))
            tb = getattr(tb, 'tb_next', None)
    out += _fallback_format_exception_only(e)
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception information and stack trace entries to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit,
    file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))' (frames are not inspectable here: empty)."""
    return format_list(extract_tb(tb, limit=limit))


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        print(line, file=file, end="")


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for frame in self:
            row = ['  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)]
            if frame.line:
                row.append('    {}\n'.format(frame.line))
            result.append(''.join(row))
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary of the traceback: file, line number, function name and source line per entry."""
    result = StackSummary()
    while tb is not None and (limit is None or len(result) < limit):
        lineno = tb.tb_lineno
        code = tb.tb_frame.f_code
        line = _pkpy_tb.source_line(code.co_filename, lineno) if _pkpy_tb is not None else None
        result.append(FrameSummary(code.co_filename, lineno, code.co_name, line=line))
        tb = tb.tb_next
    return result


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame (not available here: empty)."""
    return StackSummary()


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack() as a formatted stack trace
    to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    print_list(extract_stack(f, limit=limit), file=file)


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame (nothing here)."""
    return iter(())


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield getattr(tb, 'tb_frame', None), getattr(tb, 'tb_lineno', None)
        tb = getattr(tb, 'tb_next', None)


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    pass


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else ''
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__notes__ = getattr(exc_value, '__notes__', None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            return iter(['NoneType: None\n'])
        return iter(format_exception_only(self._exc))

    def format(self, *, chain=True):
        if self._exc is None:
            return iter(['NoneType: None\n'])
        return iter(format_exception(self._exc, chain=chain))

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
