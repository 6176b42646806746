# Dedenting to a column that no enclosing block uses.
def area(w, h):
        result = w * h
    return result
print(area(2, 3))
