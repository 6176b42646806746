// JS-level control flow of the evaluator. Python exceptions travel as PyError; a limit hit
// ends the run as LimitError. Both are caught at the API boundary and become values.
import { type PyException } from "../objects/instance";

export class PyError {
  /** Re-raised (bare `raise`, RERAISE): this frame is already in the traceback. */
  reraise = false;
  constructor(public exc: PyException) {}
}

export class LimitError {
  constructor(
    public limit: "steps" | "objects" | "output",
    public message: string,
  ) {}
}

/** A construct reached at run time that the simulator does not model. */
export class RuntimeNotSupported {
  constructor(public construct: string) {}
}
