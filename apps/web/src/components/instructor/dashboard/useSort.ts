"use client";
// Column sorting for the dashboard tables: click a header once for ascending, again for descending.
import { useMemo, useState } from "react";

export type SortDir = "asc" | "desc";

export function useSort<T, K extends string>(rows: T[], initial: K, get: (row: T, key: K) => string | number | null) {
  const [key, setKey] = useState<K>(initial);
  const [dir, setDir] = useState<SortDir>("asc");
  const sorted = useMemo(() => {
    const copy = [...rows];
    copy.sort((a, b) => {
      const x = get(a, key);
      const y = get(b, key);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return dir === "asc" ? cmp : -cmp;
    });
    return copy;
  }, [rows, key, dir, get]);
  const toggle = (k: K) => {
    if (k === key) setDir(dir === "asc" ? "desc" : "asc");
    else {
      setKey(k);
      setDir("asc");
    }
  };
  const ariaSort = (k: K): "ascending" | "descending" | "none" => (k === key ? (dir === "asc" ? "ascending" : "descending") : "none");
  return { sorted, toggle, ariaSort };
}
