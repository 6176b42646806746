# hash() of ints and floats and sys.maxsize depend on the build's word size (Pyodide is 32-bit).
import sys
print(hash(-1), hash(-2), hash(2**40), hash(2**31), sys.maxsize, hash(0.5), hash(1e20))
s = set()
s.add(-1)
s.add(-2)
print(s)
print({2**40, 3, 2**31 + 5})
