try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.5 / 0
except ZeroDivisionError as e:
    print(e)
