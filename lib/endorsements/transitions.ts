// The life of an endorsement, as a table: which command may start from which status, where it leads,
// and who may run it. Pages ask `can()` before offering a button; `transition()` in
// lifecycle.server.ts is the only code that changes a status, and it asks the same table.
// Drawn in docs/ARCHITECTURE.md and explained in docs/decisions/015-endorsement-lifecycle.md.

export type Status = "AWAITING_CONFIRMATION" | "AWAITING_REVIEW" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "LAPSED";
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
      LAPSED: "AWAITING_REVIEW",
    },
    by: ["endorser"],
  },
  /** Only the endorser withdraws, and only the endorser brings a withdrawn endorsement back. */
  withdraw: { moves: { AWAITING_REVIEW: "WITHDRAWN", APPROVED: "WITHDRAWN", LAPSED: "WITHDRAWN" }, by: ["endorser"] },
  restore: { moves: { WITHDRAWN: "AWAITING_REVIEW" }, by: ["endorser"] },
  erase: {
    moves: {
      AWAITING_CONFIRMATION: null,
      AWAITING_REVIEW: null,
      APPROVED: null,
      REJECTED: null,
      WITHDRAWN: null,
      LAPSED: null,
    },
    by: ["endorser"],
  },
  /** The one-click link in a campaign update: no more campaign emails; the status stays. */
  unsubscribe: {
    moves: {
      AWAITING_CONFIRMATION: "AWAITING_CONFIRMATION",
      AWAITING_REVIEW: "AWAITING_REVIEW",
      APPROVED: "APPROVED",
      REJECTED: "REJECTED",
      WITHDRAWN: "WITHDRAWN",
      LAPSED: "LAPSED",
    },
    by: ["endorser"],
  },
  /** Yearly, by housekeeping: "Do you still endorse #weareALE?" (decision 025's companion, see 021). */
  askReconfirm: { moves: { APPROVED: "APPROVED" }, by: ["system"] },
  /** The endorser's "Yes" (a button on the emailed link's page, never the link itself). */
  reconfirm: { moves: { APPROVED: "APPROVED" }, by: ["endorser"] },
  /** Housekeeping: the question went unanswered in time. */
  lapse: { moves: { APPROVED: "LAPSED" }, by: ["system"] },
  /** From the manage link: a lapsed endorsement is back on the wall (it was approved; nothing changed). */
  renew: { moves: { LAPSED: "APPROVED" }, by: ["endorser"] },
  /**
   * The endorser marks an action started or done, with a description and link that wait for a
   * moderator; the endorsement stays on the wall (decision 028).
   */
  progress: { moves: { APPROVED: "APPROVED" }, by: ["endorser"] },
  /** Staff approve or reject the progress text waiting on one action; the status stays. */
  decideProgress: { moves: { APPROVED: "APPROVED" }, by: staff },
  /** Housekeeping: tells the endorser once that an overdue endorsement is still being reviewed. */
  remindReview: { moves: { AWAITING_REVIEW: "AWAITING_REVIEW" }, by: ["system"] },
  /** Sign-ups never confirmed: housekeeping after 30 days, or a new attempt for the same organisation. */
  purge: { moves: { AWAITING_CONFIRMATION: null }, by: ["system"] },
  /** Staff correct public fields (a typo in a name); the status stays. */
  edit: {
    moves: {
      AWAITING_REVIEW: "AWAITING_REVIEW",
      APPROVED: "APPROVED",
      REJECTED: "REJECTED",
      WITHDRAWN: "WITHDRAWN",
      LAPSED: "LAPSED",
    },
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
  /** Setup: an endorsement stored before the verified-domain check is checked once more (decision 027). */
  recheckDomain: {
    moves: {
      AWAITING_CONFIRMATION: "AWAITING_CONFIRMATION",
      AWAITING_REVIEW: "AWAITING_REVIEW",
      APPROVED: "APPROVED",
      REJECTED: "REJECTED",
      WITHDRAWN: "WITHDRAWN",
      LAPSED: "LAPSED",
    },
    by: ["system"],
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
