import { authOptions } from "@heapwise/auth";
import type { NextAuthOptions } from "next-auth";
import { getDb } from "./db";

let options: NextAuthOptions | undefined;

/** NextAuth options bound to the process's database (built on first use, not at import). */
export function getAuthOptions(): NextAuthOptions {
  if (!options) options = authOptions(getDb());
  return options;
}
