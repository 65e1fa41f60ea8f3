try:
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t'), ValueError('w')])
except* ValueError as eg:
    print('values', repr(eg), eg.exceptions)
except* TypeError as eg:
    print('types', eg)
try:
    try:
        raise ExceptionGroup('g', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled key')
except ExceptionGroup as e:
    print('rest', e, e.exceptions)
try:
    try:
        raise ValueError('naked')
    except* ValueError as eg:
        print('naked wrapped', repr(eg))
except Exception as e:
    print('unexpected', e)
eg = ExceptionGroup('x', [ValueError(1), ExceptionGroup('y', [TypeError(2)])])
m, r = eg.split(TypeError)
print(m, r, eg.subgroup(ValueError))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
