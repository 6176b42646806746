// The same procedures over HTTP (tRPC's fetch adapter, as a Next route handler serves them):
// bad input is a 400 naming the field, a role failure a 403, and nothing is a 500.
import { handleTrpcRequest, type SessionUser } from "@heapwise/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courseWithQuiz, openTestDb, type CourseFixture, type TestDb } from "./fixtures";

let t: TestDb;
let fx: CourseFixture;

beforeAll(async () => {
  t = await openTestDb("http");
  fx = await courseWithQuiz(t.db, { students: 1 });
});
afterAll(() => t?.close());

type ErrorBody = { error: { json: { message: string; data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null } } } };

async function call(user: SessionUser | null, path: string, input: unknown, method: "GET" | "POST") {
  const encoded = encodeURIComponent(JSON.stringify({ json: input }));
  const url = `http://localhost/api/trpc/${path}${method === "GET" ? `?input=${encoded}` : ""}`;
  const req = new Request(url, {
    method,
    headers: { "content-type": "application/json" },
    body: method === "POST" ? JSON.stringify({ json: input }) : undefined,
  });
  const res = await handleTrpcRequest(req, { db: t.db, session: user ? { user } : null });
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

describe("over HTTP", () => {
  it("answers bad input with 400, the field path in the message and in data.fieldErrors", async () => {
    const { status, body } = await call(fx.instructor, "quiz.setItems", { quizId: fx.quizId, items: [{ questionId: "", points: 0 }] }, "POST");
    expect(status).toBe(400);
    expect(body.error.json.message).toContain("items.0.questionId");
    expect(body.error.json.message).toContain("items.0.points");
    expect(Object.keys(body.error.json.data.fieldErrors ?? {})).toEqual(expect.arrayContaining(["items.0.questionId", "items.0.points"]));
  });

  it("answers a missing field in a query with 400", async () => {
    const { status, body } = await call(fx.instructor, "dashboard.overview", {}, "GET");
    expect(status).toBe(400);
    expect(body.error.json.message).toMatch(/^courseId: /);
  });

  it("answers a student calling an instructor procedure with 403 and a signed-out caller with 401", async () => {
    expect((await call(fx.students[0]!, "dashboard.overview", { courseId: fx.courseId }, "GET")).status).toBe(403);
    expect((await call(null, "course.mine", undefined, "GET")).status).toBe(401);
  });

  it("answers an unknown attempt id with 404, not 500", async () => {
    expect((await call(fx.students[0]!, "attempt.result", { attemptId: "nope" }, "GET")).status).toBe(404);
  });
});
