// fast-check generators of random programs from the simulator's subset. The programs are
// well-formed Python (they may still raise at run time: that is a legitimate outcome).
import fc from "fast-check";

const VARS = ["a", "b", "c", "d"];

// A prelude so that every variable is bound and the interesting constructs are in scope.
export const PRELUDE = [
  "import gc",
  "class T:",
  "    def __init__(self, n):",
  "        self.n = n",
  "    def __del__(self):",
  "        print('del', self.n)",
  "    def __repr__(self):",
  "        return 'T(' + repr(self.n) + ')'",
  "def f(x, y=1):",
  "    z = [x, y]",
  "    return z[0]",
  "def g(*args, **kw):",
  "    return len(args) + len(kw)",
  "a = 0",
  "b = 1",
  "c = []",
  "d = {}",
].join("\n");

const name = fc.constantFrom(...VARS);
const smallInt = fc.integer({ min: -300, max: 300 });

/** Expressions up to a small depth. */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { maxDepth: 3, depthSize: "small" },
    smallInt.map(String),
    name,
    fc.constantFrom("None", "True", "'s'", "'ab' * 2", "2 ** 70", "1.5", "()"),
    fc.tuple(tie("e"), fc.constantFrom("+", "-", "*", "==", "<", "and", "or"), tie("e")).map(([l, o, r]) => `(${l} ${o} ${r})`),
    fc.tuple(tie("e"), tie("e")).map(([x, y]) => `[${x}, ${y}]`),
    fc.tuple(tie("e"), tie("e")).map(([x, y]) => `(${x}, ${y})`),
    fc.tuple(smallInt, tie("e")).map(([k, v]) => `{${k}: ${v}}`),
    smallInt.map((n) => `T(${n})`),
    tie("e").map((x) => `f(${x})`),
    fc.tuple(tie("e"), tie("e")).map(([x, y]) => `g(${x}, k=${y})`),
    name.map((v) => `len(str(${v}))`),
    fc.tuple(name, name).map(([v, w]) => `(${v} is ${w})`),
    fc.integer({ min: 0, max: 4 }).map((n) => `[T(i) for i in range(${n})]`),
  ),
})).e;

const simpleStmt: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(name, expr).map(([v, e]) => `${v} = ${e}`),
  fc.tuple(name, name).map(([v, w]) => `${v} = ${w}`),
  fc.tuple(name, smallInt).map(([v, n]) => `${v} += ${n}`),
  expr.map((e) => `c.append(${e})`),
  fc.tuple(smallInt, expr).map(([k, e]) => `d[${k}] = ${e}`),
  expr.map((e) => `print(${e})`),
  expr.map((e) => `${e}`),
  fc.tuple(name, smallInt).map(([v, n]) => `${v} = T(${n}); ${v}.me = ${v}`),
  fc.constantFrom("c.append(c)", "d[0] = d", "c.append(d)"),
  fc.constantFrom("c.clear()", "d.clear()", "c = []", "gc.collect()", "c[:1] = []", "pass"),
  fc.constantFrom("del a", "a = 0", "c.pop() if c else None", "del c[0:1]"),
);

const indent = (lines: string[]) => lines.map((l) => "    " + l);

/** A block of statements, possibly with loops and branches (small bounds keep runs short). */
const block: fc.Arbitrary<string[]> = fc.letrec<{ b: string[] }>((tie) => ({
  b: fc.array(
    fc.oneof(
      { maxDepth: 2, depthSize: "small" },
      simpleStmt.map((s) => [s]),
      fc.tuple(fc.integer({ min: 0, max: 4 }), tie("b")).map(([n, body]) => [`for i in range(${n}):`, ...indent(body.length ? body : ["pass"])]),
      fc.tuple(expr, tie("b"), tie("b")).map(([cond, yes, no]) => [
        `if ${cond}:`, ...indent(yes.length ? yes : ["pass"]), "else:", ...indent(no.length ? no : ["pass"]),
      ]),
      tie("b").map((body) => ["try:", ...indent(body.length ? body : ["pass"]), "except Exception as e:", "    print('caught', type(e).__name__)"]),
      tie("b").map((body) => ["def h():", "    global a, b, c, d", ...indent([...body, "return a"]), "a = h()"]),
    ),
    { minLength: 1, maxLength: 5 },
  ).map((parts) => parts.flat()),
})).b;

/** A whole program: the prelude, then random statements. */
export const program: fc.Arbitrary<string> = block.map((lines) => `${PRELUDE}\n${lines.join("\n")}\n`);
