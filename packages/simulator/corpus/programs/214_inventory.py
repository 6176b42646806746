inventory = {"apple": 3, "pear": 0, "kiwi": 12}
restock = [k for k, v in inventory.items() if v < 5]
print(restock)
inventory.update({k: 10 for k in restock})
print(inventory, sum(inventory.values()))
print(max(inventory, key=inventory.get))
