const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * US numbers: (555) 123-4567, 555-123-4567, 555.123.4567, 555 123 4567, +1 555 123 4567,
 * 1-555-123-4567, 5551234567. The look-arounds stop it from taking part of a longer number,
 * so "2024", "9 hours" or "$1,200" stay.
 */
const usPhone =
  /(?<![\w+.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\w-]|\.\d)/g;

/** Other international numbers written with a leading +: "+44 20 7946 0958". */
const internationalPhone = /(?<![\w+])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\w-])/g;

/** Replaces email addresses and phone numbers in reader text before it is stored. */
export function redactPersonalData(text: string): string {
  return text
    .replace(email, '[email removed]')
    .replace(usPhone, '[phone removed]')
    .replace(internationalPhone, (match) =>
      match.replace(/\D/g, '').length >= 8 ? '[phone removed]' : match,
    );
}
