/** Thrown when PostgreSQL cannot be reached or started; `message` is meant to be shown as is. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** The URL with any password replaced, safe to print. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable DATABASE_URL>";
  }
}

function describe(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return describe(err.errors[0]);
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === "string" && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

export function unreachable(url: string, err: unknown): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `Cannot reach PostgreSQL at ${redactUrl(url)} (${describe(err)}). ` +
      "Check DATABASE_URL, or unset it to use the embedded database.",
  );
}
