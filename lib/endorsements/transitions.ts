// The life of an endorsement, as a table: which command may start from which status, where it leads,
// and who may run it. Pages ask `can()` before offering a button; `transition()` in
// lifecycle.server.ts is the only code that changes a status, and it asks the same table.
// Drawn in docs/ARCHITECTURE.md and explained in docs/decisions/015-endorsement-lifecycle.md.

export type Status = "AWAITING_CONFIRMATION" | "AWAITING_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN";
export type ActorRole = "endorser" | "moderator" | "admin" | "system";

type Rule = {
  /** Status it may start from → the status it leads to; `null` means the record is erased. */
  moves: Partial<Record<Status, Status | null>>;
  by: readonly ActorRole[];
};

const staff = ["moderator", "admin"] as const;

export const transitions = {
  /** The emailed link's button (double opt-in). */
  confirm: { moves: { AWAITING_CONFIRMATION: "AWAITING_REVIEW" }, by: ["endorser"] },
  approve: { moves: { AWAITING_REVIEW: "APPROVED", REJECTED: "APPROVED" }, by: [...staff, "system"] },
  /** Also how staff take an approved endorsement off the wall: the endorser is told why. */
  reject: { moves: { AWAITING_REVIEW: "REJECTED", APPROVED: "REJECTED" }, by: [...staff, "system"] },
  /** The endorser's own edit: what they changed is public text, so a moderator reads it again. */
  update: {
    moves: {
      AWAITING_CONFIRMATION: "AWAITING_CONFIRMATION",
      AWAITING_REVIEW: "AWAITING_REVIEW",
      APPROVED: "AWAITING_REVIEW",
      REJECTED: "AWAITING_REVIEW",
    },
    by: ["endorser"],
  },
  /** Only the endorser withdraws, and only the endorser brings a withdrawn endorsement back. */
  withdraw: { moves: { AWAITING_REVIEW: "WITHDRAWN", APPROVED: "WITHDRAWN" }, by: ["endorser"] },
  restore: { moves: { WITHDRAWN: "AWAITING_REVIEW" }, by: ["endorser"] },
  erase: {
    moves: {
      AWAITING_CONFIRMATION: null,
      AWAITING_REVIEW: null,
      APPROVED: null,
      REJECTED: null,
      WITHDRAWN: null,
    },
    by: ["endorser"],
  },
  /** Housekeeping: sign-ups never confirmed. */
  purge: { moves: { AWAITING_CONFIRMATION: null }, by: ["system"] },
  /** Staff correct public fields (a typo in a name); the status stays. */
  edit: {
    moves: { AWAITING_REVIEW: "AWAITING_REVIEW", APPROVED: "APPROVED", REJECTED: "REJECTED", WITHDRAWN: "WITHDRAWN" },
    by: staff,
  },
  /** Hide the logo, feature on the home page, mark as partner: only what is on the wall. */
  flag: { moves: { APPROVED: "APPROVED" }, by: staff },
  /** Staff keep an endorsement out of the retention clean-up (a dispute, an ongoing exchange). */
  hold: {
    moves: {
      AWAITING_CONFIRMATION: "AWAITING_CONFIRMATION",
      AWAITING_REVIEW: "AWAITING_REVIEW",
      APPROVED: "APPROVED",
      REJECTED: "REJECTED",
      WITHDRAWN: "WITHDRAWN",
    },
    by: staff,
  },
  /** Housekeeping: the contact details of a rejected or withdrawn endorsement, once retention ends. */
  eraseContact: { moves: { REJECTED: "REJECTED", WITHDRAWN: "WITHDRAWN" }, by: ["system"] },
} as const satisfies Record<string, Rule>;

export type Command = keyof typeof transitions;
export const commands = Object.keys(transitions) as Command[];

/** Where `command` leads from `status`: a status, `null` (erased), or `undefined` (not allowed). */
export function target(status: Status, command: Command): Status | null | undefined {
  return (transitions[command].moves as Rule["moves"])[status];
}

/** Whether `command` may run from `status` (and, when given, by `role`). */
export function can(status: Status, command: Command, role?: ActorRole): boolean {
  if (target(status, command) === undefined) return false;
  return role === undefined || (transitions[command].by as readonly ActorRole[]).includes(role);
}
