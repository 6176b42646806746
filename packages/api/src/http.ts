import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext, type CreateContextOptions } from "./context";
import { appRouter } from "./root";

/**
 * Serves one fetch-API request (a Next route handler's `Request`) with the app router.
 * Errors keep tRPC's HTTP mapping: BAD_REQUEST 400, UNAUTHORIZED 401, FORBIDDEN 403, NOT_FOUND 404.
 */
export function handleTrpcRequest(req: Request, context: CreateContextOptions, endpoint = "/api/trpc"): Promise<Response> {
  return fetchRequestHandler({
    endpoint,
    req,
    router: appRouter,
    createContext: () => createContext(context),
    onError({ error, path }) {
      // Only unexpected failures are logged; 4xx are the caller's business.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}
