import { describe, expect, it } from "vitest";
import { effectiveClose, isReleased, quizStatus } from "../src/lib/window";

const t = (iso: string) => new Date(`2026-03-01T${iso}:00Z`);

describe("quiz window", () => {
  const quiz = { publishedAt: t("08:00"), opensAt: t("09:00"), closesAt: t("10:00") };

  it("is draft until published, upcoming before open, open inside, closed after", () => {
    expect(quizStatus({ ...quiz, publishedAt: null }, quiz.closesAt, t("09:30"))).toBe("draft");
    expect(quizStatus(quiz, quiz.closesAt, t("08:59"))).toBe("upcoming");
    expect(quizStatus(quiz, quiz.closesAt, t("09:30"))).toBe("open");
    expect(quizStatus(quiz, quiz.closesAt, t("10:00"))).toBe("open");
    expect(quizStatus(quiz, quiz.closesAt, t("10:01"))).toBe("closed");
  });

  it("lets an extension move the close later but never earlier", () => {
    expect(effectiveClose(quiz, { closesAt: t("12:00") })).toEqual(t("12:00"));
    expect(effectiveClose(quiz, { closesAt: t("09:30") })).toEqual(t("10:00"));
    expect(effectiveClose({ closesAt: null }, { closesAt: t("09:30") })).toEqual(t("09:30"));
    expect(effectiveClose(quiz, null)).toEqual(t("10:00"));
  });

  it("releases immediately, or after the student's own close", () => {
    expect(isReleased({ feedbackRelease: "IMMEDIATE", closesAt: t("10:00") }, t("10:00"), t("09:00"))).toBe(true);
    const after = { feedbackRelease: "AFTER_CLOSE" as const, closesAt: t("10:00") };
    expect(isReleased(after, t("10:00"), t("09:59"))).toBe(false);
    expect(isReleased(after, t("10:00"), t("10:01"))).toBe(true);
    expect(isReleased(after, t("12:00"), t("10:01"))).toBe(false);
    expect(isReleased({ feedbackRelease: "AFTER_CLOSE", closesAt: null }, null, t("23:00"))).toBe(false);
  });
});
