from pkpy import ComputeThread
threads = {i: ComputeThread(i) for i in range(1, 16)}
for i, t in threads.items():
    t.exec('from jobs import total, whoami')
    t.submit_call('total', i * 1000)
ok = True
for i, t in threads.items():
    t.wait_for_done()
    ok = ok and t.last_retval() == sum(range(i * 1000)) and t.eval('whoami()') == i
print('15 workers ok' if ok else 'MISMATCH')
