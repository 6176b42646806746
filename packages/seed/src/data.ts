// The demo data, fixed so the README, the e2e tests and the dashboards can rely on it.
import type { CourseRole, FeedbackRelease, QuizMode, Role } from "@heapwise/db";

/** Every demo account signs in with this password (documented in the README). */
export const DEMO_PASSWORD = "heapwise-demo";

export interface DemoAccount {
  key: string;
  email: string;
  name: string;
  role: Role;
}

const students: DemoAccount[] = [1, 2, 3, 4, 5].map((n) => ({
  key: `student${n}`,
  email: `student${n}@heapwise.dev`,
  name: ["Ada Byte", "Ben Pointer", "Chen Heap", "Dara Stack", "Eli Frame"][n - 1]!,
  role: "STUDENT",
}));

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: "admin", email: "admin@heapwise.dev", name: "Alex Admin", role: "ADMIN" },
  { key: "instructor", email: "instructor@heapwise.dev", name: "Grace Instructor", role: "INSTRUCTOR" },
  { key: "ta", email: "ta@heapwise.dev", name: "Tom Assistant", role: "STUDENT" },
  ...students,
  // Enrolled nowhere: for trying "join a course by code".
  { key: "newstudent", email: "newstudent@heapwise.dev", name: "Nia Newcomer", role: "STUDENT" },
];

export interface DemoCourse {
  id: string;
  name: string;
  term: string;
  joinCode: string;
  members: [accountKey: string, role: CourseRole][];
}

export const DEMO_COURSES: DemoCourse[] = [
  {
    id: "seed-course-cs101",
    name: "CS101 Python Memory",
    term: "Fall 2026",
    joinCode: "MEMORY101",
    members: [
      ["instructor", "INSTRUCTOR"],
      ["ta", "TA"],
      ...students.map((s): [string, CourseRole] => [s.key, "STUDENT"]),
    ],
  },
  {
    // No students yet: the course demo students join with its code.
    id: "seed-course-cs102",
    name: "CS102 Memory Lab",
    term: "Fall 2026",
    joinCode: "HEAP202",
    members: [["instructor", "INSTRUCTOR"]],
  },
];

const DAY = 24 * 60 * 60 * 1000;

export interface DemoAttempt {
  student: string;
  number: number;
  /** Days relative to the seed time (negative = in the past). */
  startedDay: number;
}

export interface DemoQuiz {
  id: string;
  courseId: string;
  title: string;
  /** Question kinds, in order; each picks the next unused bank question of that kind. */
  kinds: string[];
  opensDay: number;
  closesDay: number;
  attemptsAllowed: number;
  feedbackRelease: FeedbackRelease;
  mode: QuizMode;
  published: boolean;
  attempts: DemoAttempt[];
}

const EVERY_KIND = ["where-lives", "when-freed", "alive", "refcount", "draw-memory", "output", "identity"];
const past = (students: number[], day: number): DemoAttempt[] =>
  students.map((n, i) => ({ student: `student${n}`, number: 1, startedDay: day + i / 24 }));

export const DEMO_QUIZZES: DemoQuiz[] = [
  {
    id: "seed-quiz-cs101-names",
    courseId: "seed-course-cs101",
    title: "Quiz 1: Names and objects",
    kinds: ["where-lives", "identity", "output", "alive"],
    opensDay: -14,
    closesDay: -7,
    attemptsAllowed: 1,
    feedbackRelease: "IMMEDIATE",
    mode: "GRADED",
    published: true,
    attempts: past([1, 2, 3, 4, 5], -10),
  },
  {
    id: "seed-quiz-cs101-lifetimes",
    courseId: "seed-course-cs101",
    title: "Quiz 2: Lifetimes and reference counts",
    kinds: ["when-freed", "refcount", "draw-memory", "when-freed"],
    opensDay: -2,
    closesDay: 7,
    attemptsAllowed: 2,
    feedbackRelease: "AFTER_CLOSE",
    mode: "GRADED",
    published: true,
    attempts: past([1, 3, 4], -1),
  },
  {
    id: "seed-quiz-cs101-practice",
    courseId: "seed-course-cs101",
    title: "Practice: every question kind",
    kinds: EVERY_KIND,
    opensDay: -7,
    closesDay: 365,
    attemptsAllowed: 5,
    feedbackRelease: "IMMEDIATE",
    mode: "PRACTICE",
    published: true,
    attempts: [...past([2, 4], -3), { student: "student4", number: 2, startedDay: -2 }],
  },
  {
    id: "seed-quiz-cs101-draft",
    courseId: "seed-course-cs101",
    title: "Quiz 3: Closures (draft)",
    kinds: ["where-lives", "draw-memory"],
    opensDay: 14,
    closesDay: 21,
    attemptsAllowed: 1,
    feedbackRelease: "AFTER_CLOSE",
    mode: "GRADED",
    published: false,
    attempts: [],
  },
  {
    id: "seed-quiz-cs102-lab",
    courseId: "seed-course-cs102",
    title: "Lab check: every question kind",
    kinds: EVERY_KIND,
    opensDay: -1,
    closesDay: 365,
    attemptsAllowed: 3,
    feedbackRelease: "IMMEDIATE",
    mode: "GRADED",
    published: true,
    attempts: [],
  },
];

export const daysFrom = (now: Date, days: number): Date => new Date(now.getTime() + days * DAY);
