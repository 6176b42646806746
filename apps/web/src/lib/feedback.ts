// The grader's stored feedback summary, trimmed to what the per-part lines do not already say.

/**
 * The grader's summary repeats each wrong part and each misconception as paragraphs; those are
 * drawn below on their own, so only the rest (verdict, notes, the instructor's feedback) is kept.
 */
export function otherFeedback(feedback: string, parts: { feedback: string }[], misconceptions: { title: string }[]): string[] {
  return feedback
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p && !parts.some((part) => part.feedback === p) && !misconceptions.some((m) => p.startsWith(`${m.title}? `)));
}
