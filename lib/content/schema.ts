import { z } from 'zod';

/** Topics group articles on the home page and the FAQ page, in this order. */
export const topics = {
  'understanding-iop': 'Understanding IOP',
  'getting-started': 'Getting started',
  'during-treatment': 'During treatment',
  'costs-and-insurance': 'Costs and insurance',
  families: 'Families',
  'after-iop': 'After IOP',
} as const;
export type Topic = keyof typeof topics;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a `YYYY-MM-DD` that exists on the calendar (not 2026-02-30 or 2026-13-01). */
export function isRealDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written `YYYY-MM-DD`, quoted or not (the reader keeps YAML dates as text, so
 * an impossible date is seen as written rather than rolled over into the next month).
 */
export const isoDate = z
  .union([z.date(), z.string()], { error: 'must be a date like 2026-11-20' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (!isoDatePattern.test(text)) {
      ctx.addIssue({ code: 'custom', message: `must be a date like 2026-11-20, got "${text}"` });
      return z.NEVER;
    }
    if (!isRealDate(text)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a real date` });
      return z.NEVER;
    }
    return text;
  });

const text = (what: string) =>
  z.string({ error: `must be ${what}` }).trim().min(1, { error: `must not be empty` });

const slugLike = z
  .string({ error: 'must be an id (lowercase letters, digits and hyphens)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must use lowercase letters, digits and hyphens' });

export const referenceSchema = z.strictObject({
  id: slugLike,
  title: text('the title of the source'),
  publisher: text('the publisher'),
  year: z
    .number({ error: 'must be a year like 2021' })
    .int()
    .min(1900, { error: 'must be a year after 1900' }),
  url: z.url({ error: 'must be a full URL' }).optional(),
});

export const faqSchema = z.strictObject({
  question: text('a question'),
  answer: text('an answer'),
});

export const changeSchema = z.strictObject({
  date: isoDate,
  summary: text('a one-line summary of what changed'),
});

export const articleSchema = z.strictObject({
  title: text('a title'),
  description: text('a one-line description').max(160, {
    error: (issue) => `must be at most 160 characters (it has ${String(issue.input).length})`,
  }),
  topic: z.enum(Object.keys(topics) as [Topic, ...Topic[]], {
    error: `must be one of: ${Object.keys(topics).join(', ')}`,
  }),
  author: slugLike,
  /** A person of kind `clinician` in the people registry; with `reviewed`, or not at all (the page then says so). */
  reviewer: slugLike.optional(),
  published: isoDate,
  reviewed: isoDate.optional(),
  updated: isoDate,
  nextReview: isoDate.optional(),
  keyTakeaways: z
    .array(text('a sentence'), { error: 'must be a list of 1 to 5 sentences' })
    .min(1, { error: 'must have at least 1 item' })
    .max(5, { error: 'must have at most 5 items' }),
  related: z.array(slugLike, { error: 'must be a list of article slugs' }).default([]),
  references: z.array(referenceSchema, { error: 'must be a list of references' }).default([]),
  faqs: z.array(faqSchema, { error: 'must be a list of questions and answers' }).default([]),
  changes: z
    .array(changeSchema, { error: 'must be a list of dated changes' })
    .min(1, { error: 'must list at least the first publication' }),
});
export type ArticleFrontmatter = z.infer<typeof articleSchema>;

/** What every Spanish file adds to its English schema. */
const translationFields = {
  /** The English slug (file name) this file translates. */
  translationOf: slugLike,
  /** The English file's `updated` date this translation was made from. */
  sourceUpdated: isoDate,
};

export const esArticleSchema = articleSchema.extend(translationFields);

/** What a people entry is: only a clinician (a named person with credentials) can review. */
export const personKinds = ['clinician', 'team'] as const;
export type PersonKind = (typeof personKinds)[number];

export const personSchema = z.strictObject({
  kind: z.enum(personKinds, {
    error: 'must be "clinician" (a named person with credentials, who can review) or "team" (cannot review)',
  }),
  name: text('a name'),
  role: text('a role'),
  credentials: text('credentials (for a team, say where members are listed)'),
  bio: text('a short bio'),
  /** The same entry in Spanish for the Spanish edition; without it the Spanish page says it is in English. */
  es: z
    .strictObject({
      name: text('a name'),
      role: text('a role'),
      credentials: text('credentials'),
      bio: text('a short bio'),
    })
    .optional(),
});
export type PersonFrontmatter = z.infer<typeof personSchema>;

export const pageSchema = z.strictObject({
  title: text('a title'),
  description: text('a one-line description').max(160, {
    error: (issue) => `must be at most 160 characters (it has ${String(issue.input).length})`,
  }),
  updated: isoDate,
});
export type PageFrontmatter = z.infer<typeof pageSchema>;

export const esPageSchema = pageSchema.extend(translationFields);

/** Topic names in Spanish, in the same order. */
export const esTopics = {
  'understanding-iop': 'Qué es el IOP',
  'getting-started': 'Cómo empezar',
  'during-treatment': 'Durante el tratamiento',
  'costs-and-insurance': 'Costos y seguro médico',
  families: 'Familias',
  'after-iop': 'Después del IOP',
} as const satisfies Record<Topic, string>;
