import type { FrameView, MemoryState, ObjectId, ObjectView } from "@heapwise/simulator";

// Geometry is computed, not measured: a step change costs one pass over the state and no DOM
// reads, which is what keeps a 200-object heap under a frame's budget.
export const FRAME_W = 220;
export const HEAD_H = 28;
export const ROW_H = 24;
export const OBJ_W = 210;
export const COL_GAP = 70;
export const GAP = 14;
export const MAX_REF_ROWS = 8;
const HEAP_X = FRAME_W + 90;

export interface FrameBox {
  frame: FrameView;
  x: number;
  y: number;
  h: number;
  /** Row label per binding / temporary, in drawing order. */
  rows: { label: string; target: ObjectId | null; kind: "name" | "temp" }[];
  detached: boolean;
}

export interface ObjectBox {
  obj: ObjectView;
  x: number;
  y: number;
  h: number;
  shownRefs: number;
}

export interface Arrow {
  key: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  fromObject: boolean;
}

export interface MemoryLayout {
  frames: FrameBox[];
  objects: ObjectBox[];
  arrows: Arrow[];
  width: number;
  height: number;
}

function frameRows(f: FrameView): FrameBox["rows"] {
  const rows: FrameBox["rows"] = f.bindings.map((b) => ({ label: b.name, target: b.target, kind: "name" as const }));
  for (const t of f.temporaries) rows.push({ label: "(temporary)", target: t, kind: "temp" });
  return rows;
}

function objectHeight(o: ObjectView): { h: number; shown: number } {
  const shown = Math.min(o.refs.length, MAX_REF_ROWS);
  const extra = o.refs.length > MAX_REF_ROWS ? 1 : 0;
  return { h: HEAD_H + 22 + (shown + extra) * ROW_H, shown };
}

/** Lays out frames top-down on the left and heap objects in balanced columns on the right. */
export function layoutMemory(state: MemoryState, columns = 3): MemoryLayout {
  const frames: FrameBox[] = [];
  let y = 0;
  const allFrames = [...state.frames.map((f) => ({ f, d: false })), ...state.detachedFrames.map((f) => ({ f, d: true }))];
  for (const { f, d } of allFrames) {
    const rows = frameRows(f);
    const h = HEAD_H + Math.max(rows.length, 1) * ROW_H + 8;
    frames.push({ frame: f, x: 0, y, h, rows, detached: d });
    y += h + GAP;
  }
  const framesH = y;

  // Objects go to the shortest column, in id order, so the picture is stable between steps.
  const colH = new Array<number>(columns).fill(0);
  const objects: ObjectBox[] = [];
  const byId = new Map<ObjectId, ObjectBox>();
  for (const obj of state.objects) {
    const { h, shown } = objectHeight(obj);
    let col = 0;
    for (let c = 1; c < columns; c++) if ((colH[c] ?? 0) < (colH[col] ?? 0)) col = c;
    const box: ObjectBox = { obj, x: HEAP_X + col * (OBJ_W + COL_GAP), y: colH[col] ?? 0, h, shownRefs: shown };
    colH[col] = (colH[col] ?? 0) + h + GAP;
    objects.push(box);
    byId.set(obj.id, box);
  }

  const arrows: Arrow[] = [];
  const targetPoint = (id: ObjectId) => {
    const b = byId.get(id);
    return b ? { x: b.x, y: b.y + HEAD_H / 2 } : null;
  };
  for (const fb of frames) {
    fb.rows.forEach((r, i) => {
      if (r.target == null) return;
      const to = targetPoint(r.target);
      if (to) arrows.push({ key: `f${fb.frame.id}:${i}`, from: { x: FRAME_W, y: fb.y + HEAD_H + i * ROW_H + ROW_H / 2 }, to, fromObject: false });
    });
  }
  for (const ob of objects) {
    for (let i = 0; i < ob.shownRefs; i++) {
      const ref = ob.obj.refs[i];
      if (!ref) continue;
      const to = targetPoint(ref.target);
      if (to) arrows.push({ key: `o${ob.obj.id}:${i}`, from: { x: ob.x + OBJ_W, y: ob.y + HEAD_H + 22 + i * ROW_H + ROW_H / 2 }, to, fromObject: true });
    }
  }
  const heapH = Math.max(0, ...colH);
  return { frames, objects, arrows, width: HEAP_X + columns * (OBJ_W + COL_GAP), height: Math.max(framesH, heapH) + 20 };
}

/** A curved path between two points; self-loops and right-to-left links bow outward so they stay visible. */
export function arrowPath(a: Arrow): string {
  const { from, to } = a;
  const dx = Math.max(40, Math.abs(to.x - from.x) / 2);
  if (to.x <= from.x) {
    const bow = 50 + Math.abs(to.y - from.y) / 8;
    return `M${from.x},${from.y} C${from.x + bow},${from.y} ${to.x - bow},${to.y} ${to.x},${to.y}`;
  }
  return `M${from.x},${from.y} C${from.x + dx},${from.y} ${to.x - dx},${to.y} ${to.x},${to.y}`;
}
