// dict.keys()/values()/items(): live views over a dict.
import { PyObject, type PyClass, type Ref } from "../objects/base";
import { type PyDict } from "../objects/containers";

export class PyDictView extends PyObject {
  readonly kind = "other";
  constructor(
    public klass: PyClass,
    public dict: PyDict,
    public what: "keys" | "values" | "items",
  ) {
    super();
  }
  get cls(): PyClass {
    return this.klass;
  }
  override refs(): Ref[] {
    return [["mapping", this.dict]];
  }
  override takeRefs(): PyObject[] {
    return [this.dict];
  }
  override get isContainer(): boolean {
    return true;
  }
}
