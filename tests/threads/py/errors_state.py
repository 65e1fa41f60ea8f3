from pkpy import ComputeThread, currentvm, configmacros
print('main vm', currentvm(), configmacros['PK_ENABLE_THREADS'])
t = ComputeThread(3)
t.exec('from jobs import boom, whoami\ncounter = 0')
t.submit_call('boom', 'it broke')
t.wait_for_done()
err = t.last_error()
print('error is text:', isinstance(err, str))
print('has traceback:', err.startswith('Traceback (most recent call last):'))
print('last line:', err.strip().splitlines()[-1])
print('retval after error:', t.last_retval())
# the thread stays usable and keeps its state
for _ in range(3):
    t.exec('counter += 1')
print('counter', t.eval('counter'), 'vm', t.eval('whoami()'))
print('last_error after success:', t.last_error())
t.submit_exec('import time\ntime.sleep(0.3)')
try:
    t.submit_exec('x = 1')
except RuntimeError as e:
    print('busy:', 'busy' in str(e))
t.wait_for_done()
for bad in (0, 16, 3):
    try:
        ComputeThread(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    t.exec('1/0')
except Exception as e:
    print('exec raised', type(e).__name__, str(e).strip().splitlines()[-1])
