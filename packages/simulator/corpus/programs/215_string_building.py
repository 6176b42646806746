parts = []
for i in range(5):
    parts.append(str(i) * i)
s = ",".join(parts)
print(s, len(s), s.split(",")[-1])
print(" ".join(w.capitalize() for w in "hello big world".split()))
