from pkpy import ComputeThread
t = ComputeThread(2)
t.exec('from jobs import echo_len')
data = bytes(range(256)) * (10 * 1024 * 1024 // 256)
t.submit_call('echo_len', data, extra=1)
t.wait_for_done()
print(t.last_error())
print(t.last_retval())
world = {'terrain': list(range(10000)), 'creatures': [{'name': 'wolf', 'x': i, 'y': -i} for i in range(300)]}
t.exec('def roundtrip(w):\n    return w')
t.submit_call('roundtrip', world)
t.wait_for_done()
print(t.last_retval() == world)
