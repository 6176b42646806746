import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Argon2id with OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane).
const OPTIONS = { algorithm: 2 as Algorithm /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** PHC string (`$argon2id$v=19$...`) with its own random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Verified against when the email is unknown, so a miss costs as long as a wrong password and
// response times do not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
export function burnVerifyTime(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("heapwise-no-such-user");
  return dummyHash.then((h) => verifyPassword(h, password));
}
