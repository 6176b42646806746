import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for the e2e web server check and load balancers. */
export async function GET() {
  try {
    await getDb().$queryRaw`select 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
  }
}
