// What the quiz page receives per question (the grader's student view; never the key) and the
// answer shapes the grader's answer schemas accept. Kept loose on input: views come over the wire.

export type Kind = "where-lives" | "when-freed" | "alive" | "refcount" | "draw-memory" | "output" | "identity";

export type Point = { at: "after-line"; line: number; execution?: number } | { at: "return"; function: string; call?: number } | { at: "end" };

export interface StudentView {
  kind: Kind;
  prompt: string;
  program: string;
  title?: string;
  python?: "3.11" | "3.14";
  memoryModel?: "cpython" | "simplified";
  at?: Point;
  /** The grader's wording of `at` ("after line 7 runs"). */
  moment?: string;
  object?: string;
  askReferrers?: boolean;
  items?: ViewItem[];
}

export type ViewItem =
  | { id: string; ask: "name" | "value"; name: string; frame?: string }
  | { id: string; label: string }
  | { id: string; ask: "relation"; a: string; b: string; choices: string[] }
  | { id: string; ask: "mutation"; mutate: string; observe: string; choices: string[] };

export type Place = { place: "frame"; frame: string } | { place: "global" | "cell" | "heap" };
export type WhereLivesAnswer = { places: Record<string, Place> };
export type WhenFreedAnswer = { freed: "line" | "gc"; line: number; execution?: number } | { freed: "never" };
export type AliveAnswer = { alive: string[] };
export type RefcountAnswer = { count: number; referrers?: string[] };
export type OutputAnswer = { output: string };
export type IdentityAnswer = { answers: Record<string, string> };
export interface DrawFrame {
  id: string;
  function: string;
  /** `value`: the simplified model's small value drawn inside the frame instead of an arrow. */
  names: { name: string; target: string | null; value?: string }[];
}
export interface DrawObject {
  id: string;
  type: string;
  value?: string;
  refs: { label: string; target: string }[];
}

/**
 * Half-filled rows are normal while drawing; the grader rejects empty names and types, so they
 * are left out of what is sent rather than failing the whole drawing.
 */
export function cleanDrawing(a: DrawMemoryAnswer): DrawMemoryAnswer {
  return {
    frames: a.frames
      .filter((f, i) => i === 0 || f.function.trim())
      .map((f) => ({
        ...f,
        function: f.function.trim() || "<module>",
        names: f.names
          .filter((n) => n.name.trim())
          .map((n) => ({ name: n.name.trim(), target: n.target, ...(n.value?.trim() && !n.target ? { value: n.value.trim() } : {}) })),
      })),
    objects: a.objects.map((o) => ({
      ...o,
      type: o.type.trim() || "object",
      value: o.value?.trim() || undefined,
      refs: o.refs.filter((r) => r.label.trim()),
    })),
  };
}
export type DrawMemoryAnswer = { frames: DrawFrame[]; objects: DrawObject[] };

export interface WidgetProps<A> {
  view: StudentView;
  value: A | null;
  onChange: (answer: A) => void;
  /** Unique per question on the page, for ids and labels. */
  idPrefix: string;
  disabled?: boolean;
}

/**
 * The grader's student view nests kind-specific fields under `items` ({items:[...]}, {object},
 * {object, askReferrers}); the widgets read them flat.
 */
export function toStudentView(raw: unknown): StudentView {
  const v = (raw ?? {}) as Record<string, unknown>;
  const extra = v.items && typeof v.items === "object" && !Array.isArray(v.items) ? (v.items as Record<string, unknown>) : {};
  const items = Array.isArray(v.items) ? v.items : Array.isArray(extra.items) ? extra.items : undefined;
  return { ...(v as unknown as StudentView), ...(extra as object), items: items as ViewItem[] | undefined };
}

/** Function names defined in the program: the frames a name can live in. */
export function functionsIn(program: string): string[] {
  const names = [...program.matchAll(/^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)/gm)].map((m) => m[1] as string);
  return [...new Set(names)];
}

export function describePoint(p: Point | undefined): string | null {
  if (!p) return null;
  if (p.at === "after-line") return `right after line ${p.line} runs${p.execution && p.execution > 1 ? ` for the ${ordinal(p.execution)} time` : ""}`;
  if (p.at === "return") return `when ${p.function}() returns${p.call && p.call > 1 ? ` (${ordinal(p.call)} call)` : ""}`;
  return "at the end of the program";
}

/** How the identity widget words each choice; the instructor's key summary uses the same words. */
export const CHOICE_TEXT: Record<string, string> = {
  same: "the same object (is)",
  equal: "different objects, equal values (==)",
  different: "different and not equal",
  seen: "the change is visible",
  "not-seen": "the change is not visible",
};

/** A where-lives place in the words of the widget's slots. */
export function placeLabel(p: Place): string {
  if (p.place === "frame") return `Frame of ${p.frame}()`;
  return { global: "Global frame (module namespace)", cell: "Closure cell (heap)", heap: "Heap" }[p.place];
}

export function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
