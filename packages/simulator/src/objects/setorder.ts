// CPython's set iteration order: the order of the open-addressing hash table (setobject.c),
// rebuilt from the members in insertion order. Only numbers have a hash that does not vary
// between runs, so other sets keep insertion order (CPython's own order for them is random).
import { type PyObject } from "./base";
import { numericHash } from "./numeric";
import { PyFloat, PyInt } from "./scalars";

const LINEAR_PROBES = 9;

/**
 * The platform's word size, which changes hashes and the probe sequence: 64 for native CPython,
 * 32 for Pyodide (the 3.14 oracle). Set from the profile for each run (run.ts).
 */
export const platform = { wordBits: 64 as 64 | 32, constSetRebuilt: true };

function hashOf(o: PyObject): bigint | null {
  if (o instanceof PyInt || o instanceof PyFloat) return numericHash(o.v, platform.wordBits === 64 ? 61 : 31);
  return null;
}

function insertClean(table: (number | null)[], mask: number, idx: number, hash: bigint): void {
  let perturb = hash & ((1n << BigInt(platform.wordBits)) - 1n); // size_t: the hash as unsigned
  let i = Number(perturb & BigInt(mask));
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      if (table[i + j] === null) {
        table[i + j] = idx;
        return;
      }
    }
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

/** Members in CPython's iteration order (insertion order when some hash is not reproducible). */
export function setOrder(items: PyObject[], initialSize = 8): PyObject[] {
  return buildTable(items, initialSize)?.order ?? items;
}

/** The hash table that inserting `items` one by one builds (null: some hash is not reproducible). */
function buildTable(items: PyObject[], initialSize = 8): { order: PyObject[]; size: number } | null {
  if (items.length < 2) return { order: items, size: initialSize };
  const hashes = items.map(hashOf);
  if (hashes.some((h) => h === null)) return null;
  let size = initialSize;
  let table: (number | null)[] = new Array<number | null>(size).fill(null);
  let fill = 0;
  items.forEach((_, k) => {
    insertClean(table, size - 1, k, hashes[k]!);
    fill++;
    if (fill * 5 >= (size - 1) * 3) {
      const minused = fill > 50000 ? fill * 2 : fill * 4;
      let newSize = 8;
      while (newSize <= minused) newSize <<= 1;
      const old = table;
      size = newSize;
      table = new Array<number | null>(size).fill(null);
      for (const e of old) if (e !== null) insertClean(table, size - 1, e, hashes[e]!);
    }
  });
  return { order: table.filter((e): e is number => e !== null).map((e) => items[e]!), size };
}

/**
 * A display of more than two constants (`{3, -1, -2}`) is compiled to a frozenset constant,
 * which 3.11's constant merging rebuilds once from its own order, and at run time copied
 * into a new set (set_merge): the new table is sized once for all the items and they go in in
 * the frozenset's order, unless both tables have the same size and the slots are copied.
 * Returns the insertion order and the table size that reproduce the copy.
 */
export function constantSetPlan(items: PyObject[]): { order: PyObject[]; size: number } {
  const first = buildTable(items);
  const frozen = first && (platform.constSetRebuilt ? buildTable(first.order) : first);
  if (!frozen) return { order: items, size: 8 };
  const n = frozen.order.length;
  let size = 8;
  if (n * 5 >= (size - 1) * 3) {
    while (size <= n * 2) size <<= 1;
  }
  // Slots copied: the frozenset's own layout, which inserting what built it one by one rebuilds.
  if (size === frozen.size) return { order: platform.constSetRebuilt ? first.order : items, size: 8 };
  return { order: frozen.order, size };
}
