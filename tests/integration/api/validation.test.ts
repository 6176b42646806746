import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, courseWithQuiz, openTestDb, outputQuestion, PROGRAMS, type CourseFixture, type TestDb } from "./fixtures";

let t: TestDb;
let fx: CourseFixture;

beforeAll(async () => {
  t = await openTestDb("validation");
  fx = await courseWithQuiz(t.db, { students: 1 });
});
afterAll(() => t?.close());

/** The error a call fails with, as { code, message }. */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    const err = e as { code: string; message: string };
    return { code: err.code, message: err.message };
  }
  throw new Error("expected the call to fail");
}

describe("zod errors are BAD_REQUEST and name the field", () => {
  it("names a top-level field", async () => {
    const teacher = as(t.db, fx.instructor);
    const err = await failure(teacher.course.create({ name: "", term: "x" }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/^name: /);
  });

  it("names a nested field with its index", async () => {
    const teacher = as(t.db, fx.instructor);
    const draft = await teacher.quiz.create({ courseId: fx.courseId, title: "Draft quiz" });
    const err = await failure(teacher.quiz.setItems({ quizId: draft.id, items: [{ questionId: fx.questionIds[0]!, points: -1 }] }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("items.0.points");
  });

  it("names a missing id", async () => {
    const err = await failure(as(t.db, fx.instructor).course.roster({} as { courseId: string }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("courseId");
  });

  it("names the field of an invalid question definition and stores nothing", async () => {
    const teacher = as(t.db, fx.instructor);
    const before = await t.db.question.count();
    const bad = { ...outputQuestion("Bad", PROGRAMS.len), prompt: "" };
    const err = await failure(teacher.question.create({ courseId: fx.courseId, definition: bad }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("definition.prompt");
    expect(await t.db.question.count()).toBe(before);
  });

  it("rejects a close time before the open time on closesAt", async () => {
    const err = await failure(
      as(t.db, fx.instructor).quiz.create({
        courseId: fx.courseId,
        title: "Backwards",
        opensAt: new Date("2026-01-02T00:00:00Z"),
        closesAt: new Date("2026-01-01T00:00:00Z"),
      }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/^closesAt: /);
  });

  it("reports an unknown join code on joinCode without enrolling", async () => {
    const err = await failure(as(t.db, fx.students[0]!).course.join({ joinCode: "ZZZZZZZZ" }));
    expect(err.code).toBe("NOT_FOUND");
    expect(err.message).toContain("joinCode");
  });

  it("imports a bank: valid questions created, invalid ones reported by index and path", async () => {
    const teacher = as(t.db, fx.instructor);
    const result = await teacher.question.import({
      courseId: fx.courseId,
      file: { formatVersion: 1, questions: [outputQuestion("Imported", PROGRAMS.len, ["bank"]), { formatVersion: 1, kind: "output" }] },
    });
    expect(result.created).toBe(1);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((e) => e.index === 1)).toBe(true);
    const exported = await teacher.question.export({ courseId: fx.courseId, questionIds: result.ids });
    expect(exported.questions).toHaveLength(1);
    expect(exported.questions[0]).toMatchObject({ kind: "output", title: "Imported" });
    const listed = await teacher.question.list({ courseId: fx.courseId, tag: "bank" });
    expect(listed.map((q) => q.title)).toEqual(["Imported"]);
  });

  it("saves a new immutable version on edit and keeps old ones", async () => {
    const teacher = as(t.db, fx.instructor);
    const qid = fx.questionIds[0]!;
    const saved = await teacher.question.saveVersion({ questionId: qid, definition: outputQuestion("Length v2", PROGRAMS.len) });
    expect(saved.version).toBe(2);
    const got = await teacher.question.get({ questionId: qid });
    expect(got.title).toBe("Length v2");
    expect(got.versions.map((v) => v.version)).toEqual([2, 1]);
    const v1 = await teacher.question.get({ questionId: qid, version: 1 });
    expect((v1.version.definition as { title: string }).title).toBe("Length");
    // The published quiz keeps the version it pinned.
    const quiz = await teacher.quiz.get({ quizId: fx.quizId });
    expect(quiz.items[0]!.version).toBe(1);
  });

  it("previews variants with keys, duplicates, archives and filters the bank", async () => {
    const teacher = as(t.db, fx.instructor);
    const preview = await teacher.question.preview({ courseId: fx.courseId, definition: outputQuestion("P", PROGRAMS.identity), seeds: [1, 2] });
    expect(preview.ok).toBe(true);
    expect(preview.variants.map((v) => v.ok)).toEqual([true, true]);
    expect(preview.variants[0]!.key).not.toBeNull();
    expect(JSON.stringify(preview.variants[0]!.studentView)).not.toContain('"key"');
    const bad = await teacher.question.preview({ courseId: fx.courseId, definition: { formatVersion: 1, kind: "output" } });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => e.path)).toContain("prompt");

    const copy = await teacher.question.duplicate({ questionId: fx.questionIds[1]! });
    await teacher.question.archive({ questionId: copy.id, archived: true });
    const active = await teacher.question.list({ courseId: fx.courseId, kind: "output" });
    expect(active.map((q) => q.id)).not.toContain(copy.id);
    const all = await teacher.question.list({ courseId: fx.courseId, includeArchived: true, search: "identity" });
    expect(all.map((q) => q.id)).toEqual(expect.arrayContaining([copy.id, fx.questionIds[1]!]));
    expect(await as(t.db, fx.ta).question.list({ courseId: fx.courseId })).not.toHaveLength(0);
  });
});
