/** One finding of one check on one page: empty `problems` means it passed. */
export type CheckOutcome = { problems: string[]; note?: string };

/** A page under audit: its path and the URL on the server under test. */
export type AuditPage = { path: string; url: string; expectStatus: number };
