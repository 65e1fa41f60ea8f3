# `npm start` runs this until the demo game exists.
import sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("Hello from phaser-pkpy on", sys.version.split()[0])
print("fib(20) =", fib(20))
print([x * x for x in range(10) if x % 2 == 0])
