// Scores a matched diagram piece by piece (frames, bindings, objects, arrows). Each missing or
// wrong piece costs its point; each extra piece costs half a point; every one gets a sentence.
import { type GradePart } from "../types";
import { type GraphMatch } from "./match";
import { frameName, normalizeLabel, normalizeValue, type DrawnObject, type MemoryGraph } from "./types";

export interface ScoreContext {
  key: MemoryGraph;
  student: MemoryGraph;
  match: GraphMatch;
  /** key object id -> "the list [1, 2]" */
  describe: (keyId: string) => string;
  /** key object id -> an expression reaching it ("nums"), to name arrows as nums[2]. */
  path: (keyId: string) => string;
  hidden: Map<string, Set<string>>;
  step: number;
}

const HIDDEN_TYPES = new Set(["function", "class", "type", "module", "builtin_function_or_method"]);

interface Tally { correct: number; total: number; extra: number; notes: string[] }
const tally = (): Tally => ({ correct: 0, total: 0, extra: 0, notes: [] });
const where = (fn: string): string => (fn === "<module>" ? "the global frame" : `${fn}'s frame`);

function part(id: string, title: string, t: Tally, step: number): GradePart | null {
  if (t.total === 0 && t.extra === 0) return null;
  const max = Math.max(t.total, 1);
  const score = Math.max(0, t.correct - 0.5 * t.extra);
  const shown = t.notes.slice(0, 6);
  const more = t.notes.length > shown.length ? ` (and ${t.notes.length - shown.length} more)` : "";
  const head = `${title}: ${t.correct} of ${t.total} right${t.extra ? `, ${t.extra} extra` : ""}.`;
  return { id, score: Math.min(score, max), max, feedback: [head, ...shown].join(" ") + more, step };
}

function scoreFrames(c: ScoreContext, t: Tally): void {
  c.key.frames.forEach((f, i) => {
    t.total++;
    if (c.match.frames.has(i)) t.correct++;
    else t.notes.push(`Missing ${where(f.function)}.`);
  });
  const used = new Set(c.match.frames.values());
  c.student.frames.forEach((f, i) => {
    if (!used.has(i)) { t.extra++; t.notes.push(`There is no frame for ${frameName(f.function)} at that point.`); }
  });
}

function scoreBindings(c: ScoreContext, t: Tally, found: Set<string>): void {
  c.key.frames.forEach((kf, ki) => {
    const si = c.match.frames.get(ki);
    const sf = si === undefined ? undefined : c.student.frames[si];
    for (const kb of kf.bindings) {
      t.total++;
      const sb = sf?.bindings.find((b) => b.name === kb.name);
      const target = kb.target ? c.describe(kb.target) : kb.value;
      if (!sb) { t.notes.push(`Missing ${kb.name} in ${where(kf.function)} (it refers to ${target}).`); continue; }
      if (kb.target && sb.target && c.match.keyToStudent.get(kb.target) === sb.target) { t.correct++; continue; }
      if (kb.value !== undefined && (sb.value ?? (sb.target ? c.student.objects.find((o) => o.id === sb.target)?.value : undefined)) !== undefined) {
        const given = sb.value ?? c.student.objects.find((o) => o.id === sb.target)?.value ?? "";
        if (normalizeValue(given) === normalizeValue(kb.value)) { t.correct++; continue; }
      }
      if (kb.target && sb.value !== undefined) {
        const ko = c.key.objects.find((o) => o.id === kb.target);
        found.add(ko?.value !== undefined ? "value-on-stack" : "object-in-frame");
        if (ko?.value !== undefined && normalizeValue(ko.value) === normalizeValue(sb.value)) { t.correct += 0.5; t.notes.push(`${kb.name} in ${where(kf.function)}: right value, but in CPython it is an arrow to an int/str object on the heap, not a value in the frame.`); continue; }
      }
      t.notes.push(`${kb.name} in ${where(kf.function)} should refer to ${target}.`);
    }
    if (!sf) return;
    const keyNames = new Set(kf.bindings.map((b) => b.name));
    const hidden = c.hidden.get(kf.function) ?? new Set<string>();
    for (const sb of sf.bindings) {
      if (keyNames.has(sb.name) || hidden.has(sb.name)) continue;
      t.extra++;
      t.notes.push(`${where(kf.function)} has no name ${sb.name} at that point.`);
      const isGlobal = c.key.frames[0]?.bindings.some((b) => b.name === sb.name);
      if (kf.function !== "<module>" && isGlobal) found.add("global-in-frame");
    }
  });
}

function scoreObjects(c: ScoreContext, t: Tally): void {
  for (const ko of c.key.objects) {
    t.total++;
    const sid = c.match.keyToStudent.get(ko.id);
    const so = c.student.objects.find((o) => o.id === sid);
    if (!so) { t.notes.push(`Missing ${c.describe(ko.id)}.`); continue; }
    if (ko.value !== undefined && (so.value === undefined || normalizeValue(so.value) !== normalizeValue(ko.value))) { t.correct += 0.5; t.notes.push(`${c.describe(ko.id)} is drawn with value ${so.value ?? "(none)"}.`); continue; }
    t.correct++;
  }
  // Objects drawn for def/class/import names are not asked for: drawing them costs nothing.
  const hiddenTargets = new Set(c.student.frames.flatMap((f) => f.bindings.filter((b) => c.hidden.get(frameName(f.function))?.has(b.name)).map((b) => b.target)));
  // In the simplified model the key draws small values inline; a student who draws them as heap objects
  // (as CPython really has them) is matched by value on the arrows and not charged for the boxes.
  const simplified = !c.key.objects.some((o) => o.value !== undefined);
  for (const so of c.student.objects) {
    if (c.match.studentToKey.has(so.id) || hiddenTargets.has(so.id) || HIDDEN_TYPES.has(so.type.trim().toLowerCase())) continue;
    if (simplified && so.value !== undefined) continue;
    t.extra++;
    t.notes.push(`Your ${so.type}${so.value ? ` ${so.value}` : ""} (${so.id}) does not exist at that point, or is drawn twice.`);
  }
}

function refMatches(c: ScoreContext, kr: DrawnObject["refs"][number], sr: DrawnObject["refs"][number] | undefined): boolean {
  if (!sr) return false;
  if (kr.target) return !!sr.target && c.match.keyToStudent.get(kr.target) === sr.target;
  const given = sr.value ?? c.student.objects.find((o) => o.id === sr.target)?.value;
  return given !== undefined && kr.value !== undefined && normalizeValue(given) === normalizeValue(kr.value);
}

function scoreArrows(c: ScoreContext, t: Tally, found: Set<string>): void {
  for (const ko of c.key.objects) {
    const so = c.student.objects.find((o) => o.id === c.match.keyToStudent.get(ko.id));
    for (const kr of ko.refs) {
      t.total++;
      const sr = so?.refs.find((r) => normalizeLabel(r.label) === normalizeLabel(kr.label));
      if (refMatches(c, kr, sr)) { t.correct++; continue; }
      const target = kr.target ? c.describe(kr.target) : kr.value;
      if (kr.target && sr?.value !== undefined && !c.key.objects.find((o) => o.id === kr.target)?.value) found.add("container-copies");
      t.notes.push(`${c.path(ko.id)}${kr.label} should refer to ${target}.`);
    }
    if (!so) continue;
    const labels = new Set(ko.refs.map((r) => normalizeLabel(r.label)));
    for (const sr of so.refs) {
      if (labels.has(normalizeLabel(sr.label))) continue;
      t.extra++;
      t.notes.push(`${c.path(ko.id)} has no ${sr.label} at that point.`);
    }
  }
}

/** Which belief explains a duplicated object: who else refers to the key object. */
function copyMisconception(c: ScoreContext, keyId: string): string {
  const frames = c.key.frames.filter((f) => f.bindings.some((b) => b.target === keyId)).length;
  if (frames > 1) return "arg-copies";
  const inContainer = c.key.objects.some((o) => o.refs.some((r) => r.target === keyId));
  return inContainer ? "container-copies" : "assign-copies";
}

export function scoreGraph(c: ScoreContext): { parts: GradePart[]; misconceptions: string[] } {
  const found = new Set<string>();
  const t = { frames: tally(), bindings: tally(), objects: tally(), arrows: tally() };
  scoreFrames(c, t.frames);
  scoreBindings(c, t.bindings, found);
  scoreObjects(c, t.objects);
  scoreArrows(c, t.arrows, found);
  for (const copy of c.match.copies) found.add(copyMisconception(c, copy.key));
  const parts = [
    part("frames", "Frames", t.frames, c.step),
    part("bindings", "Names", t.bindings, c.step),
    part("objects", "Objects", t.objects, c.step),
    part("arrows", "Arrows", t.arrows, c.step),
  ].filter((p): p is GradePart => p !== null);
  return { parts, misconceptions: [...found] };
}
