# time: local time at fixed instants, compared with CPython under several TZ settings (see local-time.test.ts)
import time


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(time.timezone, time.altzone, time.daylight, time.tzname)

# January and July, the 2024 transitions of the test zones (a second before, at, a second after), the epoch
JAN, JUL = 1704067200, 1719792000
TRANSITIONS = [
    1710054000,  # America/New_York springs forward (2024-03-10 07:00 UTC)
    1730613600,  # America/New_York falls back (2024-11-03 06:00 UTC)
    1711846800,  # Europe/London springs forward (2024-03-31 01:00 UTC)
    1729990800,  # Europe/London falls back (2024-10-27 01:00 UTC)
    1712415600,  # Australia/Lord_Howe leaves DST (2024-04-06 15:00 UTC, 02:00 -> 01:30)
    1728142200,  # Australia/Lord_Howe enters DST (2024-10-05 15:30 UTC, 02:00 -> 02:30)
]
instants = [0, 1, -1, 86399, 1e9, 2e9, 4e9, JAN, JUL, JAN + 0.5, JUL - 0.999999, -0.5, 1.9, -1.9, 8e10]
for t in TRANSITIONS:
    instants += [t - 1800, t - 1, t, t + 1, t + 1800]
for t in instants:
    lt = time.localtime(t)
    print(t, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.ctime(t), time.asctime(lt), time.mktime(lt))
    gt = time.gmtime(t)
    print('  utc', tuple(gt), gt.tm_zone, gt.tm_gmtoff, time.asctime(gt))

# struct_time behaves like CPython's structseq
lt = time.localtime(JUL)
print(repr(lt), lt.tm_year, lt.tm_isdst, lt[8], lt[:3], len(lt), lt == tuple(lt), hash(lt) == hash(tuple(lt)))
print(lt.__reduce__())
print(type(lt).__name__, type(lt).__module__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
s = time.struct_time((2024, 2, 3, 4, 5, 6, 0, 34, 0), {'tm_zone': 'ABC', 'tm_gmtoff': 3600})
print(s, s.tm_zone, s.tm_gmtoff, time.struct_time(range(9)).tm_zone, time.struct_time(range(11)).tm_gmtoff)
attempt(lambda: time.struct_time((1, 2, 3)))
attempt(lambda: time.struct_time(range(12)))
attempt(lambda: time.struct_time(5))
attempt(lambda: time.struct_time(range(9), 5))
attempt(lambda: setattr(lt, 'tm_year', 5))

# the time_t conversion of the argument
for bad in [float('nan'), float('inf'), -float('inf'), 1e19, 2 ** 63, -2 ** 63 - 1, '1', None, True]:
    attempt(lambda: time.localtime(bad) if bad is not None else None)
    attempt(lambda: time.gmtime(bad) if bad is not None else None)
    attempt(lambda: time.ctime(bad) if bad is not None else None)
attempt(lambda: time.localtime(1e17))
attempt(lambda: time.gmtime(-1e17))
attempt(lambda: time.localtime(1e12))
attempt(lambda: time.localtime(-1e12))
attempt(lambda: time.localtime(2 ** 40))

# asctime() checks its argument like CPython's checktm()
for tup in [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 0, 0, 0, 0, 0, -1, 0, 0), (2024, 13, 1, 0, 0, 0, 0, 1, 0),
            (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 61, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 9, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
            (99999, 12, 31, 23, 59, 59, 6, 366, 1), (2024, 1, 1, 0, 0, 0, 0, 1), [2024, 1, 1, 0, 0, 0, 0, 1, 0],
            (2024, 1.0, 1, 0, 0, 0, 0, 1, 0), (2024, '1', 1, 0, 0, 0, 0, 1, 0), (2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0),
            (-2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 64, 1, 1, 0, 0, 0, 0, 1, 0)]:
    attempt(lambda: time.asctime(tup))
attempt(lambda: time.asctime(5))
