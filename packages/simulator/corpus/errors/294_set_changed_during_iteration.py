# Growing a set while looping over it stops the loop with RuntimeError.
seen = {1, 2, 3}
try:
    for v in seen:
        if v < 10:
            seen.add(v * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(seen) > 3)
scores = {"a": 1}
for k in list(scores):
    scores[k + "!"] = 0
print(sorted(scores))
for v in seen:
    seen.discard(v)
