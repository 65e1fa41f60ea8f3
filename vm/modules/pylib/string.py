"""A collection of string constants, capwords(), Template and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize, and join the
    capitalized words using join.  If the optional second argument sep is absent or None, runs of
    whitespace characters are replaced by a single space and leading and trailing whitespace are removed,
    otherwise sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------------------------------------------------
# Template: $-substitution.  The default placeholder syntax is scanned by hand ($$, $identifier,
# ${identifier}); a subclass that changes `idpattern`, `braceidpattern`, `flags` or `pattern` gets the
# regular-expression implementation.

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None        # re.IGNORECASE when the regex implementation is used
    pattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN or \
                cls.braceidpattern is not None or cls.flags is not None:
            cls._use_re = True
            cls.pattern = cls._compile_pattern()

    _use_re = False

    @classmethod
    def _compile_pattern(cls):
        import re
        pattern = cls.__dict__.get('pattern', None)
        if pattern is None or cls.__dict__.get('_compiled_default', False):
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        if isinstance(pattern, str):
            return re.compile(pattern, flags | re.VERBOSE)
        return pattern

    def __init__(self, template):
        self.template = template

    def _invalid_at(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self, lookup, safe):
        """Hand-written scanner for the default pattern."""
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        out = []
        i = 0
        start = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                break
            k = j + dl
            if t.startswith(delim, k):
                out.append(t[start:j])
                out.append(delim)
                i = start = k + dl
                continue
            if k < n and _is_id_start(t[k]) and t[k].isascii():
                e = k + 1
                while e < n and _is_id_char(t[e]) and t[e].isascii():
                    e += 1
                name = t[k:e]
                out.append(t[start:j])
                out.append(lookup(name, t[j:e]))
                i = start = e
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and _is_id_start(t[e]) and t[e].isascii():
                    e += 1
                    while e < n and _is_id_char(t[e]) and t[e].isascii():
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[k + 1:e]
                        out.append(t[start:j])
                        out.append(lookup(name, t[j:e + 1]))
                        i = start = e + 1
                        continue
            # invalid placeholder
            if not safe:
                self._invalid_at(k)
            i = k
        out.append(t[start:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        if self._use_re:
            return self._re_substitute(mapping, False)

        def lookup(name, text):
            return '%s' % (mapping[name],)
        return self._scan(lookup, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)

        if self._use_re:
            return self._re_substitute(mapping, True)

        def lookup(name, text):
            try:
                return '%s' % (mapping[name],)
            except KeyError:
                return text
        return self._scan(lookup, True)

    def _re_substitute(self, mapping, safe):
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                if safe:
                    try:
                        return str(mapping[named])
                    except KeyError:
                        return mo.group()
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid_at(mo.start('invalid'))
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        if self._use_re:
            for mo in self.pattern.finditer(self.template):
                if mo.group('invalid') is not None:
                    return False
                if (mo.group('named') is None and mo.group('braced') is None
                        and mo.group('escaped') is None):
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return True
        try:
            self._scan(lambda name, text: '', False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        ids = []
        if self._use_re:
            for mo in self.pattern.finditer(self.template):
                named = mo.group('named') or mo.group('braced')
                if named is not None and named not in ids:
                    ids.append(named)
                elif (named is None and mo.group('invalid') is None
                      and mo.group('escaped') is None):
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return ids

        def lookup(name, text):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids


class _ChainLookup:
    __slots__ = ('_first', '_second')

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


# ---------------------------------------------------------------------------------------------------------
# Formatter: the str.format machinery as overridable methods.

def _parse_format(s):
    """Yields (literal_text, field_name, format_spec, conversion) like _string.formatter_parser."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # a replacement field: find the matching '}' (nested braces only in the spec)
            j = i + 1
            depth = 1
            field_end = -1
            while j < n:
                cj = s[j]
                if cj == '{':
                    depth += 1
                elif cj == '}':
                    depth -= 1
                    if depth == 0:
                        field_end = j
                        break
                elif cj == '[' and depth == 1:
                    k = s.find(']', j)
                    if k < 0:
                        break
                    j = k
                j += 1
            if field_end < 0:
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:field_end]
            name, conv, spec = _split_field(field)
            yield ''.join(literal), name, spec, conv
            literal = []
            i = field_end + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    # field_name[!conversion][:format_spec]; brackets in the name may contain ':' or '!'
    i = 0
    n = len(field)
    while i < n:
        c = field[i]
        if c == '[':
            k = field.find(']', i)
            if k < 0:
                break
            i = k + 1
            continue
        if c == '!' or c == ':':
            break
        i += 1
    name = field[:i]
    conv = None
    spec = ''
    if i < n and field[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = field[i + 1]
        i += 2
        if i < n and field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ':':
        spec = field[i + 1:]
    return name, conv, spec


def _split_field_name(name):
    """first, [(is_attr, key), ...] like _string.formatter_field_name_split."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format() machinery, with overridable hooks."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            if literal_text:
                result.append(literal_text)

            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False

                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec, conversion)."""
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
