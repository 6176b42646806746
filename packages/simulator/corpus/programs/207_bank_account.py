class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"
a = Account("ann", 100)
a.deposit(50)
print(a)
try:
    a.deposit(-5)
except ValueError as e:
    print("rejected:", e)
print(a.balance * (1 + Account.interest))
