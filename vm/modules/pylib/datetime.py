"""Concrete date/time and related types: date, time, datetime, timedelta, tzinfo, timezone.

Local time is the host's time zone, read through the time module (time.localtime), as in CPython:
fromtimestamp()/now()/today() without a tz give local wall-clock time (with fold=1 for the second of two
equal wall times), naive datetimes are local time for timestamp()/astimezone(), and astimezone() with no
argument gives a fixed-offset timezone named like the zone's abbreviation (e.g. 'EST').
"""

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

import sys as _sys

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """ordinal -> (year, month, day), considering 01-Jan-0001 as day 1."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _tname(obj):
    """The type name CPython's C types report: 'datetime.date' for the base classes."""
    t = type(obj)
    if t in _BASE_TYPES:
        return 'datetime.' + t.__name__
    return t.__name__


_PLAIN = (int, float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None))
_NUMLIKE = (int, float, complex, type(None))


def _binop_error(op, a, b, kinds=_PLAIN):
    """Raise CPython's message (with 'datetime.X' type names) for a plain built-in operand."""
    if isinstance(b if type(a).__module__ == 'datetime' else a, kinds):
        raise TypeError(f"unsupported operand type(s) for {op}: '{_tname(a)}' and '{_tname(b)}'")
    return NotImplemented


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_tname(x), _tname(y)))


def _index(value, what='integer'):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError(f"'float' object cannot be interpreted as an integer")
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None "
                        "or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))


def _divide_and_round(a, b):
    """divide a by b and round result to the nearest integer (half to even)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _c_round(x):
    """C's round(): half away from zero."""
    r = float(int(x))
    d = x - r
    if d >= 0.5:
        r += 1.0
    elif d <= -0.5:
        r -= 1.0
    return r


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}'
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    else:
        return fmt.format(hh, mm, ss, us)


def _format_offset(off, sep=':'):
    s = ''
    if off is not None:
        if off.days < 0:
            sign = "-"
            off = -off
        else:
            sign = "+"
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s += "%s%02d%s%02d" % (sign, hh, sep, mm)
        if ss or ss.microseconds:
            s += "%s%02d" % (sep, ss.seconds)
            if ss.microseconds:
                s += '.%06d' % ss.microseconds
    return s


# ---------------------------------------------------------------------------------------------------------
# strftime / strptime

def _wrap_strftime(obj, fmt, timetuple):
    """strftime for date/datetime/time; timetuple = (y, m, d, H, M, S, wday, yday) with wday Monday=0."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    y, mo, d, hh, mi, ss, wd, yd = timetuple
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%':
            j = fmt.find('%', i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        if i + 1 >= n:
            out.append('%')
            break
        c = fmt[i + 1]
        i += 2
        if c == 'Y':
            out.append(str(y))
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'j':
            out.append('%03d' % yd)
        elif c == 'a':
            out.append(_DAYNAMES[wd + 1])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wd + 1])
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[mo])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[mo])
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif c == 'l':
            out.append('%2d' % (hh % 12 or 12))
        elif c == 'k':
            out.append('%2d' % hh)
        elif c == 'e':
            out.append('%2d' % d)
        elif c == 'w':
            out.append(str((wd + 1) % 7))
        elif c == 'u':
            out.append(str(wd + 1))
        elif c == 'U':
            out.append('%02d' % ((yd - 1 + 7 - (wd + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yd - 1 + 7 - wd) // 7))
        elif c == 'G' or c == 'V' or c == 'g':
            iy, iw, _ = _iso_calendar(y, mo, d)
            if c == 'G':
                out.append(str(iy))
            elif c == 'g':
                out.append('%02d' % (iy % 100))
            else:
                out.append('%02d' % iw)
        elif c == 'C':
            out.append('%02d' % (y // 100))
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, sep='') if off is not None else '')
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name if name else '')
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd + 1], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif c == 'x' or c == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif c == 'X' or c == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif c == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif c == 'r':
            out.append('%02d:%02d:%02d %s' % (hh % 12 or 12, mi, ss, 'AM' if hh < 12 else 'PM'))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


def _iso_calendar(year, month, day):
    week1monday = _isoweek1monday(year)
    today = _ymd2ord(year, month, day)
    week, day = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, day = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _strptime(data_string, format):
    """A small strptime: %Y %m %d %H %M %S %f %y %j %b %B %a %A %p %I %z %Z %% and literal text."""
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    s = data_string
    pos = 0
    year = 1900
    month = day = 1
    hour = minute = second = micro = 0
    yday = None
    ampm = None
    tz = None
    i = 0
    n = len(format)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data_string, format))

    def num(maxlen, minlen=1):
        nonlocal pos
        j = pos
        while j < len(s) and j - pos < maxlen and s[j].isdigit():
            j += 1
        if j - pos < minlen:
            fail()
        v = int(s[pos:j])
        pos = j
        return v

    def name(options):
        nonlocal pos
        low = s[pos:].lower()
        best = None
        for idx, opt in enumerate(options):
            if opt and low.startswith(opt.lower()) and (best is None or len(opt) > len(options[best])):
                best = idx
        if best is None:
            fail()
        pos += len(options[best])
        return best

    while i < n:
        c = format[i]
        if c == '%' and i + 1 < n:
            d = format[i + 1]
            i += 2
            if d == 'Y':
                year = num(4)
            elif d == 'y':
                v = num(2)
                year = v + (2000 if v < 69 else 1900)
            elif d == 'm':
                month = num(2)
            elif d == 'd':
                day = num(2)
            elif d == 'H':
                hour = num(2)
            elif d == 'I':
                hour = num(2)
            elif d == 'M':
                minute = num(2)
            elif d == 'S':
                second = num(2)
            elif d == 'f':
                start = pos
                v = num(6)
                digits = pos - start
                micro = v * 10 ** (6 - digits)
            elif d == 'j':
                yday = num(3)
            elif d == 'b' or d == 'h':
                month = name(_MONTHNAMES[1:]) + 1
            elif d == 'B':
                month = name(_FULLMONTHNAMES[1:]) + 1
            elif d == 'a':
                name(_DAYNAMES[1:])
            elif d == 'A':
                name(_FULLDAYNAMES[1:])
            elif d == 'p':
                ampm = name(['AM', 'PM'])
            elif d == 'z':
                if s[pos:pos + 1] == 'Z':
                    pos += 1
                    tz = timezone.utc
                else:
                    sign = s[pos:pos + 1]
                    if sign not in ('+', '-'):
                        fail()
                    pos += 1
                    hh = num(2, 2)
                    if s[pos:pos + 1] == ':':
                        pos += 1
                    mm = num(2, 2)
                    ss_ = 0
                    if s[pos:pos + 1] == ':' or (pos < len(s) and s[pos].isdigit()):
                        if s[pos:pos + 1] == ':':
                            pos += 1
                        ss_ = num(2, 2)
                    off = timedelta(hours=hh, minutes=mm, seconds=ss_)
                    tz = timezone(-off if sign == '-' else off)
            elif d == 'Z':
                for cand in ('UTC', 'GMT'):
                    if s.startswith(cand, pos):
                        pos += len(cand)
                        break
                else:
                    fail()
            elif d == '%':
                if s[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif c.isspace():
            i += 1
            while pos < len(s) and s[pos].isspace():
                pos += 1
        else:
            if s[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos != len(s):
        raise ValueError("unconverted data remains: %s" % s[pos:])
    if ampm is not None:
        if ampm == 1 and hour != 12:
            hour += 12
        elif ampm == 0 and hour == 12:
            hour = 0
    if yday is not None:
        o = _ymd2ord(year, 1, 1) + yday - 1
        year, month, day = _ord2ymd(o)
    return year, month, day, hour, minute, second, micro, tz


# ---------------------------------------------------------------------------------------------------------
# timedelta

_US_PER_UNIT = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000), ('minutes', 60000000),
                ('hours', 3600000000), ('days', 86400000000), ('weeks', 604800000000))


class timedelta:
    """Represent the difference between two datetime objects.

    Supported operators: add, subtract timedelta; unary plus, minus, abs; compare to timedelta; multiply,
    divide by int/float.
    """
    __slots__ = '_days', '_seconds', '_microseconds', '_hashcode'

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0):
        values = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                  'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours, 'weeks': weeks}
        total = 0
        leftover = 0.0
        for tag, factor in _US_PER_UNIT:
            num = values[tag]
            if type(num) is int:
                if num:
                    total += num * factor
            elif isinstance(num, float):
                intpart = float(int(num))
                fracpart = num - intpart
                total += int(intpart) * factor
                if fracpart == 0.0:
                    continue
                dnum = float(factor) * fracpart
                ip = float(int(dnum))
                total += int(ip)
                leftover += dnum - ip
            elif isinstance(num, int):
                total += int(num) * factor
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (tag, type(num).__name__))
        if leftover:
            whole = _c_round(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        s, us = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        name = 'datetime.timedelta' if type(self) is timedelta else type(self).__name__
        return "%s(%s)" % (name, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            def plural(n):
                return n, abs(n) != 1 and "s" or ""
            s = ("%d day%s, " % plural(self._days)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return ((self.days * 86400 + self.seconds) * 10 ** 6 +
                self.microseconds) / 10 ** 6

    @property
    def days(self):
        """days"""
        return self._days

    @property
    def seconds(self):
        """seconds"""
        return self._seconds

    @property
    def microseconds(self):
        """microseconds"""
        return self._microseconds

    def _to_microseconds(self):
        return ((self._days * (24 * 3600) + self._seconds) * 1000000 +
                self._microseconds)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return _binop_error('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return _binop_error('-', other, self)

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        if self._days < 0:
            return -self
        else:
            return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            usec = self._to_microseconds()
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_and_round(usec * a, b))
        return _binop_error('*', self, other, _NUMLIKE)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        return _binop_error('*', other, self, _NUMLIKE)

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return _binop_error('//', self, other, _NUMLIKE)
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            o = other._to_microseconds()
            if o == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return usec // o
        if other == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return _binop_error('/', self, other, _NUMLIKE)
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            o = other._to_microseconds()
            if o == 0:
                raise ZeroDivisionError('division by zero')
            return usec / o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return timedelta._from_microseconds(_divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._to_microseconds()
            if o == 0:
                raise ZeroDivisionError('integer modulo by zero')
            r = self._to_microseconds() % o
            return timedelta._from_microseconds(r)
        return _binop_error('%', self, other, _NUMLIKE)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._to_microseconds()
            if o == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_microseconds(), o)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or
                self._seconds != 0 or
                self._microseconds != 0)

    def __reduce__(self):
        return (self.__class__, self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------------------------------------
# date

class date:
    """Concrete date type.

    Constructors: __new__(), fromtimestamp(), today(), fromordinal(), fromisoformat(), fromisocalendar()
    """
    __slots__ = '_year', '_month', '_day', '_hashcode'

    def __new__(cls, year, month=None, day=None):
        if month is None or day is None:
            _missing_date_args(year, month, day)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        import time as _time
        if t is None:  # time.localtime(None) would mean "now"
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Construct a date from time.time()."
        import time as _time
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_isoweek_to_gregorian(year, week, day))

    def __repr__(self):
        name = 'datetime.date' if type(self) is date else type(self).__name__
        return "%s(%d, %d, %d)" % (name, self._year, self._month, self._day)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[weekday],
            _MONTHNAMES[self._month],
            self._day, self._year)

    def _tt(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def strftime(self, fmt):
        "Format using strftime()."
        return _wrap_strftime(self, fmt, self._tt())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: 'YYYY-MM-DD'."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                             _days_before_month(self._year, self._month) + self._day, -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day (January 1 of year 1 is 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def _cmp(self, other):
        y, m, d = self._year, self._month, self._day
        y2, m2, d2 = other._year, other._month, other._day
        a = (y, m, d)
        b = (y2, m2, d2)
        return 0 if a == b else 1 if a > b else -1

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        "Add a date to a timedelta."
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return _binop_error('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop_error('+', other, self)

    def __sub__(self, other):
        """Subtract two dates, or a date and a timedelta."""
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days1 = self.toordinal()
            days2 = other.toordinal()
            return timedelta(days1 - days2)
        return _binop_error('-', self, other)

    def __rsub__(self, other):
        return _binop_error('-', other, self)

    def weekday(self):
        "Return day of the week, where Monday == 0 ... Sunday == 6."
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return day of the week, where Monday == 1 ... Sunday == 7."
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


def _missing_date_args(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    raise TypeError("function missing required argument 'day' (pos 3)")


class _IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'datetime.IsoCalendarDate'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _struct_time(t):
    try:
        import time as _time
        return _time.struct_time(t)
    except Exception:
        return tuple(t)


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if (first_weekday == 4 or (first_weekday == 3 and _is_leap(year))):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _isoweek1monday(year)
    ord_day = day_1 + day_offset
    return _ord2ymd(ord_day)


def _parse_isoformat_date(dtstr):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD
    n = len(dtstr)
    if n < 7 or not dtstr[:4].isdigit():
        raise ValueError('Invalid date')
    year = int(dtstr[:4])
    has_sep = dtstr[4] == '-'
    pos = 5 if has_sep else 4
    if dtstr[pos:pos + 1] == 'W':
        pos += 1
        weekno = dtstr[pos:pos + 2]
        if len(weekno) != 2 or not weekno.isdigit():
            raise ValueError('Invalid week')
        pos += 2
        dayno = 1
        if pos < n:
            if (dtstr[pos] == '-') != has_sep:
                raise ValueError('Inconsistent use of dash separator')
            pos += has_sep
            d = dtstr[pos:pos + 1]
            if not d.isdigit():
                raise ValueError('Invalid weekday')
            dayno = int(d)
            pos += 1
        if pos != n:
            raise ValueError('Invalid date')
        return list(_isoweek_to_gregorian(year, int(weekno), dayno))
    mm = dtstr[pos:pos + 2]
    if len(mm) != 2 or not mm.isdigit():
        raise ValueError('Invalid month')
    pos += 2
    if has_sep:
        if dtstr[pos:pos + 1] != '-':
            raise ValueError('Invalid date separator')
        pos += 1
    dd = dtstr[pos:pos + 2]
    if len(dd) != 2 or not dd.isdigit():
        raise ValueError('Invalid day')
    pos += 2
    if pos != n:
        raise ValueError('Invalid date')
    return [year, int(mm), int(dd)]


def _parse_hh_mm_ss_ff(tstr):
    # HH[:?MM[:?SS[{.,}fff[fff]]]]
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError("Incomplete time component")
        part = tstr[pos:pos + 2]
        if not part.isdigit():
            raise ValueError("Invalid time component")
        time_comps[comp] = int(part)
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in '.,':
            raise ValueError("Invalid microsecond component")
        else:
            pos += 1
            len_remainder = len_str - pos
            if len_remainder >= 6:
                to_parse = 6
            else:
                to_parse = len_remainder
            frac = tstr[pos:(pos + to_parse)]
            if not frac or not frac.isdigit():
                raise ValueError("Invalid microsecond component")
            time_comps[3] = int(frac)
            if to_parse < 6:
                time_comps[3] *= 10 ** (6 - to_parse)
            if (len_remainder > to_parse and not tstr[(pos + to_parse):].isdigit()):
                raise ValueError("Non-digit values in unparsed fraction")
    return time_comps


def _parse_isoformat_time(tstr):
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = (tstr.find('-') + 1 or tstr.find('+') + 1 or tstr.find('Z') + 1)
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len_str and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            tzsign = -1 if tstr[tz_pos - 1] == '-' else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1],
                           seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = timezone(tzsign * td)
    time_comps.append(tzi)
    return time_comps


# ---------------------------------------------------------------------------------------------------------
# tzinfo, time, datetime, timezone

class tzinfo:
    """Abstract base class for time zone info classes."""
    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta, positive for east of UTC, negative for west of UTC"
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        if getinitargs:
            args = getinitargs()
        else:
            args = ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


class time:
    """Time with time zone.

    Constructors: __new__(), fromisoformat()
    """
    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold'

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return 0 if a == b else 1 if a > b else -1
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return 0 if a == b else 1 if a > b else -1

    def __hash__(self):
        if self._hashcode == -1:
            if self.fold:
                t = self.replace(fold=0)
            else:
                t = self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash(('time', t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self.hour, minutes=self.minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self.second, self.microsecond))
                else:
                    self._hashcode = hash((h, m, self.second, self.microsecond))
        return self._hashcode

    def _tzstr(self):
        off = self.utcoffset()
        return _format_offset(off)

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        name = 'datetime.time' if type(self) is time else type(self).__name__
        s = "%s(%d, %d%s)" % (name, self._hour, self._minute, s)
        if self._tzinfo is not None:
            assert s[-1:] == ")"
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            assert s[-1:] == ")"
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO: 'HH:MM:SS.mmmmmm+zz:zz'."""
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        tz = self._tzstr()
        if tz:
            s += tz
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s.startswith('T'):
            s = s[1:]
        try:
            return cls(*_parse_isoformat_time(s))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')

    def strftime(self, fmt):
        """Format using strftime() (the date part is 1900-01-01)."""
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta positive eastward) if DST is
        in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (self.__class__, args)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_TIME_T_LIMIT = 2 ** 63


def _split_timestamp(t):
    """POSIX timestamp -> (whole seconds, microseconds), microseconds rounded half to even; errors as
    CPython's _PyTime_ObjectToTimeval (the value must fit a 64-bit time_t)."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -_TIME_T_LIMIT <= t < _TIME_T_LIMIT:
            raise OverflowError('timestamp out of range for platform time_t')
        ti = int(t)
        us = round((t - ti) * 1e6)
        if us >= 1000000:
            ti += 1
            us -= 1000000
        elif us < 0:
            ti -= 1
            us += 1000000
    else:
        ti = _index(t)
        us = 0
    if not -_TIME_T_LIMIT <= ti < _TIME_T_LIMIT:
        raise OverflowError('timestamp out of range for platform time_t')
    return ti, us


_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_MAX_FOLD_SECONDS = 24 * 3600  # longest fold in the tz database: 23 hours (Kwajalein, 1969)


def _wall_seconds(y, m, d, hh, mm, ss):
    """A wall-clock time as seconds since 1970-01-01 00:00 read as if it were UTC (CPython's
    utc_to_seconds, with its error for years outside 1..9999)."""
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    return (_ymd2ord(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss


def _local_wall(u):
    """The local wall clock at POSIX time u, as _wall_seconds (CPython's local())."""
    import time as _time
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    return _wall_seconds(y, m, d, hh, mm, ss)


def _local_timezone_at(u):
    """The fixed-offset timezone in effect locally at POSIX time u, named like time.localtime's tm_zone."""
    import time as _time
    tm = _time.localtime(u)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an instance of a tzinfo
    subclass. The remaining arguments may be ints.
    """
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if month is None or day is None:
            _missing_date_args(year, month, day)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hour

    @property
    def minute(self):
        """minute (0-59)"""
        return self._minute

    @property
    def second(self):
        """second (0-59)"""
        return self._second

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._microsecond

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        """CPython's datetime_from_timet_and_us: UTC fields (then tz.fromutc) when utc, else local wall
        time, with fold=1 when that wall time already occurred earlier (the repeated hour of a fall-back)."""
        import time as _time
        ti, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = (_time.gmtime(ti) if utc else _time.localtime(ti))[:6]
        ss = min(ss, 59)
        fold = 0
        if tz is None and not utc:
            # probe a day earlier: a negative transition in between means the clock went back over us
            result_seconds = _wall_seconds(y, m, d, hh, mm, ss)
            trans = result_seconds - _local_wall(ti - _MAX_FOLD_SECONDS) - _MAX_FOLD_SECONDS
            if trans < 0 and _local_wall(ti + trans) == result_seconds:
                fold = 1
        result = cls(y, m, d, hh, mm, ss, us, tz, fold=fold)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time()): local time when tz is None."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        "Construct a datetime from time.time() and optional time zone info."
        import time as _time
        t = _time.time()
        return cls.fromtimestamp(t, tz)

    @classmethod
    def utcnow(cls):
        "Construct a UTC datetime from time.time()."
        import time as _time
        t = _time.time()
        return cls.utcfromtimestamp(t)

    @classmethod
    def today(cls):
        "Construct a datetime from time.time()."
        import time as _time
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day,
                   time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            separator_location = _find_isoformat_datetime_separator(date_string)
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(date_components + time_components))

    @classmethod
    def strptime(cls, date_string, format):
        'string, format -> new datetime parsed from a string (like time.strptime()).'
        y, m, d, hh, mm, ss, us, tz = _strptime(date_string, format)
        return cls(y, m, d, hh, mm, ss, us, tz)

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self.weekday(), _days_before_month(self._year, self._month) + self._day, dst))

    def _mktime(self):
        """The POSIX time of this naive datetime read as local time (CPython's local_to_seconds): of two
        instants showing this wall time, fold picks the later; in a gap (a wall time skipped when clocks
        go forward) fold=0 reads it with the offset from before the transition, fold=1 from after."""
        t = _wall_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second)
        local = _local_wall
        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            # one solution; look for another one a day earlier (fold=0) or later (fold=1)
            u2 = u1 + (_MAX_FOLD_SECONDS if self._fold else -_MAX_FOLD_SECONDS)
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        # neither offset gives t back: t is in a gap
        return min(u1, u2) if self._fold else max(u1, u2)

    def timestamp(self):
        "Return POSIX timestamp as float (naive datetimes are local time)."
        if self._tzinfo is None:
            return self._mktime() + self.microsecond / 1e6
        else:
            return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _struct_time((y, m, d, hh, mm, ss, self.weekday(), _days_before_month(y, m) + d, 0))

    def date(self):
        "Return the date part."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return the time part, with tzinfo None."
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        "Return the time part, with same tzinfo."
        return time(self.hour, self.minute, self.second, self.microsecond,
                    self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        """The local fixed-offset timezone at this datetime (a naive one is taken as local time)."""
        if self._tzinfo is None:
            ts = self._mktime()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        return _local_timezone_at(ts)

    def astimezone(self, tz=None):
        """Convert to the time zone tz (default: the local zone, as a fixed-offset timezone named like
        time.localtime's tm_zone). Naive datetimes are taken as local time. Follows CPython's C version:
        without tz, the local offset is the one at the resulting instant."""
        _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
        if tz is mytz:
            return self
        offset = mytz.utcoffset(self) if mytz is not self._tzinfo else self.utcoffset()
        if offset is None:
            # an aware datetime whose tzinfo gives no offset is treated as naive
            offset = self.replace(tzinfo=None)._local_timezone().utcoffset(self)
        utc = (self - offset).replace(tzinfo=timezone.utc)
        if tz is None:
            tz = _local_timezone_at((utc - _EPOCH) // timedelta(seconds=1))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday],
            _MONTHNAMES[self._month],
            self._day,
            self._hour, self._minute, self._second,
            self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """Return the time formatted according to ISO: YYYY-MM-DDTHH:MM:SS[.mmmmmm][+HH:MM]."""
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        """Convert to formal string, for repr()."""
        L = [self._year, self._month, self._day,
             self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        name = 'datetime.datetime' if type(self) is datetime else type(self).__name__
        s = "%s(%s)" % (name, ", ".join(map(str, L)))
        if self._tzinfo is not None:
            assert s[-1:] == ")"
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            assert s[-1:] == ")"
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        "Convert to string, for str()."
        return self.isoformat(sep=' ')

    def _tt(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta positive eastward) if DST is
        in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self.fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other.fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                 other._microsecond)
            return 0 if a == b else 1 if a > b else -1
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            else:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            return _binop_error('+', self, other)
        delta = timedelta(self.toordinal(),
                          hours=self._hour,
                          minutes=self._minute,
                          seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days),
                                      time(hour, minute, second,
                                           delta.microseconds,
                                           tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        return _binop_error('+', other, self)

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _binop_error('-', self, other)

        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2,
                         secs1 - secs2,
                         self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            if self.fold:
                t = self.replace(fold=0)
            else:
                t = self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(('datetime', t._year, t._month, t._day, t._hour, t._minute,
                                       t._second, t._microsecond))
            else:
                days = _ymd2ord(self.year, self.month, self.day)
                seconds = self.hour * 3600 + self.minute * 60 + self.second
                self._hashcode = hash(timedelta(days, seconds, self.microsecond) - tzoff)
        return self._hashcode

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (self.__class__, args)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)

_date_class = date
_time_class = time


def _find_isoformat_datetime_separator(dtstr):
    len_dtstr = len(dtstr)
    if len_dtstr == 7:
        return 7
    assert len_dtstr > 7
    date_separator = "-"
    week_indicator = "W"
    if dtstr[4] == date_separator:
        if dtstr[5] == week_indicator:
            if len_dtstr < 8:
                raise ValueError("Invalid ISO string")
            if len_dtstr > 8 and dtstr[8] == date_separator:
                if len_dtstr == 9:
                    raise ValueError("Invalid ISO string")
                if len_dtstr > 10 and dtstr[10].isdigit():
                    return 8
                return 10
            else:
                return 8
        else:
            return 10
    else:
        if dtstr[4] == week_indicator:
            idx = 7
            while idx < len_dtstr:
                if not dtstr[idx].isdigit():
                    break
                idx += 1
            if idx < 9:
                return idx
            if idx % 2 == 0:
                return 7
            else:
                return 8
        else:
            return 8


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = '_offset', '_name'

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta "
                             "strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        """Convert to formal string, for repr()."""
        if self is self.utc:
            return 'datetime.timezone.utc'
        name = 'datetime.timezone' if type(self) is timezone else type(self).__name__
        if self._name is None:
            return "%s(%r)" % (name, self._offset)
        return "%s(%r, %r)" % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance"
                        " or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance"
                        " or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance"
                        " or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo "
                                 "is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance"
                        " or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return (f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
                    f'.{microseconds:06d}')
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

_BASE_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)

datetime_CAPI = None
