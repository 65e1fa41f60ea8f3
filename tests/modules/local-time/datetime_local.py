# datetime and local time: fromtimestamp/timestamp/astimezone/date.fromtimestamp at fixed instants and
# around DST transitions, compared with CPython under several TZ settings (see local-time.test.ts)
from datetime import date, datetime, timedelta, timezone, tzinfo


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


JAN, JUL = 1704067200, 1719792000
TRANSITIONS = [1710054000, 1730613600, 1711846800, 1729990800, 1712415600, 1728142200]
instants = [0, 1e9, JAN, JUL, JAN + 0.25, JUL + 0.9999995, -1.5, 86400 * 365.25 * 30]
for t in TRANSITIONS:
    instants += [t - 3600, t - 1801, t - 1, t, t + 1, t + 1799, t + 3600]
for t in instants:
    d = datetime.fromtimestamp(t)
    print(t, repr(d), d.fold, d.timestamp(), repr(d.astimezone()), d.astimezone().tzname(),
          repr(date.fromtimestamp(t)), repr(datetime.utcfromtimestamp(t)), repr(datetime.fromtimestamp(t, timezone.utc)))
    print('  ', d.timetuple(), d.ctime(), d.strftime('%Y-%m-%d %H:%M:%S %Z|%z'), d.astimezone().strftime('%H:%M %Z %z'))

# naive wall times read as local time, both folds: ordinary, skipped (gap) and repeated (fold) ones
WALL = [(2024, 1, 15, 12), (2024, 7, 15, 12), (2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 3, 31, 1, 30),
        (2024, 10, 27, 1, 30), (2024, 4, 7, 1, 45), (2024, 10, 6, 2, 15), (1970, 1, 1), (2000, 2, 29, 23, 59, 59, 999999)]
for w in WALL:
    for fold in (0, 1):
        d = datetime(*w, fold=fold)
        print(repr(d), d.timestamp(), repr(d.astimezone()), repr(d.astimezone(timezone.utc)),
              repr(d.astimezone(timezone(timedelta(hours=-3)))), repr(datetime.fromtimestamp(d.timestamp())))

# aware datetimes to local time
for aware in [datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 7, 1, 12, tzinfo=timezone(timedelta(hours=9))),
              datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc), datetime(2024, 11, 3, 6, 30, tzinfo=timezone.utc)]:
    local = aware.astimezone()
    print(repr(local), local.tzname(), local.utcoffset(), local == aware, local.astimezone(timezone.utc) == aware)


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None


d = datetime(2024, 7, 1, 12, tzinfo=NoOffset())
print(repr(d.astimezone().replace(tzinfo=None)), d.astimezone().utcoffset())
tz = datetime(2024, 7, 1).astimezone().tzinfo
print(datetime(2024, 7, 1, tzinfo=tz).astimezone(tz) is not None, repr(tz))

# limits and errors
for t in [1e12, -1e12, 1e17, 1e20, float('nan'), float('inf'), -62135596800, -62135596800 + 86400 * 2,
          253402300799, 253402300799 - 86400 * 2, '1', None]:
    attempt(lambda: datetime.fromtimestamp(t))
    attempt(lambda: date.fromtimestamp(t))
    attempt(lambda: datetime.utcfromtimestamp(t))
for d in [datetime(1, 1, 1), datetime(1, 1, 2), datetime(9999, 12, 31, 23, 59, 59), datetime(9999, 12, 30)]:
    attempt(lambda: d.timestamp())
    attempt(lambda: d.astimezone())
attempt(lambda: datetime(2024, 1, 1).astimezone(5))
