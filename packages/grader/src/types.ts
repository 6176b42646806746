// Shapes shared by every question kind. Scores are plain numbers in the question's points.

export interface ValidationError {
  /** Where the problem is: "program", "at", "items.2.name", "answer.count"... */
  path: string;
  message: string;
}

export interface GradePart {
  id: string;
  score: number;
  max: number;
  feedback: string;
  /** The trace step that shows the truth behind this part's feedback. */
  step?: number;
}

export interface MisconceptionNote {
  id: string;
  title: string;
  explanation: string;
}

export interface GradeResult {
  score: number;
  maxScore: number;
  parts: GradePart[];
  /** Misconception ids (see `misconceptions`), for feedback and dashboards. */
  misconceptions: string[];
  /** The misconceptions' explanations, ready to show. */
  explanations: MisconceptionNote[];
  feedback: string;
  /** Set when the answer could not be read; score is then 0. */
  malformed?: ValidationError[];
}

/** A kind's raw grading: part scores in any unit, scaled to the question's points afterwards. */
export interface KindGrade {
  parts: GradePart[];
  misconceptions: string[];
  /** Extra sentences appended to the overall feedback (e.g. what CPython really does). */
  notes?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(path: string, message: string): Result<T> => ({ ok: false, errors: [{ path, message }] });
