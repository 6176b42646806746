import { appRouter, createContext } from "@heapwise/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getDb } from "@/server/db";
import { getSession } from "@/server/session";

export const dynamic = "force-dynamic";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => createContext({ db: getDb(), session: await getSession() }),
    onError({ error, path }) {
      // Client errors (4xx) are the caller's business; only log what is ours to fix.
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
