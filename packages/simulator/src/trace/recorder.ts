// Records a run as per-step deltas (format.ts). The evaluator marks what changed (objects via
// heap.touch, frames via markFrame, globals via namespaceChanged); at each step only those are
// diffed against the recorder's mirror, so a step costs what changed, not the heap size.
import { type PyObject } from "../objects/base";
import { PyList, PyTuple } from "../objects/containers";
import { PyGenerator, type Frame } from "../objects/frames";
import { type FreeReason, type StepKind } from "./types";
import { type Runtime } from "../vm/runtime";
import { type Tracer } from "../vm/tracer";
import { NULL_SELF } from "../vm/exec";
import { describe } from "./describe";
import { FREE_REASONS, STEP_KINDS, type FreeRow, type ObjectRow, type Op, type StepRow, type TraceData } from "./format";
import { TraceImpl } from "./trace";
import { frameBindings } from "./bindings";

const EMPTY: number[] = [];
const POSITIONAL = new Set(["list", "tuple", "dict", "set", "frozenset"]);

interface FrameMirror {
  bindings: Map<string, string>;
  temps: number[];
  line: number;
}

export class Recorder implements Tracer {
  private steps: StepRow[] = [];
  private objects = new Map<number, ObjectRow>();
  private refMirror = new Map<number, { targets: number[]; labels: (string | null)[] }>();
  private frameMirror = new Map<number, FrameMirror>();
  private known = new Map<number, Frame>();
  private dirtyFrames: Frame[] = [];
  private stack: Frame[] = [];
  private detached: number[] = [];
  private globalsMirror = new Map<string, number>();
  private globalsDirty: Map<string, PyObject> | null = null;
  private ops: Op[] = [];
  private allocated: number[] = [];
  private freed: FreeRow[] = [];
  private lineCounts = new Map<number, number>();
  private functionNames: Record<string, string> = {};
  private output = "";
  private shutdownStart = 0;
  private shutdownFrees: FreeRow[] = [];
  private closed = false;

  constructor(
    private rt: Runtime,
    private source: string,
  ) {}

  private get nextStep(): number {
    return this.steps.length;
  }

  private currentLine(): [number, number] {
    const f = this.rt.currentFrame;
    if (!f) return [0, 0];
    return [f.line, this.lineCounts.get(f.line) ?? 0];
  }

  /** The id of an object referenced by the trace, registering cached singletons on first sight. */
  private ref(o: PyObject): number {
    if (o.id !== 0 && this.objects.has(o.id)) return o.id;
    const id = this.rt.heap.idOf(o);
    this.register(o, 0, 0);
    return id;
  }

  private register(o: PyObject, line: number, exec: number): void {
    this.rt.heap.idOf(o);
    if (this.objects.has(o.id)) return;
    const { type, repr } = describe(this.rt, o);
    this.objects.set(o.id, [o.id, type, o.kind, o.immortal, this.nextStep, line, exec, repr, -1]);
    this.allocated.push(o.id);
    if (o.isContainer || o.refs().length) this.rt.heap.touch(o);
  }

  onAlloc(o: PyObject): void {
    const [line, exec] = this.currentLine();
    if (o.immortal) return this.register(o, 0, 0);
    this.register(o, line, exec);
    if (o instanceof PyGenerator && o.frame) this.known.set(o.frame.id, o.frame);
  }

  onFree(o: PyObject, reason: FreeReason): void {
    const row = o.id === 0 ? undefined : this.objects.get(o.id);
    if (!row) return;
    const [line, exec] = this.currentLine();
    row[8] = this.nextStep;
    this.freed.push([o.id, FREE_REASONS.indexOf(reason), line, exec]);
    this.refMirror.delete(o.id);
  }

  markFrame(f: Frame): void {
    f.dirty = true;
    this.dirtyFrames.push(f);
  }

  namespaceChanged(_f: Frame, ns: Map<string, PyObject>): void {
    if (_f.code.kind === "module" || ns === _f.globals) this.globalsDirty = ns;
    else this.markFrame(_f);
  }

  step(kind: StepKind, f: Frame): void {
    if (this.closed) return; // finalizers running at shutdown are not steps (see finish)
    if (kind === "line") this.lineCounts.set(f.line, (this.lineCounts.get(f.line) ?? 0) + 1);
    this.flush();
    const exec = this.lineCounts.get(f.line) ?? 0;
    const fid = f.id;
    this.functionNames[fid] ??= f.code.name;
    this.pushStep(STEP_KINDS.indexOf(kind), f.line, exec, fid, this.rt.frames.length);
  }

  /** Empty lists are shared, so a quiet step costs one small array. */
  private pushStep(kind: number, line: number, exec: number, fid: number, depth: number): void {
    const a = this.allocated.length ? this.allocated : EMPTY;
    const fr = this.freed.length ? this.freed : (EMPTY as unknown as FreeRow[]);
    const ops = this.ops.length ? this.ops : (EMPTY as unknown as Op[]);
    this.steps.push([kind, line, exec, fid, depth, this.rt.out.length, a, fr, ops]);
    if (a !== EMPTY) this.allocated = [];
    if (fr.length) this.freed = [];
    if (ops.length) this.ops = [];
  }

  private flush(): void {
    this.flushObjects();
    this.flushStack();
    for (const f of this.dirtyFrames) {
      f.dirty = false;
      this.flushFrame(f);
    }
    this.dirtyFrames = [];
    if (this.globalsDirty) this.flushGlobals(this.globalsDirty);
    this.flushDetached();
  }

  private flushObjects(): void {
    const heap = this.rt.heap;
    // Diffing can register singletons, which queues more objects: loop until quiet.
    while (heap.dirty.length) {
      const dirty = heap.dirty;
      heap.dirty = [];
      for (const o of dirty) {
        o.dirtyMark = false;
        const row = this.objects.get(o.id);
        if (!row || row[8] >= 0) continue;
        this.diffRefs(o);
      }
    }
  }

  private diffRefs(o: PyObject): void {
    const hint = o.spliceHint;
    const mirror = this.refMirror.get(o.id);
    if (hint && mirror && o instanceof PyList) {
      // One known splice since the last step: record it without comparing the whole list.
      o.spliceHint = null;
      const [start, del, ins] = hint;
      const added = o.items.slice(start, start + ins).map((x) => this.ref(x));
      mirror.targets.splice(start, del, ...added);
      this.ops.push(["r", o.id, start, del, added, null]);
      return;
    }
    o.spliceHint = null;
    let targets: number[];
    let labels: (string | null)[];
    if (o instanceof PyList || o instanceof PyTuple) {
      targets = o.items.map((x) => this.ref(x));
      labels = [];
    } else {
      const refs = o.viewRefs();
      targets = refs.map(([, t]) => this.ref(t));
      labels = POSITIONAL.has(o.kind) ? [] : refs.map(([l]) => l);
    }
    const old = this.refMirror.get(o.id) ?? { targets: [], labels: [] };
    const n = targets.length;
    const m = old.targets.length;
    let p = 0;
    while (p < n && p < m && targets[p] === old.targets[p] && labels[p] === old.labels[p]) p++;
    let q = 0;
    while (q < n - p && q < m - p && targets[n - 1 - q] === old.targets[m - 1 - q] && labels[n - 1 - q] === old.labels[m - 1 - q]) q++;
    this.refMirror.set(o.id, { targets, labels });
    if (p === n && p === m) return;
    const lab = labels.length ? labels.slice(p, n - q) : null;
    this.ops.push(["r", o.id, p, m - p - q, targets.slice(p, n - q), lab]);
  }

  private flushStack(): void {
    const frames = this.rt.frames;
    const last = this.stack;
    if (frames.length === last.length && frames[frames.length - 1] === last[last.length - 1]) return;
    let keep = Math.min(frames.length, last.length);
    while (keep > 0 && frames[keep - 1] !== last[keep - 1]) keep--;
    const added = frames.slice(keep);
    for (const f of added) {
      if (!this.known.has(f.id)) {
        this.known.set(f.id, f);
        this.ops.push(["F", f.id, f.code.name, f.gen ? this.ref(f.gen) : 0]);
      }
      if (!f.dirty) this.markFrame(f);
    }
    this.ops.push(["S", keep, ...added.map((f) => f.id)]);
    this.stack = frames.slice();
  }

  private flushFrame(f: Frame): void {
    if (f.released) return;
    let m = this.frameMirror.get(f.id);
    if (!m) {
      m = { bindings: new Map(), temps: [], line: -1 };
      this.frameMirror.set(f.id, m);
      if (!this.known.has(f.id)) this.known.set(f.id, f);
    }
    if (m.line !== f.line) {
      m.line = f.line;
      this.ops.push(["l", f.id, f.line]);
    }
    const seen = new Set<string>();
    for (const [name, target, storage, cell] of frameBindings(f)) {
      seen.add(name);
      const t = target ? this.ref(target) : -1;
      const c = cell ? this.ref(cell) : 0;
      const key = `${t}|${storage}|${c}`;
      if (m.bindings.get(name) !== key) {
        m.bindings.set(name, key);
        this.ops.push(["b", f.id, name, t, storage, c]);
      }
    }
    for (const name of m.bindings.keys()) {
      if (!seen.has(name)) {
        m.bindings.delete(name);
        this.ops.push(["b", f.id, name, -2, 0, 0]);
      }
    }
    const temps: number[] = [];
    for (const o of f.stack) if (o !== NULL_SELF) temps.push(this.ref(o));
    if (temps.length !== m.temps.length || temps.some((t, i) => t !== m.temps[i])) {
      m.temps = temps;
      this.ops.push(["t", f.id, ...temps]);
    }
  }

  private flushGlobals(ns: Map<string, PyObject>): void {
    this.globalsDirty = null;
    for (const [k, v] of ns) {
      const id = this.ref(v);
      if (this.globalsMirror.get(k) !== id) {
        this.globalsMirror.set(k, id);
        this.ops.push(["g", k, id]);
      }
    }
    for (const k of this.globalsMirror.keys()) {
      if (!ns.has(k)) {
        this.globalsMirror.delete(k);
        this.ops.push(["g", k, -2]);
      }
    }
  }

  private flushDetached(): void {
    const onStack = new Set(this.rt.frames.map((f) => f.id));
    const detached: number[] = [];
    for (const [id, f] of this.known) {
      if (onStack.has(id)) continue;
      if (f.released) {
        this.known.delete(id);
        this.frameMirror.delete(id);
        this.ops.push(["x", id]);
        continue;
      }
      if (!this.frameMirror.has(id)) {
        this.ops.push(["F", id, f.code.name, f.gen ? this.ref(f.gen) : 0]);
        this.flushFrame(f);
      }
      detached.push(id);
    }
    if (detached.length !== this.detached.length || detached.some((d, i) => d !== this.detached[i])) {
      this.detached = detached;
      this.ops.push(["D", ...detached]);
    }
  }

  endOfProgram(main: Frame): void {
    this.step("end", main);
    this.closed = true;
    this.shutdownStart = this.rt.out.length;
  }

  /**
   * After shutdown: program-end frees are kept in the lifetimes (their step is stepCount) and are
   * not a step, so the last step shows the program after its last statement. A run stopped by an
   * error ends with an "end" step showing the state where it stopped.
   */
  finish(out: string, partial: boolean): void {
    this.output = out;
    if (partial) {
      const f = this.rt.currentFrame;
      if (f) this.step("end", f);
      this.shutdownStart = out.length;
    } else {
      this.shutdownFrees = this.freed;
      this.freed = [];
    }
  }

  data(): TraceData {
    return {
      format: "heapwise-trace", version: 1, python: this.rt.profile.version, source: this.source, output: this.output,
      shutdownOutputStart: this.shutdownStart, functionNames: this.functionNames, steps: this.steps, objects: [...this.objects.values()],
      shutdownFrees: this.shutdownFrees,
    };
  }

  trace(): TraceImpl {
    return new TraceImpl(this.data());
  }
}
