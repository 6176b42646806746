import { attemptRouter } from "./router/attempt";
import { courseRouter } from "./router/course";
import { dashboardRouter } from "./router/dashboard";
import { questionRouter } from "./router/question";
import { quizRouter } from "./router/quiz";
import { progressRouter, studentRouter } from "./router/student";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  course: courseRouter,
  question: questionRouter,
  quiz: quizRouter,
  attempt: attemptRouter,
  student: studentRouter,
  progress: progressRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller: `createCaller(createContext({ db, session }))`. */
export const createCaller = createCallerFactory(appRouter);
