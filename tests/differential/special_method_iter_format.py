# __iter__, __next__ and __format__ found on the type are called the way CPython calls special methods: a
# plain callable object gets the arguments alone, a staticmethod its function, a descriptor is bound by __get__.

class CallableIter:
    def __call__(self, *args):
        print('__iter__ called with', len(args), 'arguments')
        return iter([1, 2, 3])


class Counting:
    def __init__(self):
        self.n = 0

    def __call__(self, *args):
        print('__next__ called with', len(args), 'arguments')
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


class Formatter:
    def __call__(self, *args):
        print('__format__ called with', args)
        return 'formatted'


class Binder:
    def __get__(self, obj, owner=None):
        print('bound through __get__:', type(obj).__name__, owner.__name__)
        return lambda *args: f'bound {args}'


class A:
    __iter__ = CallableIter()
    __format__ = Formatter()


print(list(A()))
print(format(A(), 'spec'), f'{A():x}')


class It:
    __next__ = Counting()

    def __iter__(self):
        return self


print(list(It()))


class S:
    @staticmethod
    def __format__(spec):
        return f'static {spec!r}'

    @staticmethod
    def __iter__():
        return iter('ab')


print(format(S(), '>3'), list(S()))


class D:
    __format__ = Binder()


print(format(D(), 'q'))
