"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";

export function JoinCourseForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const join = useMutation(
    trpc.course.join.mutationOptions({
      onSuccess: (res) => {
        setMessage(`Joined ${"name" in res && res.name ? res.name : "the course"}.`);
        setCode("");
        router.refresh();
      },
    }),
  );
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    join.mutate({ joinCode: code.trim() });
  }
  return (
    <form className="row" onSubmit={onSubmit}>
      <label className="row" htmlFor="join-code">
        <span>Join code</span>
        <input id="join-code" value={code} onChange={(e) => setCode(e.target.value)} required autoComplete="off" style={{ textTransform: "uppercase" }} />
      </label>
      <button type="submit" className="btn btn-primary" disabled={join.isPending}>
        Join course
      </button>
      {join.error && (
        <p role="alert" className="error">
          {join.error.message}
        </p>
      )}
      {message && (
        <p role="status" className="ok">
          {message}
        </p>
      )}
    </form>
  );
}
