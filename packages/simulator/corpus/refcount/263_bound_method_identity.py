class A:
    def f(self):
        return 1
a = A()
print(a.f is a.f, a.f == a.f, A.f is A.f)
m1 = a.f
m2 = a.f
print(m1 is m2, m1() + m2())
