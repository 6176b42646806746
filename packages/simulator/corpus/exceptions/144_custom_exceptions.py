class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing " + key)
        self.key = key
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, Exception))
try:
    raise AppError
except AppError as e:
    print("bare class raised", repr(e))
