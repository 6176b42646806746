// Shared body of the CSV export route handlers: run the tRPC procedure as the signed-in user
// (so the same role checks apply as in the UI) and send the text as a download.
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

export async function csvResponse(filename: string, produce: () => Promise<string>): Promise<Response> {
  try {
    const csv = await produce();
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof TRPCError) {
      return new Response(err.message, { status: getHTTPStatusCodeFromError(err) });
    }
    throw err;
  }
}
