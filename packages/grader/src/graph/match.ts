// Matches a student's memory diagram to the true one up to renaming of object ids: frames are
// paired by function (in stack order), bindings anchor objects by name, and the pairing spreads
// along arrows with the same label. Objects left over get a second chance by type and value.
import { frameName, normalizeLabel, normalizeValue, type DrawnObject, type MemoryGraph } from "./types";

export interface GraphMatch {
  /** key frame index -> student frame index */
  frames: Map<number, number>;
  keyToStudent: Map<string, string>;
  studentToKey: Map<string, string>;
  /** Student objects that a student arrow reached while the key object behind it was already paired. */
  copies: { key: string; student: string }[];
}

const sameType = (a: DrawnObject, b: DrawnObject): boolean => a.type.trim().toLowerCase() === b.type.trim().toLowerCase();

function pairFrames(key: MemoryGraph, student: MemoryGraph): Map<number, number> {
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  key.frames.forEach((kf, ki) => {
    const si = student.frames.findIndex((sf, i) => !used.has(i) && frameName(sf.function) === kf.function);
    if (si >= 0) { pairs.set(ki, si); used.add(si); }
  });
  return pairs;
}

export function matchGraphs(key: MemoryGraph, student: MemoryGraph): GraphMatch {
  const kObj = new Map(key.objects.map((o) => [o.id, o]));
  const sObj = new Map(student.objects.map((o) => [o.id, o]));
  const frames = pairFrames(key, student);
  const k2s = new Map<string, string>();
  const s2k = new Map<string, string>();
  const copies: GraphMatch["copies"] = [];
  const queue: [string, string][] = [];
  for (const [ki, si] of frames) {
    for (const kb of key.frames[ki]?.bindings ?? []) {
      const sb = student.frames[si]?.bindings.find((b) => b.name === kb.name);
      if (kb.target && sb?.target) queue.push([kb.target, sb.target]);
    }
  }
  // Breadth-first, so objects near the names are paired before deeper ones.
  while (queue.length > 0) {
    const [k, s] = queue.shift() as [string, string];
    const ko = kObj.get(k);
    const so = sObj.get(s);
    if (!ko || !so) continue;
    if (k2s.has(k) || s2k.has(s)) {
      if (k2s.get(k) !== s && !s2k.has(s) && sameType(ko, so)) copies.push({ key: k, student: s });
      continue;
    }
    if (!sameType(ko, so)) continue;
    k2s.set(k, s);
    s2k.set(s, k);
    for (const kr of ko.refs) {
      const sr = so.refs.find((r) => normalizeLabel(r.label) === normalizeLabel(kr.label));
      if (kr.target && sr?.target) queue.push([kr.target, sr.target]);
    }
  }
  // Second chance for objects drawn but not connected the way the key is.
  for (const ko of key.objects) {
    if (k2s.has(ko.id)) continue;
    const so = student.objects.find((o) => !s2k.has(o.id) && sameType(o, ko) && (ko.value === undefined || (o.value !== undefined && normalizeValue(o.value) === normalizeValue(ko.value))));
    if (so) { k2s.set(ko.id, so.id); s2k.set(so.id, ko.id); }
  }
  return { frames, keyToStudent: k2s, studentToKey: s2k, copies: copies.filter((c) => !s2k.has(c.student)) };
}
