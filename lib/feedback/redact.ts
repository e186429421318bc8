/** "jo@mail.example.org", also with a full-width ＠ or a small ﹫. */
const email = /[A-Za-z0-9._%+-]+\s*[@＠﹫]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** "jo dot doe at gmail dot com", "jo (at) gmail (dot) com", "jo [at] mail.example.org". */
const spelledEmail =
  /\b[A-Za-z0-9._%+-]+(?:\s*[([]?\s*dot\s*[)\]]?\s*[A-Za-z0-9_%+-]+)*\s*[([]?\s*\bat\b\s*[)\]]?\s*[A-Za-z0-9-]+(?:\s*(?:[([]?\s*\bdot\b\s*[)\]]?|\.)\s*[A-Za-z0-9-]+)*\s*(?:[([]?\s*\bdot\b\s*[)\]]?|\.)\s*(?:com|org|net|edu|gov|us|io|co|info|me|mail)\b/gi;

/** A separator inside a phone number: a dash, dot or space, with spaces around a dash or dot. */
const sep = String.raw`(?:\s*[.-]\s*|\s)?`;

/**
 * US numbers: (555) 123-4567, 555-123-4567, 555 - 123 - 4567, 555.123.4567, 555 123 4567,
 * +1 555 123 4567, 1-555-123-4567, 5551234567, with an extension (x12, ext. 12, extension 12).
 * The look-arounds stop it from taking part of a longer number, so "2024", "9 hours" or
 * "$1,200" stay.
 */
const usPhone = new RegExp(
  String.raw`(?<![\w+.-])(?:\+?1${sep})?(?:\(\d{3}\)${sep}|\d{3}${sep})\d{3}${sep}\d{4}` +
    String.raw`(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?(?![\w-]|\.\d)`,
  'gi',
);

/** Other international numbers written with a leading +: "+44 20 7946 0958". */
const internationalPhone = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w-])/g;

/** US Social Security numbers: 123-45-6789, 123 45 6789. */
const ssn = /(?<![\w-])\d{3}[\s-]\d{2}[\s-]\d{4}(?![\w-])/g;

const monthName = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

/**
 * Dates of birth: a date written next to "born", "birthday", "DOB" or "date of birth", and any
 * day-month-year date (03/14/1985, 3-14-85, March 14, 1985, 14 March 1985). A bare year or a
 * month and year ("since March 2024") is kept.
 */
const fullDate = new RegExp(
  [
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b`,
    String.raw`\b${monthName}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}\s*,?\s+\d{4}\b`,
  ].join('|'),
  'gi',
);
const birthContext = new RegExp(
  String.raw`(\b(?:born(?:\s+(?:on|in))?|birthday(?:\s+is)?|d\.?o\.?b\.?:?|date\s+of\s+birth:?(?:\s+is)?)\s+)` +
    String.raw`(?:\d{4}-\d{2}-\d{2}|${monthName}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName})`,
  'gi',
);

const streetType = String.raw`(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way|terrace|ter|parkway|pkwy|highway|hwy|circle|cir|square|sq)`;
/** Street addresses: "123 Main St", "4500 N. Oak Avenue Apt 2", "12 Elm Street". */
const streetAddress = new RegExp(
  String.raw`\b\d{1,6}\s+(?:[NSEW]\.?\s+|(?:north|south|east|west)\s+)?(?:[A-Za-z0-9][A-Za-z0-9'-]*\s+){1,4}${streetType}\b\.?` +
    String.raw`(?:,?\s*(?:apt|apartment|unit|suite|ste|#)\.?\s*[\w-]+)?`,
  'gi',
);

/**
 * Replaces personal data in reader text before it is stored: emails (also "name at gmail dot
 * com"), phone numbers, Social Security numbers, dates of birth and street addresses.
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(email, '[email removed]')
    .replace(spelledEmail, '[email removed]')
    .replace(ssn, '[number removed]')
    .replace(usPhone, '[phone removed]')
    .replace(internationalPhone, (match) =>
      match.replace(/\D/g, '').length >= 8 ? '[phone removed]' : match,
    )
    .replace(fullDate, '[date removed]')
    .replace(birthContext, '$1[date removed]')
    .replace(streetAddress, '[address removed]');
}
