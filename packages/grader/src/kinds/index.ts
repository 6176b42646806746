// The registry of question kinds.
import { type z } from "zod";
import { type Kind } from "../question/schema";
import { aliveKind } from "./alive";
import { drawMemoryKind } from "./draw-memory";
import { identityKind } from "./identity";
import { type KindModule } from "./kind";
import { outputKind } from "./output";
import { refcountKind } from "./refcount";
import { whenFreedKind } from "./when-freed";
import { whereLivesKind } from "./where-lives";

// Each module is typed precisely where it is defined; the registry erases the key/answer types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = KindModule<any, any, any>;

export const kinds: Record<Kind, AnyKind> = {
  "where-lives": whereLivesKind,
  "when-freed": whenFreedKind,
  alive: aliveKind,
  refcount: refcountKind,
  "draw-memory": drawMemoryKind,
  output: outputKind,
  identity: identityKind,
};

/** The zod schema of a kind's answer, for the student UI and the API. */
export function answerSchemaFor(kind: Kind): z.ZodType {
  return kinds[kind].answerSchema;
}
