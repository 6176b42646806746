# Rule 3 in detail: the order in which an instruction releases its temporary operands.
# 3.13+ releases a builtin call's arguments last to first (3.11: first to last), releases the
# operands of ==, in, `is` and `c[i] = v` from the top of the stack down (3.11: bottom up), and
# when an operation raises leaves its operands to the unwinding, which releases the top first.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __repr__(self):
        return "T" + self.n
    def __eq__(self, other):
        return True
    def __contains__(self, item):
        return False
    def __getitem__(self, i):
        return 0
print(T("a"), T("b"))
print("-- method of a builtin")
x = [T("c")].count(T("d"))
print("-- keywords")
print(T("e"), end=str(T("f").n) + "\n")
print("-- compare")
x = T("g") == T("h")
print("-- in")
x = T("i") in T("j")
print("-- is")
x = T("k") is T("l")
print("-- subscript")
x = T("m")[T("n")]
print("-- failed subscript")
try:
    x = [T("o")][T("p")]
except TypeError:
    print("TypeError")
print("-- failed store")
try:
    [T("s")][5] = T("v")
except IndexError:
    print("IndexError")
print("-- failed unpacking (both: last fetched first)")
try:
    a, b = [T("u1"), T("u2"), T("u3")]
except ValueError:
    print("ValueError")
try:
    a, b, c = (t for t in [T("w1"), T("w2")])
except ValueError:
    print("ValueError")
print("-- failed operation")
try:
    x = T("q") - T("r")
except TypeError:
    print("TypeError")
print("end")
