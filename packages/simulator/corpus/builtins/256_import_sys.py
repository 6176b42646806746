import sys
import gc
print(type(sys).__name__, type(gc).__name__)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(200))
print(gc.isenabled())
