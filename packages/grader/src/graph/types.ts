// The memory diagram as a plain graph: frames with bindings, heap objects with labelled arrows.
// Student drawings and the key share this shape; object ids are arbitrary strings on both sides.
import { z } from "zod";

const valueText = z.string().max(500);
const objectIdText = z.string().min(1).max(60);

/** `target: null` (an unconnected name in the UI) reads as no arrow. */
const nullToUndefined = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === null ? undefined : v), t.optional());

export const drawnRefSchema = z.object({
  /** "[0]", ".next", "['key']": how the object holds the reference. */
  label: z.string().min(1).max(200),
  target: nullToUndefined(objectIdText),
  /** Simplified model: a small value drawn inline in the slot. */
  value: nullToUndefined(valueText),
}).strict();

export const drawnBindingSchema = z.object({ name: z.string().min(1).max(100), target: nullToUndefined(objectIdText), value: nullToUndefined(valueText) }).strict();

/** The UI's frames may carry their own id and call their bindings "names"; both spellings are read. */
export const drawnFrameSchema = z.preprocess(
  (v) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v;
    const { names, id: _id, ...rest } = v as Record<string, unknown>;
    return names !== undefined && !("bindings" in rest) ? { ...rest, bindings: names } : rest;
  },
  z.object({ function: z.string().min(1).max(100), bindings: z.array(drawnBindingSchema).max(200) }).strict(),
);

export const drawnObjectSchema = z.object({
  id: objectIdText,
  type: z.string().min(1).max(100),
  /** Value of a primitive object (int, str...) as Python prints its repr. */
  value: valueText.optional(),
  refs: z.array(drawnRefSchema).max(500).default([]),
}).strict();

export const memoryGraphSchema = z.object({
  frames: z.array(drawnFrameSchema).max(100),
  objects: z.array(drawnObjectSchema).max(1000),
}).strict();

export type DrawnRef = z.infer<typeof drawnRefSchema>;
export type DrawnBinding = z.infer<typeof drawnBindingSchema>;
export type DrawnFrame = z.infer<typeof drawnFrameSchema>;
export type DrawnObject = z.infer<typeof drawnObjectSchema>;
export type MemoryGraph = z.infer<typeof memoryGraphSchema>;

const MODULE_ALIASES = new Set(["<module>", "module", "global", "globals", "global frame", "__main__", "main module"]);
/** Students may call the module frame "Global frame" (as Python Tutor does) or "globals". */
export const frameName = (name: string): string => (MODULE_ALIASES.has(name.trim().toLowerCase()) ? "<module>" : name.trim());

/** Values compare after trimming and unifying quotes, so 'a' and "a" match. */
export const normalizeValue = (v: string): string => v.trim().replace(/"/g, "'");
export const normalizeLabel = (l: string): string => l.replace(/\s+/g, "").replace(/"/g, "'");
