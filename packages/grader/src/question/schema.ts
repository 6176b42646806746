// The question file format (formatVersion 1). Questions live in the database (QuestionVersion.definition)
// and as JSON files in git; both go through this schema, so every message must make sense to an instructor.
import { z } from "zod";

export const KINDS = ["where-lives", "when-freed", "alive", "refcount", "draw-memory", "output", "identity"] as const;
export type Kind = (typeof KINDS)[number];

const line = z.number().int().min(1, { message: "line numbers start at 1" });
const count = z.number().int().min(1, { message: "counts start at 1 (1 = the first time)" });
/** Names may contain template placeholders such as {{name}}; they are checked after substitution. */
const text = z.string().min(1, { message: "must not be empty" });

/** A moment of the run: the memory picture the question is about. */
export const pointSchema = z.discriminatedUnion("at", [
  z.object({ at: z.literal("after-line"), line, execution: count.default(1) }).strict(),
  z.object({ at: z.literal("return"), function: text, call: count.default(1) }).strict(),
  z.object({ at: z.literal("end") }).strict(),
]);
export type Point = z.infer<typeof pointSchema>;

/** One object of the run, named the way an instructor points at it in the source. */
export const objectRefSchema = z.union([
  z.object({ created: z.object({ line, allocation: count.optional(), type: text.optional() }).strict() }).strict(),
  z.object({ name: text, frame: text.default("<module>"), at: pointSchema.optional() }).strict(),
]);
export type ObjectRefSpec = z.infer<typeof objectRefSchema>;

const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { message: "item ids are 1-40 letters, digits, _ or -" });

export const whereItemSchema = z.object({
  id: itemId,
  /** "name": where does the name live; "value": where does the object the name refers to live. */
  ask: z.enum(["name", "value"]),
  name: text,
  frame: text.optional(),
}).strict();

export const aliveItemSchema = z.object({ id: itemId, label: text, object: objectRefSchema }).strict();

export const identityItemSchema = z.union([
  z.object({ id: itemId, ask: z.literal("relation"), a: text, b: text, frame: text.optional() }).strict(),
  z.object({ id: itemId, ask: z.literal("mutation"), mutate: text, observe: text, frame: text.optional() }).strict(),
]);

export const paramSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("name"), choices: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: "a name choice must be a Python identifier" })).min(1) }).strict(),
  z.object({ type: z.literal("int"), min: z.number().int(), max: z.number().int() }).strict()
    .refine((p) => p.min <= p.max, { message: "min must not exceed max" }),
  z.object({ type: z.literal("choice"), choices: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
]);
export type Param = z.infer<typeof paramSchema>;

export const templateSchema = z.object({
  params: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: "parameter names are identifiers" }), paramSchema).default({}),
  /** Groups of template lines (1-based) whose statements are independent and may run in any order. */
  shuffle: z.array(z.array(line).min(2, { message: "a shuffle group needs at least two lines" })).default([]),
}).strict();
export type Template = z.infer<typeof templateSchema>;

const base = {
  formatVersion: z.literal(1, { message: "formatVersion must be 1" }),
  title: text.optional(),
  prompt: text,
  program: text,
  points: z.number().positive({ message: "points must be positive" }).default(1),
  memoryModel: z.enum(["cpython", "simplified"]).default("cpython"),
  python: z.enum(["3.11", "3.14"]).default("3.14"),
  /** Shown to the student with the result, after grading. */
  feedback: z.string().optional(),
  template: templateSchema.optional(),
  tags: z.array(z.string()).default([]),
};

export const questionSchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("where-lives"), at: pointSchema, items: z.array(whereItemSchema).min(1, { message: "list at least one name" }) }).strict(),
  z.object({ ...base, kind: z.literal("when-freed"), object: objectRefSchema, at: pointSchema.optional() }).strict(),
  z.object({ ...base, kind: z.literal("alive"), at: pointSchema, items: z.array(aliveItemSchema).min(1, { message: "list at least one object" }) }).strict(),
  z.object({ ...base, kind: z.literal("refcount"), at: pointSchema, object: objectRefSchema, askReferrers: z.boolean().default(false) }).strict(),
  z.object({ ...base, kind: z.literal("draw-memory"), at: pointSchema }).strict(),
  z.object({ ...base, kind: z.literal("output") }).strict(),
  z.object({ ...base, kind: z.literal("identity"), at: pointSchema, items: z.array(identityItemSchema).min(1, { message: "list at least one pair" }) }).strict(),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionOf<K extends Kind> = Extract<Question, { kind: K }>;
