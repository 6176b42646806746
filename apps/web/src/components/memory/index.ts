export { MemoryView, type MemoryViewProps } from "./MemoryView";
export { MemoryTable } from "./MemoryTable";
export { StepControls } from "./StepControls";
export { FreedTray, describeReason } from "./FreedTray";
export { useStepper, useArrowKeys, type Stepper } from "./useStepper";
export { layoutMemory } from "./layout";
export { Replay } from "./Replay";
export { ProgramReplay } from "./ProgramReplay";
