// The named wrong beliefs the grader recognises. Ids are stable: dashboards count them and
// Response.misconceptions stores them. `truth` is the two-or-three-sentence explanation students see.

export interface Misconception {
  id: string;
  title: string;
  belief: string;
  truth: string;
}

export const misconceptions: readonly Misconception[] = [
  { id: "value-on-stack", title: "Values live on the stack",
    belief: "ints, floats, bools and short strings are stored in the frame, on the stack.",
    truth: "In CPython every value is an object on the heap, even 10 or True. A frame only holds names, and each name is bound to a reference to an object." },
  { id: "object-in-frame", title: "Objects live inside the function that made them",
    belief: "an object created inside a function lives inside that function's frame.",
    truth: "Objects are always allocated on the heap; the frame holds only the local name that refers to the object. That is why an object can outlive the call that created it." },
  { id: "assign-copies", title: "Assignment copies the object",
    belief: "`b = a` makes a copy of the object.",
    truth: "Assignment binds a second name to the same object; nothing is copied. A change made through one name is seen through the other, and `a is b` is True." },
  { id: "arg-copies", title: "Parameters are copies",
    belief: "a function's parameters are copies of the caller's objects.",
    truth: "Calling a function binds each parameter to the very object the caller passed. Mutating it inside the function changes the caller's object; only rebinding the parameter stays local." },
  { id: "rebind-mutates", title: "Rebinding changes the object",
    belief: "assigning to a name (or a parameter) changes the object it referred to.",
    truth: "Assignment only makes the name refer to another object; the old object is unchanged and other names still see it. Only operations on the object itself (append, item or attribute assignment) mutate it." },
  { id: "del-destroys", title: "`del` destroys the object",
    belief: "`del x` destroys the object x refers to.",
    truth: "`del x` removes the name x, which drops one reference. The object is freed only when its last reference goes; while another name, container slot or attribute still refers to it, it stays alive." },
  { id: "return-frees", title: "Returning frees everything the function made",
    belief: "everything created in a function is freed when it returns.",
    truth: "When a function returns, its frame releases its locals, and objects whose last reference was a local are freed. An object that was returned, or stored in a global, a container or an attribute, still has a reference and survives." },
  { id: "scope-end-frees", title: "Block scope",
    belief: "an object is freed at the end of the block (if, loop body) that created it.",
    truth: "Python has no block scope: a name bound inside an if or a loop body belongs to the whole function. Its object is released when the name is rebound or deleted, or when the function ends." },
  { id: "gc-later", title: "Freeing waits for the garbage collector",
    belief: "objects are freed later, whenever the garbage collector runs.",
    truth: "CPython frees an object by reference counting, the moment its last reference goes away, in the middle of the statement if need be. The cyclic collector is only needed for objects caught in reference cycles." },
  { id: "refcount-cycles", title: "Reference counting frees cycles",
    belief: "objects in a reference cycle are freed as soon as no name refers to them.",
    truth: "Objects in a cycle keep each other's reference count above zero, so reference counting never frees them. They stay alive until the cyclic collector runs (`gc.collect()`, an automatic collection, or program end)." },
  { id: "gc-frees-reachable", title: "The collector frees reachable objects",
    belief: "`gc.collect()` frees objects that are still reachable.",
    truth: "The cyclic collector frees only groups of objects that nothing outside the group refers to. A cycle still reachable from a name, a container or a frame survives every collection." },
  { id: "container-copies", title: "Containers store copies",
    belief: "a list (or dict, tuple, attribute) stores copies of the values put into it.",
    truth: "A container slot holds a reference, exactly like a name. `xs.append(a)` makes `xs[-1]` refer to the same object as `a`, so `xs[-1] is a` is True and mutations are shared." },
  { id: "container-owns", title: "Removing from a container frees the item",
    belief: "removing an item from a list (pop, remove, del xs[i]) always frees it.",
    truth: "Removing an item drops only the container's reference. The object is freed only if that was its last reference; a name or another container that still refers to it keeps it alive." },
  { id: "temp-lives", title: "Temporaries live until the function ends",
    belief: "an object used in an expression but never stored lives until the end of the function.",
    truth: "A temporary is referenced only by the interpreter's evaluation stack. It is freed as soon as the stack drops it, usually within the same line, often before the line's other calls run." },
  { id: "new-on-read", title: "Using a name creates an object",
    belief: "reading a name or passing it to a function creates a new object.",
    truth: "Reading a name only copies a reference to its object; no object is created. New objects come from literals, calls that build them, and operations that compute new values." },
  { id: "small-int-new", title: "Every int is a new object",
    belief: "`a = 5; b = 5` creates two separate objects, and small ints can be freed.",
    truth: "CPython caches the small ints -5..256 (and None, True, False, short strings): every use is the same object, which is never freed. Equal constants in one file are also folded into one object." },
  { id: "is-equals", title: "`is` compares values",
    belief: "`is` tests whether two values are equal.",
    truth: "`is` tests identity: whether both sides are the very same object. `==` compares values, so two distinct lists with equal items are `==` but not `is`." },
  { id: "loop-var-gone", title: "The loop variable disappears after the loop",
    belief: "the loop variable is unbound (and its object freed) when the loop ends.",
    truth: "After a for loop the loop variable stays bound to the last item, which keeps that item alive. Only the iterator (and a temporary iterable nobody else holds) is released when the loop ends." },
  { id: "generator-frees-locals", title: "A generator's locals vanish at yield",
    belief: "a generator's local variables are freed each time it yields.",
    truth: "A suspended generator keeps its frame, and every local in it, alive on the heap. They are released only when the generator finishes, is closed, or is itself freed." },
  { id: "closure-copies", title: "Closures copy values",
    belief: "a closure copies the value of an outer variable when it is defined.",
    truth: "An inner function shares the outer variable through a cell object. It sees the object the cell refers to when it runs, and the cell keeps that object alive as long as the inner function exists." },
  { id: "except-var-lives", title: "`except ... as e` keeps e",
    belief: "the name bound by `except E as e` stays bound after the handler.",
    truth: "Python deletes `e` at the end of the except block. The exception, and the traceback with the frames it holds, is then released unless another name keeps it." },
  { id: "global-in-frame", title: "Globals live on the stack",
    belief: "module-level names live in a stack frame like locals do.",
    truth: "Global names live in the module's namespace, a dict on the heap that lives as long as the module. Functions read them from there; they are not copied into each call's frame." },
  { id: "refcount-counts-names-only", title: "Only names count as references",
    belief: "only variable names count towards an object's reference count.",
    truth: "Every reference counts: names in frames and in the module, container slots, attributes, closure cells and temporaries on the evaluation stack. An object held by a name and a list has at least two references." },
  { id: "refcount-overcount", title: "Every mention is a reference",
    belief: "each line that mentioned an object added a reference that is still there.",
    truth: "Only references that exist right now count: a name that was rebound or deleted, or a temporary that was dropped, no longer refers to the object. Count the names, slots and attributes that point to it at that moment." },
  { id: "no-finalize-at-exit", title: "Nothing happens at program end",
    belief: "objects still alive when the program ends are never finalized.",
    truth: "When the interpreter shuts down it releases the module's globals and runs a final collection. So the `__del__` methods of objects that survived run, and print, after the last statement." },
  { id: "frame-is-heap", title: "Names live on the heap",
    belief: "a local name lives on the heap next to its object.",
    truth: "A local name belongs to its function's frame on the call stack; it exists while the call is running. The object it refers to lives on the heap and can be shared by other names." },
  { id: "cell-is-local", title: "Captured variables are plain locals",
    belief: "a variable captured by an inner function is an ordinary local of the outer frame.",
    truth: "A variable used by an inner function is stored in a cell object on the heap; the outer frame and the closure both refer to the cell. That is why the closure can still read it after the outer call returns." },
];

const byId = new Map(misconceptions.map((m) => [m.id, m]));

export function misconception(id: string): Misconception {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown misconception id: ${id}`);
  return found;
}

export const MISCONCEPTION_IDS: ReadonlySet<string> = new Set(byId.keys());
