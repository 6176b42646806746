// The editor's working copy of a question: a plain object in the question file format
// (@heapwise/grader questionSchema). Switching kind keeps the shared fields and fills in the
// kind-specific ones with defaults the instructor then points at.
import type { Trace } from "@heapwise/simulator";

export const KIND_LABELS = {
  "where-lives": "Where does it live? (frame / global / heap)",
  "when-freed": "When is it freed?",
  alive: "Which objects are alive?",
  refcount: "Reference count",
  "draw-memory": "Draw the memory",
  output: "What does it print?",
  identity: "Identity and aliasing",
} as const;
export type Kind = keyof typeof KIND_LABELS;
export const KIND_LIST = Object.keys(KIND_LABELS) as Kind[];

export type PointDraft = { at: "after-line"; line: number; execution: number } | { at: "return"; function: string; call: number } | { at: "end" };
export type ObjectRefDraft = { created: { line: number; allocation?: number; type?: string } } | { name: string; frame: string };

/** Loosely typed on purpose: the grader's schema is the single validator, the editor only shapes input. */
export type Draft = {
  formatVersion: 1;
  kind: Kind;
  title?: string;
  prompt: string;
  program: string;
  points?: number;
  python?: "3.11" | "3.14";
  feedback?: string;
  tags?: string[];
  template?: unknown;
  at?: PointDraft;
  object?: ObjectRefDraft;
  items?: Record<string, unknown>[];
  askReferrers?: boolean;
};

const NEEDS_POINT: Kind[] = ["where-lives", "alive", "refcount", "draw-memory", "identity"];
const NEEDS_ITEMS: Kind[] = ["where-lives", "alive", "identity"];

export const STARTER_PROGRAM = "def make(n):\n    items = [n, n + 1]\n    return items\n\nxs = make(1)\nys = xs\n";

export function newDraft(kind: Kind = "refcount"): Draft {
  return withKind({ formatVersion: 1, kind, title: "", prompt: "", program: STARTER_PROGRAM, points: 1, tags: [] }, kind);
}

export function withKind(d: Draft, kind: Kind): Draft {
  const next: Draft = { formatVersion: 1, kind, title: d.title, prompt: d.prompt, program: d.program, points: d.points, python: d.python, feedback: d.feedback, tags: d.tags, template: d.template };
  if (NEEDS_POINT.includes(kind)) next.at = d.at ?? { at: "end" };
  if (kind === "when-freed" || kind === "refcount") next.object = d.object ?? { name: "xs", frame: "<module>" };
  if (NEEDS_ITEMS.includes(kind)) next.items = d.kind === kind && d.items ? d.items : [];
  if (kind === "refcount") next.askReferrers = d.askReferrers ?? false;
  if (!next.prompt) next.prompt = defaultPrompt(kind);
  return next;
}

export function needsPoint(kind: Kind) {
  return NEEDS_POINT.includes(kind);
}

function defaultPrompt(kind: Kind): string {
  switch (kind) {
    case "where-lives": return "Where does each name, and the object it refers to, live at the marked point?";
    case "when-freed": return "On which line is the object freed?";
    case "alive": return "Which of these objects are still alive at the marked point?";
    case "refcount": return "What is the reference count of the object at the marked point?";
    case "draw-memory": return "Draw the frames, names and objects at the marked point.";
    case "output": return "What does this program print?";
    case "identity": return "Answer each question about identity and aliasing at the marked point.";
  }
}

/**
 * How an instructor's click on a heap object becomes a reference the grader can re-find in any run
 * of the program (ids are not stable across variants, source positions are): the line that created
 * it and which of the objects of its type that line created, counted in allocation order.
 */
export function objectRefFromTrace(trace: Trace, objectId: number): ObjectRefDraft | null {
  const life = trace.object(objectId);
  // Cached/constant objects are not "created" by a line, so the grader cannot find them that way.
  if (!life || life.createdLine < 1 || life.immortal !== null) return null;
  // Same counting as the grader's resolver: non-immortal objects of this type made on this line, id order.
  const sameLine = trace.objects().filter((o) => o.createdLine === life.createdLine && o.immortal === null && o.type === life.type);
  const allocation = sameLine.findIndex((o) => o.id === objectId) + 1;
  return { created: { line: life.createdLine, allocation: allocation > 0 ? allocation : 1, type: life.type } };
}

export function describePoint(p: PointDraft | undefined): string {
  if (!p) return "not set";
  if (p.at === "end") return "at program end";
  if (p.at === "return") return `when ${p.function} returns (call ${p.call})`;
  return `after line ${p.line} (execution ${p.execution})`;
}

export function describeObject(o: ObjectRefDraft | undefined): string {
  if (!o) return "not set";
  if ("name" in o) return `the object named ${o.name} in ${o.frame}`;
  const c = o.created;
  return `the ${c.type ?? "object"} created on line ${c.line}${c.allocation ? ` (#${c.allocation})` : ""}`;
}

export function nextItemId(items: Record<string, unknown>[] | undefined): string {
  const used = new Set((items ?? []).map((i) => String(i.id)));
  let n = (items?.length ?? 0) + 1;
  while (used.has(`i${n}`)) n++;
  return `i${n}`;
}

/** The definition as stored: optional text fields left empty are dropped rather than sent as "". */
export function cleanDraft(d: Draft): Draft {
  const out: Draft = { ...d };
  if (!out.title?.trim()) delete out.title;
  if (!out.feedback?.trim()) delete out.feedback;
  if (out.template === undefined || out.template === null) delete out.template;
  return out;
}

/** The step a question's point refers to, resolved the way the grader resolves it. */
export function stepOfPoint(trace: Trace, p: PointDraft | undefined): number | undefined {
  if (!p || p.at === "end") return trace.stepCount > 0 ? trace.stepCount - 1 : undefined;
  if (p.at === "after-line") return trace.stepAfterLine(p.line, p.execution);
  let seen = 0;
  for (let i = 0; i < trace.stepCount; i++) {
    const s = trace.step(i);
    if (s.kind === "return" && s.functionName === p.function && ++seen === p.call) return i;
  }
  return undefined;
}

/**
 * The step the editor draws for a point. At "end" the trace's last step has no frames left (the
 * module frame has returned), so the editor shows the last step that still has the module frame:
 * the same names and objects, and names stay clickable.
 */
export function stepToShow(trace: Trace, p: PointDraft | undefined): number | undefined {
  const step = stepOfPoint(trace, p);
  if (step === undefined || (p && p.at !== "end")) return step;
  for (let i = step; i >= 0; i--) if (trace.stateAt(i).frames.length > 0) return i;
  return step;
}

type ParamDraft = { type?: string; min?: number; choices?: (string | number)[] };

/**
 * The program of a template's default variant (first choice / minimum of every parameter, no
 * shuffling), as the grader builds it: what the editor simulates, since the raw template with
 * {{placeholders}} is not Python.
 */
export function defaultVariantProgram(d: Draft): string {
  const params = (d.template as { params?: Record<string, ParamDraft> } | undefined)?.params;
  if (!params || typeof params !== "object") return d.program;
  return d.program.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) => {
    const p = params[name];
    if (!p) return whole;
    const value = p.type === "int" ? p.min : p.choices?.[0];
    return value === undefined ? whole : String(value);
  });
}
