import { appRouter, createContext } from "@heapwise/api";
import { getDb } from "./db";
import { getSession } from "./session";

/** A tRPC caller for server components and route handlers, acting as the signed-in user. */
export async function serverCaller() {
  const session = await getSession();
  return appRouter.createCaller(createContext({ db: getDb(), session }));
}
