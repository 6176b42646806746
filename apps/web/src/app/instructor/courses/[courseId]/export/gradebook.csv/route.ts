import { serverCaller } from "@/server/caller";
import { csvResponse } from "@/components/instructor/server/csvResponse";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  return csvResponse(`gradebook-${courseId}.csv`, async () => (await serverCaller()).dashboard.gradebookCsv({ courseId }));
}
