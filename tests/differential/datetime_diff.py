# datetime: reprs, str, arithmetic, formatting, parsing and errors compared with CPython
import datetime as d
from datetime import date, time, datetime, timedelta, timezone


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for td in [timedelta(days=1, seconds=3600), timedelta(0), timedelta(microseconds=5), timedelta(-1), timedelta(seconds=-1),
           timedelta(weeks=2, hours=-3, minutes=90, milliseconds=1500), timedelta(hours=1.5), timedelta(seconds=0.1234567),
           timedelta(days=0.5, minutes=-1), timedelta(microseconds=-0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5),
           timedelta(days=-2, seconds=5), timedelta.max, timedelta.min, timedelta.resolution]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
one = timedelta(1)
print(one / 3, one // 7, one / timedelta(hours=5), one % timedelta(hours=5), divmod(one, timedelta(hours=5)), one * 1.5,
      timedelta(seconds=1) * 0.1234565, 3 * one, -one, abs(-one), +one, one - timedelta(hours=1), one / 2.5, one // timedelta(hours=7))
print(one == timedelta(hours=24), one < timedelta(2), one != 1, sorted([timedelta(3), timedelta(-1), timedelta(0)]))
attempt(lambda: timedelta(days=1000000000))
attempt(lambda: one / 0)
attempt(lambda: one // 0)
attempt(lambda: timedelta('1'))
attempt(lambda: one + 1)
attempt(lambda: 1 - one)
attempt(lambda: one % timedelta(0))
attempt(lambda: one / timedelta(0))
attempt(lambda: one * 1j)
attempt(lambda: 1 + date(2024, 1, 1))
attempt(lambda: datetime(2024, 1, 1) - 1)

for args in [(2024, 1, 2), (2024, 2, 29), (1, 1, 1), (9999, 12, 31), (2023, 12, 31), (2021, 1, 3)]:
    dd = date(*args)
    print(repr(dd), str(dd), dd.isoformat(), dd.weekday(), dd.isoweekday(), dd.toordinal(), dd.isocalendar(),
          dd.ctime(), dd.strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %u %G %V %y %%'), f'{dd:%d/%m/%Y}', format(dd))
for args in [(2024, 13, 1), (2023, 2, 29), (0, 1, 1), (2024, 1, 32), (10000, 1, 1), (2024, 1, 1.5)]:
    attempt(lambda: date(*args))
attempt(lambda: date(2024))
print(date(2024, 1, 31) + timedelta(days=1), date(2024, 3, 1) - timedelta(days=1), date(2024, 3, 1) - date(2023, 3, 1),
      date.fromordinal(738886), date.fromisoformat('2024-02-29'), date.fromisoformat('20240229'), date.fromisoformat('2024-W09-4'),
      date.fromisocalendar(2020, 53, 7), date(2024, 1, 31).replace(day=1), date(2024, 5, 6).timetuple()[:8])
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), date.min, date.max, date.resolution)
attempt(lambda: date.fromisoformat('2024-1-1'))
attempt(lambda: date(2024, 1, 1) + 1)
attempt(lambda: date(9999, 12, 31) + timedelta(1))
attempt(lambda: date(2024, 1, 1) < datetime(2024, 1, 1))
print(date(2024, 1, 1) == datetime(2024, 1, 1))

for t in [time(3, 4), time(), time(1, 2, 3, 4), time(1, 2, 3), time(12, 30, tzinfo=timezone.utc),
          time(23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-5)))]:
    print(repr(t), str(t), t.isoformat('hours'), t.isoformat('milliseconds'), t.strftime('%H|%I|%M|%S|%p|%f'), t.utcoffset(), t.tzname())
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 1000000)]:
    attempt(lambda: time(*args))
attempt(lambda: time(1).isoformat('bad'))
print(time.fromisoformat('03:04'), time.fromisoformat('03:04:05.123'), time.fromisoformat('T030405+0130'), time.min, time.max,
      time(1) < time(2), time(5).replace(hour=7))

dts = [datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2), datetime(2024, 1, 2, 0, 0, 0, 6),
       datetime(2024, 1, 2, 3, 4, tzinfo=timezone.utc), datetime(2024, 3, 10, 13, 5, 9, 123456),
       datetime(2024, 3, 10, 13, 5, 9, tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'X'))]
for dt in dts:
    print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.ctime(), dt.date(), dt.time(), dt.timetz(),
          dt.utcoffset(), dt.tzname(), dt.dst())
    print(dt.strftime('%Y %m %d %H %M %S %f %j %a %A %b %B %p %y %z %Z %% %I %w %U %W %G %V %u %c %x %X %e %D %F %T %R'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(1e9, timezone(timedelta(hours=2))),
      datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.min, datetime.max, datetime.resolution)
for s in ['2024-01-02T03:04:05.123+01:00', '2024-01-02', '20240102T030405Z', '2024-01-02 03:04', '2024-01-02T03',
          '2024-01-02T03:04:05,5', '2024-W01-2T10:00', '2024-01-02T03:04:05-05:30', '2024-01-02X03', 'nope', '2024-01-02T25']:
    attempt(lambda: datetime.fromisoformat(s))
a = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
b = a.astimezone(timezone(timedelta(hours=5)))
print(b, a == b, hash(a) == hash(b), b - a, a - datetime(2023, 12, 31, tzinfo=timezone(timedelta(hours=-1))))
print(datetime.combine(date(2024, 1, 1), time(1, 2)), datetime(2024, 2, 28, 23) + timedelta(hours=25),
      datetime(2024, 1, 1) - timedelta(microseconds=1), datetime(2024, 3, 1) - datetime(2024, 2, 1, 12),
      datetime(2024, 1, 1).replace(year=2020, tzinfo=timezone.utc))
print(datetime.strptime('2024-03-10 13:05:09', '%Y-%m-%d %H:%M:%S'), datetime.strptime('10 Mar 24 1:05PM', '%d %b %y %I:%M%p'),
      datetime.strptime('2024-070', '%Y-%j'), datetime.strptime('2024-01-01T00:00:00+0200', '%Y-%m-%dT%H:%M:%S%z'))
attempt(lambda: datetime.strptime('2024-03', '%Y-%m-%d'))
attempt(lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc))
attempt(lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1) != date(2024, 1, 1))
for tz in [timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(hours=1), 'X'), timezone(timedelta(hours=-5, minutes=-30)),
           timezone(timedelta(seconds=1, microseconds=5)), timezone.min, timezone.max, timezone(timedelta(0))]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None), tz == timezone.utc)
attempt(lambda: timezone(timedelta(hours=24)))
attempt(lambda: timezone(5))
attempt(lambda: timezone(timedelta(0), 5))
print(d.MINYEAR, d.MAXYEAR, d.UTC is timezone.utc, isinstance(timezone.utc, d.tzinfo), issubclass(datetime, date))


class MyDate(date):
    pass


print(repr(MyDate(2024, 1, 1)), type(MyDate(2024, 1, 1) + timedelta(1)).__name__, MyDate.today().__class__.__name__)
