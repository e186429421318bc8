import { z } from 'zod';

const e164 = z
  .string({ error: 'must be a phone number in E.164 form, like +18006624357' })
  .regex(/^\+[1-9]\d{6,14}$/, { error: 'must be a phone number in E.164 form, like +18006624357' });
const shortCode = z
  .string({ error: 'must be a dialable number: E.164 (+18006624357) or a short code (988)' })
  .regex(/^(?:\+[1-9]\d{6,14}|\d{3,6})$/, {
    error: 'must be a dialable number: E.164 (+18006624357) or a short code (988)',
  });
const text = z.string({ error: 'is required' }).trim().min(1, { error: 'must not be empty' });
/** Readers leave for these addresses: plain http would show anyone on the network where they went. */
const httpsUrl = (example: string) =>
  z.url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: `must be a full https URL, like ${example}`,
  });

export const helplineSchema = z
  .strictObject({
    name: text,
    /** What readers see, e.g. 1-800-662-4357. */
    displayNumber: text,
    /** What the tel: link dials. */
    tel: e164,
    /** A few words for the call link's accessible name, e.g. "free, confidential, 24/7". */
    summary: text,
    hours: text,
    languages: z.array(text).min(1, { error: 'must list at least one language' }),
    cost: text,
    tty: z.strictObject({ display: text, tel: e164 }).optional(),
    text: z.strictObject({ instructions: text, number: shortCode }).optional(),
    whoAnswers: text,
    /** True when calls go to a treatment provider or broker that pays for them. */
    paidAdvertiser: z.boolean({ error: 'must be true or false' }),
    disclosure: z.string().trim().optional(),
    url: z.url({ error: 'must be a full https URL' }).optional(),
    /** The same line described in Spanish for the Spanish edition; the numbers above are reused. */
    es: z.strictObject({
      name: text,
      summary: text,
      hours: text,
      cost: text,
      languages: z.array(text).min(1, { error: 'must list at least one language' }),
      whoAnswers: text,
      /** How to reach someone who speaks Spanish on this line. */
      spanishOption: text,
      /** Where that is stated, cited on the Spanish helpline page. */
      source: httpsUrl('https://www.samhsa.gov/find-help/helplines/national-helpline'),
      /** The text service's instructions in Spanish (the number is `text.number`). */
      textInstructions: text.optional(),
      textNote: text.optional(),
    }),
  })
  .superRefine((helpline, ctx) => {
    if (helpline.paidAdvertiser && !helpline.disclosure) {
      ctx.addIssue({
        code: 'custom',
        path: ['disclosure'],
        message:
          'is required when paidAdvertiser is true: say who answers calls and that they pay for them',
      });
    }
  });

export const crisisLineSchema = z.strictObject({
  name: text,
  call: shortCode,
  text: shortCode.optional(),
  chatUrl: z.url().optional(),
  description: text,
  /** The crisis line for the Spanish edition: its Spanish name, and how to reach Spanish speakers. */
  es: z.strictObject({
    name: text,
    description: text,
    /** The key to press after calling `call` for Spanish. */
    callOption: z.string().regex(/^\d$/, { error: 'must be one digit, like 2' }),
    /** The word to text to `text` for Spanish. */
    textKeyword: text,
    source: httpsUrl('https://988lifeline.org/get-help/what-to-expect'),
  }),
});

/** SAMHSA's treatment locator: `<url>?<zipParameter>=<ZIP>` opens its results near that ZIP code. */
export const locatorSchema = z.strictObject({
  name: text,
  url: httpsUrl('https://findtreatment.gov/locator'),
  zipParameter: z
    .string({ error: 'is required' })
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'must be a query parameter name, like sAddr' }),
});

/** Where "Exit this page" sends a reader: a neutral site that says nothing about this one. */
export const exitPageSchema = z.strictObject({
  url: httpsUrl('https://www.bbc.co.uk/weather'),
});

export const siteConfigSchema = z.strictObject({
  name: text,
  description: text,
  url: z
    .url({ error: 'must be a full URL like https://example.org (set SITE_URL)' })
    .transform((u) => u.replace(/\/+$/, '')),
  locale: text,
  themeColor: z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'must be a hex colour like #0b5394' }),
  helpline: helplineSchema,
  crisis: crisisLineSchema,
  emergencyNumber: shortCode,
  locator: locatorSchema,
  exitPage: exitPageSchema,
  /** Slugs of the articles the home page offers first. */
  startHere: z.array(text).min(1),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type Locator = z.infer<typeof locatorSchema>;
