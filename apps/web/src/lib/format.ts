// Dates are shown in the viewer's locale with the time zone spelled out, because quiz deadlines
// are absolute moments and students may be anywhere.
export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  return new Date(d).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}

export function formatScore(score: number | null | undefined, max: number | null | undefined): string {
  if (score == null) return "—";
  const s = Math.round(score * 100) / 100;
  return max ? `${s} / ${max}` : String(s);
}
