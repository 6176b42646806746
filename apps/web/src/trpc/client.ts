"use client";
import type { AppRouter } from "@heapwise/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** `useTRPC()` gives typed query/mutation options: `useQuery(trpc.x.y.queryOptions(input))`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
