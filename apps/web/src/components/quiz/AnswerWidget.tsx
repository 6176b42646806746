"use client";
import { DrawMemoryWidget } from "./DrawMemoryWidget";
import { AliveWidget, IdentityWidget, OutputWidget, RefcountWidget } from "./SimpleWidgets";
import type { AliveAnswer, DrawMemoryAnswer, IdentityAnswer, OutputAnswer, RefcountAnswer, StudentView, WhenFreedAnswer, WhereLivesAnswer, WidgetProps } from "./types";
import { WhenFreedWidget } from "./WhenFreedWidget";
import { WhereLivesWidget } from "./WhereLivesWidget";

/** Picks the answer widget for a question kind. Answers are opaque JSON to the page. */
export function AnswerWidget(props: { view: StudentView; value: unknown; onChange: (a: unknown) => void; idPrefix: string; disabled?: boolean }) {
  // The saved answer is whatever the widget last produced for this kind; each widget reads it defensively.
  const p = <A,>() => props as unknown as WidgetProps<A>;
  switch (props.view.kind) {
    case "where-lives":
      return <WhereLivesWidget {...p<WhereLivesAnswer>()} />;
    case "when-freed":
      return <WhenFreedWidget {...p<WhenFreedAnswer>()} />;
    case "alive":
      return <AliveWidget {...p<AliveAnswer>()} />;
    case "refcount":
      return <RefcountWidget {...p<RefcountAnswer>()} />;
    case "draw-memory":
      return <DrawMemoryWidget {...p<DrawMemoryAnswer>()} />;
    case "output":
      return <OutputWidget {...p<OutputAnswer>()} />;
    case "identity":
      return <IdentityWidget {...p<IdentityAnswer>()} />;
    default:
      return <p className="error">This question kind cannot be answered here.</p>;
  }
}
