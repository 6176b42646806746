head = None
for i in range(200):
    head = [i, head]
class T:
    def __del__(self):
        print("tail freed")
tail = head
while tail[1] is not None:
    tail = tail[1]
tail[1] = T()
tail = None
head = None
print("end")
