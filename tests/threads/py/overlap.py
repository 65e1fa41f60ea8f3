import time
from pkpy import ComputeThread
threads = [ComputeThread(i) for i in range(1, 5)]
for t in threads:
    t.exec('from jobs import slow_square')
start = time.perf_counter()
for i, t in enumerate(threads):
    t.submit_call('slow_square', i + 1)
for t in threads:
    t.wait_for_done()
elapsed = time.perf_counter() - start
print([t.last_retval() for t in threads])
# four 0.4 s jobs: run in sequence they would take 1.6 s
print('overlapped' if elapsed < 1.2 else 'serial: %.2f s' % elapsed)
