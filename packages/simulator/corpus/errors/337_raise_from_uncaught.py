# An uncaught exception raised from another: the last traceback line is the new one.
try:
    {}["missing"]
except KeyError as e:
    raise RuntimeError("lookup failed") from e
