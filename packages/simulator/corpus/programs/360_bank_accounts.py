# A quiz-sized bank account class: chained methods, errors with f-string messages, max with key, an uncaught ValueError.
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
a = Account("ann", 100)
a.deposit(50).withdraw(30)
print(a, a.history, a.interest)
try:
    a.withdraw(1000)
except ValueError as e:
    print("error:", e)
accounts = {name: Account(name, i * 10) for i, name in enumerate(["x", "y", "z"])}
richest = max(accounts.values(), key=lambda acc: acc.balance)
print(richest, sorted(accounts), [acc.balance for acc in accounts.values()])
total = sum(acc.balance for acc in accounts.values())
print(f"total={total:,.2f}", round(total * Account.interest, 3))
Account("bad").deposit(-5)
