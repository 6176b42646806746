// Benchmark programs (10k to 300k steps). Each uses a small LCG for deterministic "random" data,
// so CPython and the simulator do exactly the same work.
export interface BenchProgram {
  name: string;
  source: string;
}

const LCG = `seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
`;

const linkedList = (rounds: number, length: number) => `class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt
total = 0
for round_ in range(${rounds}):
    head = None
    for i in range(${length}):
        head = Node(i, head)
    cur = head
    while cur is not None:
        total += cur.value
        cur = cur.nxt
    head = None
print(total)
`;

export const BENCH_PROGRAMS: BenchProgram[] = [
  { name: "linked list (small)", source: linkedList(1, 1200) },
  { name: "linked list build+teardown", source: linkedList(4, 2500) },
  {
    name: "recursion (fib 20)",
    source: `def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20))
`,
  },
  {
    name: "sorting (insertion, 300)",
    source: `${LCG}xs = [rnd() % 1000 for _ in range(300)]
for i in range(1, len(xs)):
    key = xs[i]
    j = i - 1
    while j >= 0 and xs[j] > key:
        xs[j + 1] = xs[j]
        j -= 1
    xs[j + 1] = key
print(xs[:5], xs == sorted(xs))
`,
  },
  {
    name: "tree insertion (BST, 2000)",
    source: `${LCG}class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
def insert(root, key):
    node = root
    while True:
        if key < node.key:
            if node.left is None:
                node.left = Tree(key)
                return
            node = node.left
        else:
            if node.right is None:
                node.right = Tree(key)
                return
            node = node.right
root = Tree(rnd() % 100000)
for _ in range(2000):
    insert(root, rnd() % 100000)
def height(t):
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))
print(height(root))
`,
  },
  {
    name: "dict counting (20k)",
    source: `${LCG}counts = {}
for _ in range(20000):
    k = "k" + str(rnd() % 50)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), max(counts.values()))
`,
  },
  {
    name: "object churn (30k)",
    source: `class Obj:
    def __init__(self, n):
        self.n = n
        self.items = [n, n + 1]
live = []
total = 0
for i in range(30000):
    o = Obj(i)
    total += o.items[1]
    if i % 7 == 0:
        live.append(o)
    if len(live) > 50:
        live = live[25:]
print(total, len(live))
`,
  },
];
