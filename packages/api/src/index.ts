export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, type Context, type CreateContextOptions, type Session, type SessionUser } from "./context";
export { rebuildDashboardStats } from "./dashboard/stats";
export { handleTrpcRequest } from "./http";
export { gradeItem } from "./lib/grading";
