class BST:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = BST(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = BST(key)
            else:
                self.right.insert(key)
    def inorder(self):
        out = []
        if self.left:
            out += self.left.inorder()
        out.append(self.key)
        if self.right:
            out += self.right.inorder()
        return out
root = BST(50)
for k in [30, 70, 20, 40, 60, 80]:
    root.insert(k)
print(root.inorder())
