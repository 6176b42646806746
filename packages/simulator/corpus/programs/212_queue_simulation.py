queue = []
for i in range(5):
    queue.append(i * 10)
served = []
while queue:
    served.append(queue.pop(0))
    if len(served) == 2:
        queue.append(99)
print(served, queue)
