import { z } from 'zod';

/** The fixed "What was missing?" reasons, in the order the form shows them. */
export const feedbackReasons = {
  'hard-to-understand': 'Hard to understand',
  'missing-information': 'Missing information',
  'out-of-date': 'Out of date',
  'not-what-i-was-looking-for': 'Not what I was looking for',
  other: 'Other',
} as const;

export type FeedbackReason = keyof typeof feedbackReasons;
export const reasonIds = Object.keys(feedbackReasons) as FeedbackReason[];

export const helplineTapKinds = ['helpline', 'tty', 'crisis-call', 'emergency'] as const;
export type HelplineTapKind = (typeof helplineTapKinds)[number];

export const maxCommentLength = 1000;
/** Refs are 16 random bytes, base64url: 22 characters. */
export const refPattern = /^[A-Za-z0-9_-]{22}$/;
/** Follow-up tokens (the no-JavaScript form's, in the thank-you page's URL) are 32 random bytes: 43 characters. */
export const followupTokenPattern = /^[A-Za-z0-9_-]{43}$/;

const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string({ error: 'must be text' }).trim().max(max, { error: message }).optional(),
  );

const reasonsField = z.preprocess(
  (value) =>
    value === undefined || value === null || value === ''
      ? []
      : Array.isArray(value)
        ? value
        : [value],
  z
    .array(z.enum(reasonIds, { error: `each reason must be one of: ${reasonIds.join(', ')}` }), {
      error: 'must be a list of reasons',
    })
    .max(reasonIds.length, { error: 'too many reasons' })
    .transform((list) => [...new Set(list)]),
);

function buildFeedbackSchema(knownPages: ReadonlySet<string>) {
  return z.object({
    page: z
      .string({ error: 'is required: the path of the page, e.g. /articles/first-steps' })
      .refine((page) => knownPages.has(page), { error: 'is not a page on this site' }),
    helpful: z.enum(['yes', 'no'], { error: 'must be yes or no' }).optional(),
    reasons: reasonsField,
    comment: optionalText(maxCommentLength, `must be at most ${maxCommentLength} characters`),
    website: z
      .string({ error: 'must be empty' })
      .optional()
      .refine((value) => !value, { error: 'must be empty' }),
    ref: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string({ error: 'must be text' })
        .regex(refPattern, { error: 'is not a valid reference' })
        .optional(),
    ),
    token: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string({ error: 'must be text' })
        .regex(followupTokenPattern, { error: 'is not a valid follow-up token' })
        .optional(),
    ),
  });
}

/** A first answer: a new row. */
export type FeedbackAnswer = {
  kind: 'answer';
  page: string;
  helpful: 'yes' | 'no';
  reasons: FeedbackReason[];
  comment?: string;
};
/** A follow-up: reasons and comment for the row with this ref (JSON) or one-time token (form). */
export type FeedbackDetails = {
  kind: 'details';
  by: { ref: string } | { token: string };
  page: string;
  reasons: FeedbackReason[];
  comment?: string;
};

export type FieldErrors = Record<string, string>;
export type ParseResult<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

/**
 * Characters no reader types on purpose: NUL and other control characters (newline and tab are
 * fine; a form's CR LF is read as a newline) and the bidirectional overrides and isolates that can
 * make stored text display differently from what it is.
 */
const badCharacter =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A field error for each text field (or list of texts) holding a character from badCharacter. */
export function badCharacterFields(input: Record<string, unknown>): FieldErrors {
  const fields: FieldErrors = {};
  for (const [key, value] of Object.entries(input)) {
    const texts = Array.isArray(value) ? value : [value];
    if (
      texts.some(
        (text) => typeof text === 'string' && badCharacter.test(text.replace(/\r\n/g, '\n')),
      )
    ) {
      fields[key] =
        'must not contain control characters (other than new lines and tabs) or text-direction overrides';
    }
  }
  return fields;
}

/** Form posts send a textarea's new lines as CR LF: store them as LF. */
const normalizeNewlines = (input: Record<string, unknown>) =>
  typeof input.comment === 'string'
    ? { ...input, comment: input.comment.replace(/\r\n/g, '\n') }
    : input;

/**
 * Each schema built once per pages list (the server's list lives as long as the process): building
 * one, which zod also compiles, cost more than the rest of a post.
 */
function oncePerPages<T extends object>(build: (knownPages: ReadonlySet<string>) => T) {
  const built = new WeakMap<ReadonlySet<string>, T>();
  return (knownPages: ReadonlySet<string>): T => {
    let schema = built.get(knownPages);
    if (!schema) built.set(knownPages, (schema = build(knownPages)));
    return schema;
  };
}

const feedbackSchema = oncePerPages(buildFeedbackSchema);

function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'body');
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Validates a feedback post (JSON object or form fields). With a `ref` it is a follow-up
 * (details for an earlier answer); without, `helpful` is required.
 */
export function parseFeedback(
  input: unknown,
  knownPages: ReadonlySet<string>,
): ParseResult<FeedbackAnswer | FeedbackDetails> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, fields: { body: 'must be an object with page and helpful' } };
  }
  const bad = badCharacterFields(input as Record<string, unknown>);
  if (Object.keys(bad).length > 0) return { ok: false, fields: bad };
  const result = feedbackSchema(knownPages).safeParse(
    normalizeNewlines(input as Record<string, unknown>),
  );
  if (!result.success) return { ok: false, fields: fieldErrors(result.error) };
  const { page, helpful, reasons, comment, ref, token } = result.data;
  if (ref) return { ok: true, value: { kind: 'details', by: { ref }, page, reasons, comment } };
  if (token) return { ok: true, value: { kind: 'details', by: { token }, page, reasons, comment } };
  if (!helpful) return { ok: false, fields: { helpful: 'must be yes or no' } };
  return { ok: true, value: { kind: 'answer', page, helpful, reasons, comment } };
}

const buildTapSchema = (knownPages: ReadonlySet<string>) =>
  z.object({
    page: z
      .string({ error: 'is required' })
      .refine((page) => knownPages.has(page), { error: 'is not a page on this site' }),
    kind: z.enum(helplineTapKinds, { error: `must be one of: ${helplineTapKinds.join(', ')}` }),
  });

const tapSchema = oncePerPages(buildTapSchema);

/** Validates a helpline tap beacon: a known page and a kind from the fixed list. */
export function parseHelplineTap(
  input: unknown,
  knownPages: ReadonlySet<string>,
): ParseResult<{ page: string; kind: HelplineTapKind }> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, fields: { body: 'must be an object with page and kind' } };
  }
  const bad = badCharacterFields(input as Record<string, unknown>);
  if (Object.keys(bad).length > 0) return { ok: false, fields: bad };
  const result = tapSchema(knownPages).safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, fields: fieldErrors(result.error) };
}
