import time
t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.05)
dt = time.perf_counter() - t0
assert 0.04 <= dt < 5, dt
assert time.monotonic() >= m0
assert isinstance(time.time(), float) and time.time() > 1.6e9
assert isinstance(time.time_ns(), int) and time.time_ns() > 1.6e18
assert time.perf_counter_ns() >= 0
try:
    time.sleep(-1)
    assert False
except ValueError as e:
    assert str(e) == 'sleep length must be non-negative'
g = time.gmtime(0)
assert tuple(g)[:6] == (1970, 1, 1, 0, 0, 0), tuple(g)
