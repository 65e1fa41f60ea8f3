# Local time, whatever the host's zone is: localtime/mktime/ctime and datetime agree with each other and
# with the UTC functions shifted by the zone's offset (tests/local-time.test.ts compares exact values with
# CPython under fixed TZ settings).
import time
from datetime import date, datetime, timedelta, timezone

for t in [0, 1, -1, 1e9, -1e9, 1704067200, 1719792000, 1710054000, 1730613600, 1711846800, 1729990800, 2e9]:
    lt = time.localtime(t)
    gt = time.gmtime(t + lt.tm_gmtoff)
    assert tuple(lt)[:8] == tuple(gt)[:8], (t, lt, gt)
    assert lt.tm_isdst in (0, 1) and isinstance(lt.tm_zone, str) and lt.tm_zone, lt
    assert time.mktime(lt) == t, (t, lt, time.mktime(lt))
    assert time.ctime(t) == time.asctime(lt)
    d = datetime.fromtimestamp(t)
    assert d == datetime.utcfromtimestamp(t) + timedelta(seconds=lt.tm_gmtoff), (t, d)
    assert d.timestamp() == t, (t, d, d.timestamp())
    assert date.fromtimestamp(t) == d.date()
    a = d.astimezone()
    assert a.utcoffset() == timedelta(seconds=lt.tm_gmtoff) and a.tzname() == lt.tm_zone, (t, a)
    assert a == datetime.fromtimestamp(t, timezone.utc)
    assert a.astimezone(timezone.utc).replace(tzinfo=None) == datetime.utcfromtimestamp(t)
    assert datetime.fromtimestamp(t, timezone.utc).astimezone() == a

assert time.gmtime(0).tm_gmtoff == 0 and time.gmtime(0).tm_isdst == 0
assert time.daylight in (0, 1) and (time.daylight == 0) == (time.timezone == time.altzone)
assert isinstance(time.tzname, tuple) and len(time.tzname) == 2 and all(isinstance(n, str) for n in time.tzname)
assert -14 * 3600 <= time.timezone <= 12 * 3600 and -14 * 3600 <= time.altzone <= 12 * 3600
time.tzset()
assert isinstance(time.timezone, int)

# the clock: now() is local, utcnow() is UTC, and they differ by the current offset
now = datetime.now()
assert abs(now.timestamp() - time.time()) < 5
assert abs((now - datetime.utcnow()).total_seconds() - time.localtime().tm_gmtoff) < 5
assert abs((datetime.today() - now).total_seconds()) < 5 and date.today() in (now.date(), datetime.now().date())
assert now.astimezone().utcoffset() == timedelta(seconds=time.localtime().tm_gmtoff)
assert now.tzinfo is None and now.timetuple().tm_isdst == -1

# mktime normalises out-of-range fields; the result does not depend on how a date is spelled
assert time.mktime((2024, 13, 1, 12, 0, 0, 0, 0, -1)) == time.mktime((2025, 1, 1, 12, 0, 0, 0, 0, -1))
assert time.mktime((2024, 3, 0, 12, 0, 0, 0, 0, -1)) == time.mktime((2024, 2, 29, 12, 0, 0, 0, 0, -1))
assert time.mktime((2024, 1, 1, 12, 0, 90, 0, 0, -1)) == time.mktime((2024, 1, 1, 12, 1, 30, 0, 0, -1))
for bad, exc in [((1, 2, 3), TypeError), ([2024, 1, 1, 0, 0, 0, 0, 1, -1], TypeError), ((2024.0, 1, 1, 0, 0, 0, 0, 1, -1), TypeError),
                 ((2 ** 31, 1, 1, 0, 0, 0, 0, 1, -1), OverflowError)]:
    try:
        time.mktime(bad)
        assert False, bad
    except exc:
        pass

# struct_time
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
assert repr(st) == ('time.struct_time(tm_year=2024, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, '
                    'tm_wday=1, tm_yday=2, tm_isdst=0)')
assert st.tm_zone is None and st.tm_gmtoff is None and st == (2024, 1, 2, 3, 4, 5, 1, 2, 0) and len(st) == 9
assert time.asctime(st) == 'Tue Jan  2 03:04:05 2024'
assert time.struct_time(st.__reduce__()[1][0], st.__reduce__()[1][1]) == st
try:
    time.struct_time((1, 2))
    assert False
except TypeError as e:
    assert str(e) == 'time.struct_time() takes an at least 9-sequence (2-sequence given)', e
try:
    time.localtime(float('nan'))
    assert False
except ValueError as e:
    assert str(e) == 'Invalid value NaN (not a number)'
try:
    time.localtime(1e20)
    assert False
except OverflowError as e:
    assert str(e) == 'timestamp out of range for platform time_t'
