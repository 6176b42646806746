"use client";
import type { StepIndex, Trace } from "@heapwise/simulator";
import { useCallback, useEffect, useState } from "react";

export interface Stepper {
  step: StepIndex;
  last: StepIndex;
  setStep: (s: StepIndex) => void;
  next: () => void;
  prev: () => void;
  playing: boolean;
  togglePlay: () => void;
}

/** Current step of a trace, with play and clamping; resets when the trace changes. */
export function useStepper(trace: Trace | null, initial: StepIndex = 0, playMs = 450): Stepper {
  const last = Math.max((trace?.stepCount ?? 1) - 1, 0);
  const [state, setState] = useState({ trace, step: Math.min(initial, last) });
  const [playing, setPlaying] = useState(false);
  // A new trace (edited program, other question) starts over at its initial step.
  if (state.trace !== trace) setState({ trace, step: Math.min(initial, last) });
  const step = Math.min(state.step, last);

  const setStep = useCallback((s: StepIndex) => setState((p) => ({ ...p, step: Math.min(Math.max(0, s), last) })), [last]);
  const next = useCallback(() => setStep(step + 1), [setStep, step]);
  const prev = useCallback(() => setStep(step - 1), [setStep, step]);

  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => setStep(step + 1), playMs);
    return () => clearTimeout(t);
  }, [playing, step, last, playMs, setStep]);

  const togglePlay = useCallback(() => setPlaying((p) => !p), []);
  return { step, last, setStep, next, prev, playing, togglePlay };
}

/** ←/→ step through the trace unless the user is typing somewhere. */
export function useArrowKeys(stepper: Stepper, enabled = true) {
  const { next, prev } = stepper;
  useEffect(() => {
    if (!enabled) return;
    function onKey(e: KeyboardEvent) {
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.closest(".cm-editor"))) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "ArrowRight") {
        e.preventDefault();
        next();
      } else if (e.key === "ArrowLeft") {
        e.preventDefault();
        prev();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [next, prev, enabled]);
}
