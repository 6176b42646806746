import { TRPCError } from "@trpc/server";
import { forbidden, notFound, redirect } from "next/navigation";

/**
 * Runs a server-side tRPC call for a page and turns its auth errors into the matching page:
 * sign-in for UNAUTHORIZED, the 403 page for FORBIDDEN, 404 for NOT_FOUND.
 */
export async function forPage<T>(call: () => Promise<T>, from?: string): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof TRPCError) {
      if (err.code === "UNAUTHORIZED") redirect(from ? `/signin?callbackUrl=${encodeURIComponent(from)}` : "/signin");
      if (err.code === "FORBIDDEN") forbidden();
      if (err.code === "NOT_FOUND") notFound();
    }
    throw err;
  }
}
