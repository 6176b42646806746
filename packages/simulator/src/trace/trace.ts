// Random access over a recorded run: the state at step i is rebuilt from the nearest
// checkpoint (taken every CHECKPOINT steps while replaying) plus the ops since then.
import { FREE_REASONS, STEP_KINDS, STORAGE, type TraceData } from "./format";
import { State } from "./state";
import { buildMemoryState } from "./view";
import {
  type MemoryState, type ObjectId, type ObjectLifetime, type PythonVersion, type Referrer, type StepIndex, type StepInfo, type Trace,
} from "./types";

const CHECKPOINT = 256;

export class TraceImpl implements Trace {
  private checkpoints = new Map<number, State>();
  private lifetimes: ObjectLifetime[];
  private byId = new Map<number, ObjectLifetime>();
  private lineSteps: Map<number, number[]> | null = null;

  private reprs = new Map<number, string | null>();
  private freeEvents = new Map<number, TraceData["steps"][number][7][number]>();

  constructor(private data: TraceData) {
    for (const row of data.steps) for (const ev of row[7]) this.freeEvents.set(ev[0], ev);
    for (const ev of data.shutdownFrees) this.freeEvents.set(ev[0], ev);
    for (const r of data.objects) this.reprs.set(r[0], r[7]);
    this.lifetimes = data.objects.map((r) => this.lifetime(r)).sort((a, b) => a.id - b.id);
    for (const l of this.lifetimes) this.byId.set(l.id, l);
  }

  get python(): PythonVersion {
    return this.data.python;
  }
  get source(): string {
    return this.data.source;
  }
  get stepCount(): number {
    return this.data.steps.length;
  }
  get output(): string {
    return this.data.output;
  }
  get shutdownOutputStart(): number {
    return this.data.shutdownOutputStart;
  }

  private lifetime(r: TraceData["objects"][number]): ObjectLifetime {
    const [id, type, kind, immortal, createdStep, createdLine, createdExecution, , freedStep] = r;
    let freed: ObjectLifetime["freed"] = null;
    if (freedStep >= 0) {
      const ev = this.freeEvents.get(id);
      if (ev) freed = { id, reason: FREE_REASONS[ev[1]]!, line: ev[2], lineExecution: ev[3], step: freedStep };
    }
    return { id, type, kind, immortal, createdStep, createdLine, createdExecution, freed };
  }

  reprOf(id: number): string | null {
    return this.reprs.get(id) ?? null;
  }

  step(i: StepIndex): StepInfo {
    const s = this.data.steps[i];
    if (!s) throw new RangeError(`step ${i} out of range (0..${this.stepCount - 1})`);
    const [kind, line, lineExecution, frameId, depth, outputLength, allocated, freed] = s;
    return {
      index: i, kind: STEP_KINDS[kind]!, line, lineExecution, functionName: this.data.functionNames[frameId] ?? "<module>", frameId, depth,
      allocated: allocated.slice(), outputLength,
      freed: freed.map(([id, r, l, e]) => ({ id, reason: FREE_REASONS[r]!, line: l, lineExecution: e })),
    };
  }

  /** Raw replay state after applying step i. */
  rawState(i: StepIndex): State {
    if (i < 0 || i >= this.stepCount) throw new RangeError(`step ${i} out of range (0..${this.stepCount - 1})`);
    let base = Math.floor(i / CHECKPOINT) * CHECKPOINT;
    while (base >= 0 && !this.checkpoints.has(base)) base -= CHECKPOINT;
    const st = base >= 0 ? this.checkpoints.get(base)!.clone() : new State();
    for (let j = base >= 0 ? base + 1 : 0; j <= i; j++) {
      this.applyStep(st, j);
      if (j % CHECKPOINT === 0 && !this.checkpoints.has(j)) this.checkpoints.set(j, st.clone());
    }
    return st;
  }

  private applyStep(st: State, j: number): void {
    const row = this.data.steps[j]!;
    for (const id of row[6]) if (!st.refs.has(id)) st.refs.set(id, { targets: [], labels: null });
    for (const op of row[8]) st.apply(op);
    for (const [id] of row[7]) st.refs.delete(id);
  }

  stateAt(i: StepIndex): MemoryState {
    return buildMemoryState(this, this.rawState(i), i, STORAGE);
  }

  object(id: ObjectId): ObjectLifetime | undefined {
    return this.byId.get(id);
  }
  objects(): ObjectLifetime[] {
    return this.lifetimes.slice();
  }
  aliveAt(i: StepIndex): ObjectId[] {
    return this.lifetimes.filter((l) => l.createdStep <= i && (!l.freed || l.freed.step > i)).map((l) => l.id);
  }
  refcountAt(id: ObjectId, i: StepIndex): number {
    return this.stateAt(i).objects.find((o) => o.id === id)?.refcount ?? 0;
  }
  referrersAt(id: ObjectId, i: StepIndex): Referrer[] {
    const st = this.stateAt(i);
    const out: Referrer[] = [];
    for (const f of [...st.frames, ...st.detachedFrames]) {
      for (const b of f.bindings) if ((b.storage === "local" && b.target === id) || b.cell === id) out.push({ via: "name", frameId: f.id, functionName: f.functionName, name: b.name });
      for (const t of f.temporaries) if (t === id) out.push({ via: "temporary", frameId: f.id, functionName: f.functionName });
    }
    for (const g of st.globals) if (g.target === id) out.push({ via: "global", name: g.name });
    for (const o of st.objects) for (const r of o.refs) if (r.target === id) out.push({ via: "object", from: o.id, label: r.label });
    return out;
  }
  stepsAtLine(line: number): StepIndex[] {
    if (!this.lineSteps) {
      this.lineSteps = new Map();
      this.data.steps.forEach((s, i) => {
        if (s[0] !== 0) return;
        const l = this.lineSteps!.get(s[1]) ?? [];
        l.push(i);
        this.lineSteps!.set(s[1], l);
      });
    }
    return (this.lineSteps.get(line) ?? []).slice();
  }
  stepAfterLine(line: number, execution: number): StepIndex | undefined {
    const s = this.stepsAtLine(line)[execution - 1];
    if (s === undefined) return undefined;
    const depth = this.data.steps[s]![4];
    for (let j = s + 1; j < this.stepCount; j++) {
      const [kind, , , , d] = this.data.steps[j]!;
      const k = STEP_KINDS[kind];
      if (d < depth || (d === depth && (k === "line" || k === "return" || k === "end")) || k === "end") return j;
    }
    return undefined;
  }
  toJSON(): TraceData {
    return this.data;
  }
}
