"use client";
// Roster management: the join code (with regenerate) and each member's role, changeable or removable.
import Link from "next/link";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";
import { Loaded, StatusLine, styles } from "../common";
import { Table } from "../Table";

const ROLES = ["STUDENT", "TA", "INSTRUCTOR"] as const;
type Role = (typeof ROLES)[number];

export function PeoplePanel({ courseId }: { courseId: string }) {
  return (
    <>
      <h1>People</h1>
      <JoinCode courseId={courseId} />
      <Roster courseId={courseId} />
    </>
  );
}

function JoinCode({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const course = useQuery(trpc.course.get.queryOptions({ courseId }));
  const regenerate = useMutation(
    trpc.course.regenerateJoinCode.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.course.get.queryKey({ courseId }) }),
    }),
  );
  return (
    <section className={styles.section} aria-labelledby="join-code">
      <h2 id="join-code">Join code</h2>
      <Loaded query={course} label="join code">
        {(c) => (
          <div className={styles.row} style={{ alignItems: "center" }}>
            <span className={styles.code} data-testid="join-code">{c.joinCode}</span>
            <button
              type="button"
              className={styles.secondary}
              disabled={regenerate.isPending}
              onClick={() => {
                if (window.confirm("Regenerate the join code? The old code stops working.")) regenerate.mutate({ courseId });
              }}
            >
              Regenerate code
            </button>
          </div>
        )}
      </Loaded>
      <p className={styles.muted}>Students join from their home page by entering this code.</p>
      <StatusLine error={regenerate.error?.message} message={regenerate.isSuccess ? "New join code created." : null} />
    </section>
  );
}

function Roster({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState("");
  const roster = useQuery(trpc.course.roster.queryOptions({ courseId }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.course.roster.queryKey({ courseId }) });
  const setRole = useMutation(trpc.course.setRole.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.course.removeMember.mutationOptions({ onSuccess: refresh }));
  const error = setRole.error?.message ?? remove.error?.message;
  return (
    <section className={styles.section} aria-labelledby="roster">
      <h2 id="roster">Roster</h2>
      <div className={styles.field} style={{ maxWidth: 320 }}>
        <label htmlFor="roster-filter">Filter by name or email</label>
        <input id="roster-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <Loaded query={roster} label="roster">
        {(members) => {
          const q = filter.trim().toLowerCase();
          const shown = members.filter((m) => !q || `${m.name ?? ""} ${m.email}`.toLowerCase().includes(q));
          const label = (m: (typeof members)[number]) => m.name ?? m.email;
          return (
            <Table
              rows={shown}
              rowKey={(m) => m.userId}
              caption={`Course members (${shown.length} of ${members.length})`}
              columns={[
                { header: "Name", cell: (m) => <Link href={`/instructor/courses/${courseId}/students/${m.userId}`}>{label(m)}</Link> },
                { header: "Email", cell: (m) => m.email },
                {
                  header: "Role",
                  cell: (m) => (
                    <select aria-label={`Role of ${label(m)}`} value={m.role} onChange={(e) => setRole.mutate({ courseId, userId: m.userId, role: e.target.value as Role })}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>{r === "TA" ? "TA" : r.charAt(0) + r.slice(1).toLowerCase()}</option>
                      ))}
                    </select>
                  ),
                },
                {
                  header: "Actions",
                  cell: (m) => (
                    <button
                      type="button"
                      className={styles.danger}
                      aria-label={`Remove ${label(m)}`}
                      onClick={() => {
                        if (window.confirm(`Remove ${m.email} from the course?`)) remove.mutate({ courseId, userId: m.userId });
                      }}
                    >
                      Remove
                    </button>
                  ),
                },
              ]}
            />
          );
        }}
      </Loaded>
      <StatusLine error={error} message={setRole.isSuccess ? "Role updated." : remove.isSuccess ? "Member removed." : null} />
    </section>
  );
}
