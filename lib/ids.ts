/** The shape of a database id (a cuid): checked before a URL or form value reaches a query. */
export const idPattern = /^[a-z0-9]{20,40}$/;

/** A keyset cursor: a time in milliseconds and an id ("after" the last row shown). */
export const cursorPattern = /^\d{13}_[a-z0-9]{20,40}$/;
