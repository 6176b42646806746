"use client";
// Runs the grader on the draft (debounced): the default variant's key and student view, an
// authoring validation report, and a few seeded variants. The grader is imported lazily.
import { useEffect, useState } from "react";
import type { PrepareResult, ValidationReport } from "@heapwise/grader";
import { cleanDraft, type Draft } from "./draft";

export const VARIANT_SEEDS = [1, 2, 3, 4];

export interface VariantPreview {
  seed: number;
  /** This seed's own variant (no fallback), so an invalid seed shows its own errors. */
  prepared: PrepareResult;
}

export interface Preview {
  base: PrepareResult;
  report: ValidationReport;
  variants: VariantPreview[];
}

export function usePreview(input: Draft, delayMs = 400): Preview | null {
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void import("@heapwise/grader").then(({ parseQuestion, prepareQuestion, prepareVariant, validateQuestion }) => {
        if (cancelled) return;
        const draft = cleanDraft(input);
        const base = prepareQuestion(draft);
        const report = validateQuestion(draft);
        const parsed = parseQuestion(draft);
        const variants = parsed.ok && parsed.value.template ? VARIANT_SEEDS.map((seed) => ({ seed, prepared: prepareVariant(parsed.value, seed) })) : [];
        setPreview({ base, report, variants });
      });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [input, delayMs]);
  return preview;
}
