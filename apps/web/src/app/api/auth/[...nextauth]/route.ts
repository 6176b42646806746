import NextAuth from "next-auth";
import { getAuthOptions } from "@/server/auth";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are resolved per request so the build never needs a database.
function handler(req: Request, ctx: RouteContext) {
  return NextAuth(req as never, ctx as never, getAuthOptions()) as Promise<Response>;
}

export { handler as GET, handler as POST };
