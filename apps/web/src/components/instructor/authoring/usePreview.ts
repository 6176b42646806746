"use client";
// Runs the grader on the draft (debounced): the default variant's key and student view, an
// authoring validation report, and a few seeded variants. The grader is imported lazily.
import { useEffect, useState } from "react";
import type { PrepareResult, ValidationReport } from "@heapwise/grader";
import { cleanDraft, type Draft } from "./draft";

/** How many variants the preview samples. */
export const VARIANT_SAMPLES = 6;

export interface VariantPreview {
  seed: number;
  /** This seed's own variant (no fallback), so an invalid seed shows its own errors. */
  prepared: PrepareResult;
  /** The right answer for this variant, in the shape a student submits (null when invalid). */
  answer: unknown;
}

export interface Preview {
  base: PrepareResult;
  /** The right answer of the default variant, in the shape a student submits. */
  answer: unknown;
  report: ValidationReport;
  variants: VariantPreview[];
}

export function usePreview(input: Draft, delayMs = 400): Preview | null {
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void import("@heapwise/grader").then(({ kinds, parseQuestion, prepareQuestion, prepareVariant, validateQuestion, variantSeed }) => {
        if (cancelled) return;
        const draft = cleanDraft(input);
        // The full key holds steps, object ids and explanations; the answer it implies is what an instructor checks.
        const answerOf = (p: PrepareResult) => (p.ok ? kinds[p.question.kind].keyAnswer(p.key as never) : null);
        const base = prepareQuestion(draft);
        const report = validateQuestion(draft);
        const parsed = parseQuestion(draft);
        // Hashed like the seeds students get (small consecutive seeds are not a representative sample).
        const seeds = Array.from({ length: VARIANT_SAMPLES }, (_, i) => variantSeed("preview", "editor", i + 1));
        const variants = parsed.ok && parsed.value.template
          ? seeds.map((seed) => {
              const prepared = prepareVariant(parsed.value, seed);
              return { seed, prepared, answer: answerOf(prepared) };
            })
          : [];
        setPreview({ base, answer: answerOf(base), report, variants });
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [input, delayMs]);
  return preview;
}
