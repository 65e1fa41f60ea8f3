# Helpers imported by the worker VMs (from the script's folder, like VM 0).
import time
import pkpy

def slow_square(x, delay=0.4):
    time.sleep(delay)
    return x * x

def boom(msg):
    raise ValueError(msg)

def echo_len(data, extra=0):
    return len(data) + extra, data[:3], data[-3:]

def whoami():
    return pkpy.currentvm()

def total(n):
    return sum(range(n))
