// CPython's set iteration order: the order of the open-addressing hash table (setobject.c),
// rebuilt from the members in insertion order. Only numbers have a hash that does not vary
// between runs, so other sets keep insertion order (CPython's own order for them is random).
import { type PyObject } from "./base";
import { numericHash } from "./numeric";
import { PyFloat, PyInt } from "./scalars";

const MASK64 = (1n << 64n) - 1n;
const LINEAR_PROBES = 9;

function hashOf(o: PyObject): bigint | null {
  if (o instanceof PyInt || o instanceof PyFloat) return numericHash(o.v);
  return null;
}

function insertClean(table: (number | null)[], mask: number, idx: number, hash: bigint): void {
  let perturb = hash & MASK64;
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
export function setOrder(items: PyObject[]): PyObject[] {
  if (items.length < 2) return items;
  const hashes = items.map(hashOf);
  if (hashes.some((h) => h === null)) return items;
  let size = 8;
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
  return table.filter((e): e is number => e !== null).map((e) => items[e]!);
}
