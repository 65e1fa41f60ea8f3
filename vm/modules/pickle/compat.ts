// The Python 2 <-> 3 name mappings pickle applies for protocols 0-2 (CPython's Lib/_compat_pickle.py, restricted
// to modules this interpreter may have).

const EXCEPTIONS = [
  'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError', 'BytesWarning',
  'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
  'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'KeyError',
  'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
  'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError', 'RuntimeWarning',
  'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError',
  'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError',
  'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError',
];
const OSERROR_SUBCLASSES = [
  'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError',
  'ConnectionResetError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'IsADirectoryError',
  'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError',
];

/** (py2 module, name) -> (py3 module, name), used when loading protocol 0-2 pickles. */
export const NAME_MAPPING = new Map<string, [string, string]>([
  ['__builtin__\nxrange', ['builtins', 'range']],
  ['__builtin__\nunichr', ['builtins', 'chr']],
  ['__builtin__\nunicode', ['builtins', 'str']],
  ['__builtin__\nlong', ['builtins', 'int']],
  ['__builtin__\nbasestring', ['builtins', 'str']],
  ['__builtin__\nreduce', ['functools', 'reduce']],
  ['__builtin__\nintern', ['sys', 'intern']],
  ['itertools\nizip', ['builtins', 'zip']],
  ['itertools\nifilterfalse', ['itertools', 'filterfalse']],
  ['itertools\nizip_longest', ['itertools', 'zip_longest']],
  ['UserDict\nIterableUserDict', ['collections', 'UserDict']],
  ['UserDict\nUserDict', ['collections', 'UserDict']],
  ['UserList\nUserList', ['collections', 'UserList']],
  ['UserString\nUserString', ['collections', 'UserString']],
  ['itertools\nimap', ['builtins', 'map']],
  ['itertools\nifilter', ['builtins', 'filter']],
  ['exceptions\nStandardError', ['builtins', 'Exception']],
  ...EXCEPTIONS.map((n): [string, [string, string]] => [`exceptions\n${n}`, ['builtins', n]]),
]);

/** py2 module -> py3 module. */
export const IMPORT_MAPPING = new Map<string, string>([
  ['__builtin__', 'builtins'],
  ['copy_reg', 'copyreg'],
  ['Queue', 'queue'],
  ['thread', '_thread'],
  ['cPickle', 'pickle'],
  ['UserDict', 'collections'],
  ['UserList', 'collections'],
  ['UserString', 'collections'],
  ['StringIO', 'io'],
  ['cStringIO', 'io'],
]);

/** (py3 module, name) -> (py2 module, name), used when writing protocols 0-2 (fix_imports). */
export const REVERSE_NAME_MAPPING = new Map<string, [string, string]>([
  ['builtins\nrange', ['__builtin__', 'xrange']],
  ['functools\nreduce', ['__builtin__', 'reduce']],
  ['sys\nintern', ['__builtin__', 'intern']],
  ['builtins\nchr', ['__builtin__', 'unichr']],
  ['builtins\nstr', ['__builtin__', 'unicode']],
  ['builtins\nint', ['__builtin__', 'long']],
  ['builtins\nzip', ['itertools', 'izip']],
  ['builtins\nmap', ['itertools', 'imap']],
  ['builtins\nfilter', ['itertools', 'ifilter']],
  ['_functools\nreduce', ['__builtin__', 'reduce']],
  ['itertools\nfilterfalse', ['itertools', 'ifilterfalse']],
  ['itertools\nzip_longest', ['itertools', 'izip_longest']],
  ['collections\nUserDict', ['UserDict', 'IterableUserDict']],
  ['collections\nUserList', ['UserList', 'UserList']],
  ['collections\nUserString', ['UserString', 'UserString']],
  ...EXCEPTIONS.map((n): [string, [string, string]] => [`builtins\n${n}`, ['exceptions', n]]),
  ...OSERROR_SUBCLASSES.map((n): [string, [string, string]] => [`builtins\n${n}`, ['exceptions', 'OSError']]),
  ['builtins\nModuleNotFoundError', ['exceptions', 'ImportError']],
]);

/** py3 module -> py2 module. */
export const REVERSE_IMPORT_MAPPING = new Map<string, string>([
  ['builtins', '__builtin__'],
  ['copyreg', 'copy_reg'],
  ['queue', 'Queue'],
  ['_thread', 'thread'],
  ['_functools', 'functools'],
  ['_pickle', 'pickle'],
]);
