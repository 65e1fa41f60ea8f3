# datetime: construction, validation, arithmetic, comparisons, formatting and parsing
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR


def raises(exc, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        return str(e)
    raise AssertionError(f'{exc.__name__} not raised')


td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
assert (td.days, td.seconds, td.microseconds) == (1, 7384, 5006)
assert repr(timedelta(days=1, seconds=3600)) == 'datetime.timedelta(days=1, seconds=3600)' and repr(timedelta()) == 'datetime.timedelta(0)'
assert str(timedelta(days=-1, seconds=86399)) == '-1 day, 23:59:59' and str(timedelta(microseconds=5)) == '0:00:00.000005'
assert str(timedelta(days=2, hours=3)) == '2 days, 3:00:00' and timedelta(hours=1.5) == timedelta(minutes=90)
assert timedelta(seconds=-1) == timedelta(days=-1, seconds=86399) and timedelta(weeks=1) == timedelta(7)
assert timedelta(1).total_seconds() == 86400.0 and timedelta(microseconds=1500).total_seconds() == 0.0015
assert timedelta(1) / 2 == timedelta(hours=12) and timedelta(1) // timedelta(hours=5) == 4 and timedelta(1) / timedelta(hours=6) == 4.0
assert timedelta(1) % timedelta(hours=5) == timedelta(hours=4) and divmod(timedelta(1), timedelta(hours=5)) == (4, timedelta(hours=4))
assert timedelta(1) * 2 == 2 * timedelta(1) == timedelta(2) and timedelta(1) * 0.5 == timedelta(hours=12)
assert -timedelta(1) == timedelta(-1) and abs(timedelta(-1)) == timedelta(1) and not timedelta(0) and timedelta(1)
assert timedelta(1) > timedelta(hours=23) and sorted([timedelta(2), timedelta(-1)]) == [timedelta(-1), timedelta(2)]
assert hash(timedelta(1)) == hash(timedelta(hours=24)) and {timedelta(1): 'x'}[timedelta(seconds=86400)] == 'x'
assert timedelta(microseconds=0.5) == timedelta(0) and timedelta(microseconds=1.5) == timedelta(microseconds=2)
assert raises(OverflowError, timedelta, 1000000000) == 'days=1000000000; must have magnitude <= 999999999'
assert timedelta.max == timedelta(999999999, 86399, 999999) and timedelta.resolution == timedelta(microseconds=1)
assert raises(TypeError, lambda: timedelta(1) + 1) == "unsupported operand type(s) for +: 'datetime.timedelta' and 'int'"

d = date(2024, 2, 29)
assert (d.year, d.month, d.day) == (2024, 2, 29) and repr(d) == 'datetime.date(2024, 2, 29)' and str(d) == '2024-02-29'
assert d.weekday() == 3 and d.isoweekday() == 4 and d.isocalendar() == (2024, 9, 4) and d.isocalendar().week == 9
assert d + timedelta(1) == date(2024, 3, 1) and d - timedelta(366) == date(2023, 2, 28) and date(2025, 1, 1) - d == timedelta(307)
assert date.fromordinal(d.toordinal()) == d and date(1, 1, 1).toordinal() == 1 and date.fromisoformat('2024-02-29') == d
assert date.fromisocalendar(2024, 9, 4) == d and d.replace(year=2028) == date(2028, 2, 29) and d.ctime() == 'Thu Feb 29 00:00:00 2024'
assert d.strftime('%Y/%m/%d %A %B %j') == '2024/02/29 Thursday February 060' and f'{d:%d.%m.%y}' == '29.02.24'
assert raises(ValueError, date, 2023, 2, 29) == 'day is out of range for month'
assert raises(ValueError, date, 2024, 13, 1) == 'month must be in 1..12' and raises(ValueError, date, 0, 1, 1) == 'year 0 is out of range'
assert raises(ValueError, d.replace, day=30) == 'day is out of range for month'
assert date(2024, 1, 1) < date(2024, 1, 2) and date(2024, 1, 1) == date(2024, 1, 1) and date.min == date(MINYEAR, 1, 1)
assert date.max == date(MAXYEAR, 12, 31) and hash(date(2024, 1, 1)) == hash(date(2024, 1, 1))
assert date(2021, 1, 3).isocalendar() == (2020, 53, 7) and date(2018, 12, 31).isocalendar() == (2019, 1, 1)
assert raises(ValueError, date.fromisoformat, '2024-1-1') == "Invalid isoformat string: '2024-1-1'"

t = time(13, 5, 9, 500)
assert repr(t) == 'datetime.time(13, 5, 9, 500)' and str(t) == '13:05:09.000500' and t.isoformat('minutes') == '13:05'
assert repr(time()) == 'datetime.time(0, 0)' and time(1) < time(2) and time.fromisoformat('13:05:09.0005') == t
assert t.strftime('%I:%M %p') == '01:05 PM' and raises(ValueError, time, 24) == 'hour must be in 0..23'
assert time(12, tzinfo=timezone.utc).isoformat() == '12:00:00+00:00' and time(12, tzinfo=timezone.utc).utcoffset() == timedelta(0)

dt = datetime(2024, 3, 10, 13, 5, 9, 123456)
assert repr(dt) == 'datetime.datetime(2024, 3, 10, 13, 5, 9, 123456)' and str(dt) == '2024-03-10 13:05:09.123456'
assert repr(datetime(2024, 1, 2)) == 'datetime.datetime(2024, 1, 2, 0, 0)' and dt.isoformat() == '2024-03-10T13:05:09.123456'
assert dt.date() == date(2024, 3, 10) and dt.time() == time(13, 5, 9, 123456) and isinstance(dt, date)
assert dt + timedelta(hours=11) == datetime(2024, 3, 11, 0, 5, 9, 123456) and dt - datetime(2024, 3, 10) == timedelta(seconds=47109, microseconds=123456)
assert dt.strftime('%Y-%m-%d %H:%M:%S.%f %a %b %p %j %y %%') == '2024-03-10 13:05:09.123456 Sun Mar PM 070 24 %'
assert datetime.strptime('2024-03-10 13:05', '%Y-%m-%d %H:%M') == datetime(2024, 3, 10, 13, 5)
assert datetime.fromisoformat('2024-03-10T13:05:09.123456') == dt and datetime.fromisoformat('2024-03-10') == datetime(2024, 3, 10)
assert datetime.combine(date(2024, 1, 1), time(5)) == datetime(2024, 1, 1, 5) and dt.replace(microsecond=0).microsecond == 0
assert dt.timetuple()[:6] == (2024, 3, 10, 13, 5, 9) and dt.weekday() == 6

utc = timezone.utc
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
plus5 = timezone(timedelta(hours=5))
other = aware.astimezone(plus5)
assert str(other) == '2024-01-01 17:00:00+05:00' and other == aware and hash(other) == hash(aware)
assert repr(aware) == 'datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)'
assert repr(plus5) == 'datetime.timezone(datetime.timedelta(seconds=18000))' and str(plus5) == 'UTC+05:00'
assert str(timezone(timedelta(hours=-5, minutes=-30))) == 'UTC-05:30' and str(utc) == 'UTC' and utc.tzname(None) == 'UTC'
assert aware.timestamp() == 1704110400.0 and datetime.fromtimestamp(1704110400, utc) == aware
assert datetime.fromtimestamp(0, utc) == datetime(1970, 1, 1, tzinfo=utc) and datetime.utcfromtimestamp(86400.5) == datetime(1970, 1, 2, 0, 0, 0, 500000)
assert aware.strftime('%z %Z') == '+0000 UTC' and other.isoformat() == '2024-01-01T17:00:00+05:00'
assert datetime.fromisoformat('2024-01-01T17:00:00+05:00') == aware and datetime.fromisoformat('2024-01-01T12:00:00Z') == aware
assert raises(TypeError, lambda: datetime(2024, 1, 1) < aware) == "can't compare offset-naive and offset-aware datetimes"
assert raises(TypeError, lambda: datetime(2024, 1, 1) - aware) == "can't subtract offset-naive and offset-aware datetimes"
assert (datetime(2024, 1, 1) == aware) is False and (date(2024, 1, 1) == datetime(2024, 1, 1)) is False
assert raises(ValueError, timezone, timedelta(hours=24)).startswith('offset must be a timedelta strictly between')


class EST(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-5)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'EST'


e = datetime(2024, 1, 1, 7, tzinfo=EST())
assert e == aware and e.tzname() == 'EST' and e.utcoffset() == timedelta(hours=-5) and e.astimezone(utc) == aware
assert str(e) == '2024-01-01 07:00:00-05:00'
now = datetime.now()
assert isinstance(now, datetime) and now.year >= 2024 and date.today().year >= 2024
