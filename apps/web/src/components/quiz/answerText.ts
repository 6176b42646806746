// An answer (a student's, or the grader's key in the shape a student submits) put into words per
// kind, so instructors read "line 7 (1st execution), by reference counting" rather than JSON.
import type { MemoryGraph } from "@heapwise/grader";
import { CHOICE_TEXT, ordinal, placeLabel, type Place, type StudentView } from "./types";

/** Short lines, a two-column table (item, answer), or preformatted text (program output). */
export type AnswerText = { lines: string[] } | { table: [string, string][] } | { text: string };

type Items = Record<string, unknown>[];
const str = (v: unknown) => (typeof v === "string" ? v : String(v));
const listOr = (xs: string[], empty: string) => (xs.length ? xs.join(", ") : empty);

/** The same words on one line, for table cells ("item: place; item: place"). */
export function answerOneLine(kind: string, answer: unknown): string {
  const t = describeAnswer(kind, answer);
  if ("text" in t) return t.text.trimEnd().split("\n").join(" / ");
  if ("lines" in t) return t.lines.join("; ");
  return t.table.map(([item, value]) => `${item}: ${value}`).join("; ");
}

/** `view` gives the items' wording; without it (dashboards) items are named by their ids. */
export function describeAnswer(kind: string, answer: unknown, view?: Pick<StudentView, "items">): AnswerText {
  const a = (answer ?? {}) as Record<string, unknown>;
  const items = view?.items ? (view.items as unknown as Items) : itemsFromAnswer(a);
  switch (kind) {
    case "where-lives":
      return { table: items.map((it) => [whereItem(it), placeOf(a, str(it.id))]) };
    case "when-freed":
      return { lines: [whenFreed(a)] };
    case "alive": {
      const alive = new Set((a.alive as string[] | undefined) ?? []);
      if (!view?.items) return { lines: [`Marked alive: ${listOr([...alive], "none")}`] };
      const label = (it: Record<string, unknown>) => str(it.label);
      return { lines: [`Alive: ${listOr(items.filter((it) => alive.has(str(it.id))).map(label), "none")}`, `Not alive: ${listOr(items.filter((it) => !alive.has(str(it.id))).map(label), "none")}`] };
    }
    case "refcount":
      // A student who was not asked for referrers sends none; the key always lists them.
      return { lines: [`count: ${str(a.count)}${Array.isArray(a.referrers) ? `, referrers: ${listOr(a.referrers as string[], "none")}` : ""}`] };
    case "output":
      return { text: typeof a.output === "string" && a.output.trim() ? a.output : "(prints nothing)" };
    case "identity": {
      const answers = (a.answers ?? {}) as Record<string, string>;
      return { table: items.map((it) => [identityItem(it), choiceOf(answers[str(it.id)])]) };
    }
    case "draw-memory":
      return { lines: drawing(a as unknown as MemoryGraph) };
    default:
      return { text: JSON.stringify(answer, null, 2) };
  }
}

function placeOf(a: Record<string, unknown>, id: string): string {
  const p = ((a.places ?? {}) as Record<string, Place | string | undefined>)[id];
  if (!p) return "no answer";
  return placeLabel(typeof p === "string" ? placeFromText(p) : p);
}

/** The grader also accepts "heap", "global", "cell" and "frame:f" as places (seeded answers use them). */
function placeFromText(s: string): Place {
  const t = s.trim().toLowerCase();
  if (t === "heap" || t === "global" || t === "cell") return { place: t };
  return { place: "frame", frame: s.trim().replace(/^(frame|stack):\s*/i, "") };
}

const choiceOf = (c: string | undefined) => (c ? (CHOICE_TEXT[c] ?? c) : "no answer");

/** Bare items named by id, for answers shown without their question. */
function itemsFromAnswer(a: Record<string, unknown>): Items {
  const ids = Object.keys((a.places ?? a.answers ?? {}) as object).concat((a.alive as string[] | undefined) ?? []);
  return ids.map((id) => ({ id, label: id }));
}

function whereItem(it: Record<string, unknown>): string {
  if (it.name === undefined) return str(it.id);
  const what = it.ask === "name" ? `the name ${str(it.name)}` : `the value of ${str(it.name)}`;
  return it.frame ? `${what} (in ${str(it.frame)}())` : what;
}

function whenFreed(a: Record<string, unknown>): string {
  if (a.freed === "never") return "not freed before the program ends";
  const how = a.freed === "gc" ? "by the cyclic collector" : "by reference counting";
  return `line ${str(a.line)} (${ordinal(Number(a.execution ?? 1))} execution), ${how}`;
}

function identityItem(it: Record<string, unknown>): string {
  if (it.ask === undefined) return str(it.id);
  return it.ask === "mutation" ? `change ${str(it.mutate)} in place, look through ${str(it.observe)}` : `${str(it.a)} and ${str(it.b)}`;
}

/** One line per frame ("Global frame: xs refers to o1 (list)") and per object with its contents. */
function drawing(raw: MemoryGraph): string[] {
  // Student drawings call bindings "names" and may leave lists out; the key uses "bindings".
  const g = {
    frames: (raw.frames ?? []).map((f) => ({ function: f.function, bindings: f.bindings ?? (f as unknown as { names?: MemoryGraph["frames"][number]["bindings"] }).names ?? [] })),
    objects: (raw.objects ?? []).map((o) => ({ ...o, refs: o.refs ?? [] })),
  };
  const types = new Map(g.objects.map((o) => [o.id, o.type]));
  const target = (r: { target?: string | null; value?: string | null }) => (r.target ? `refers to ${r.target}${types.has(r.target) ? ` (${types.get(r.target)})` : ""}` : `holds ${r.value ?? "nothing"}`);
  const frames = g.frames.map((f) => {
    const title = f.function === "<module>" ? "Global frame" : `Frame of ${f.function}()`;
    return `${title}: ${listOr(f.bindings.map((b) => `${b.name} ${target(b)}`), "no names")}`;
  });
  const objects = g.objects.map((o) => {
    const head = `${o.id} (${o.type}${o.value !== undefined ? ` ${o.value}` : ""})`;
    return o.refs.length ? `${head}: ${o.refs.map((r) => `${r.label} ${target(r)}`).join(", ")}` : head;
  });
  return [...frames, ...objects];
}
