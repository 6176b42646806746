// A mutable memory picture that trace ops are applied to (and checkpoints are copied from).
import { type Op } from "./format";

export interface FrameState {
  id: number;
  name: string;
  generator: number;
  line: number;
  bindings: Map<string, [number, number, number]>; // name -> [target, storage, cell]
  temps: number[];
}

export class State {
  refs = new Map<number, { targets: number[]; labels: (string | null)[] | null }>();
  frames = new Map<number, FrameState>();
  stack: number[] = [];
  detached: number[] = [];
  globals = new Map<string, number>();

  clone(): State {
    const s = new State();
    for (const [k, v] of this.refs) s.refs.set(k, { targets: v.targets.slice(), labels: v.labels ? v.labels.slice() : null });
    for (const [k, f] of this.frames) s.frames.set(k, { ...f, bindings: new Map(f.bindings), temps: f.temps.slice() });
    s.stack = this.stack.slice();
    s.detached = this.detached.slice();
    s.globals = new Map(this.globals);
    return s;
  }

  frame(id: number): FrameState {
    let f = this.frames.get(id);
    if (!f) {
      f = { id, name: "?", generator: 0, line: 0, bindings: new Map(), temps: [] };
      this.frames.set(id, f);
    }
    return f;
  }

  apply(op: Op): void {
    switch (op[0]) {
      case "r": {
        const [, id, start, del, targets, labels] = op;
        let e = this.refs.get(id);
        if (!e) {
          e = { targets: [], labels: labels ? [] : null };
          this.refs.set(id, e);
        }
        e.targets.splice(start, del, ...targets);
        if (labels) (e.labels ??= []).splice(start, del, ...labels);
        else if (e.labels) e.labels.splice(start, del, ...targets.map(() => null));
        return;
      }
      case "S": {
        const [, keep, ...ids] = op;
        this.stack = [...this.stack.slice(0, keep), ...ids];
        return;
      }
      case "F": {
        const f = this.frame(op[1]);
        f.name = op[2];
        f.generator = op[3];
        return;
      }
      case "b": {
        const [, fid, name, target, storage, cell] = op;
        const f = this.frame(fid);
        if (target === -2) f.bindings.delete(name);
        else f.bindings.set(name, [target, storage, cell]);
        return;
      }
      case "t": {
        const [, fid, ...ids] = op;
        this.frame(fid).temps = ids;
        return;
      }
      case "l": this.frame(op[1]).line = op[2]; return;
      case "g":
        if (op[2] === -2) this.globals.delete(op[1]);
        else this.globals.set(op[1], op[2]);
        return;
      case "D": this.detached = op.slice(1) as number[]; return;
      case "x": this.frames.delete(op[1]); return;
    }
  }
}
