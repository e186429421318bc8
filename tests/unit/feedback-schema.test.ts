import { describe, expect, it } from 'vitest';
import { parseFeedback, parseHelplineTap } from '@/lib/feedback/schema';

const pages = new Set(['/articles/first-steps', '/about']);
const ref = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('parseFeedback', () => {
  it('accepts a yes or no answer for a page that exists', () => {
    expect(parseFeedback({ page: '/about', helpful: 'yes', website: '' }, pages)).toEqual({
      ok: true,
      value: { kind: 'answer', page: '/about', helpful: 'yes', reasons: [], comment: undefined },
    });
  });

  it('takes reasons from a form (one string) or JSON (a list), without duplicates', () => {
    const one = parseFeedback({ page: '/about', helpful: 'no', reasons: 'out-of-date' }, pages);
    expect(one.ok && one.value.reasons).toEqual(['out-of-date']);
    const many = parseFeedback(
      { page: '/about', helpful: 'no', reasons: ['other', 'other', 'hard-to-understand'] },
      pages,
    );
    expect(many.ok && many.value.reasons).toEqual(['other', 'hard-to-understand']);
  });

  it('names every wrong field', () => {
    const result = parseFeedback(
      {
        page: '/nope',
        helpful: 'maybe',
        reasons: ['bored'],
        comment: 'x'.repeat(1001),
        website: 'spam',
      },
      pages,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toEqual({
      page: 'is not a page on this site',
      helpful: 'must be yes or no',
      reasons: expect.stringContaining('each reason must be one of'),
      comment: 'must be at most 1000 characters',
      website: 'must be empty',
    });
  });

  it('requires helpful unless the post is a follow-up with a ref', () => {
    const missing = parseFeedback({ page: '/about' }, pages);
    expect(missing).toEqual({ ok: false, fields: { helpful: 'must be yes or no' } });
    const details = parseFeedback({ page: '/about', ref, comment: '  more please  ' }, pages);
    expect(details).toEqual({
      ok: true,
      value: { kind: 'details', by: { ref }, page: '/about', reasons: [], comment: 'more please' },
    });
  });

  it('counts 1,000 characters as the limit after trimming, and treats a blank comment as none', () => {
    expect(
      parseFeedback({ page: '/about', helpful: 'no', comment: ` ${'a'.repeat(1000)} ` }, pages).ok,
    ).toBe(true);
    const blank = parseFeedback({ page: '/about', helpful: 'no', comment: '   ' }, pages);
    expect(blank.ok && blank.value.comment).toBeUndefined();
  });

  it('refuses a malformed ref and bodies that are not objects', () => {
    expect(parseFeedback({ page: '/about', ref: 'short' }, pages)).toMatchObject({
      ok: false,
      fields: { ref: 'is not a valid reference' },
    });
    expect(parseFeedback(['yes'], pages)).toMatchObject({
      ok: false,
      fields: { body: expect.any(String) },
    });
    expect(parseFeedback(null, pages).ok).toBe(false);
    expect(parseFeedback({ page: 42, helpful: 'yes' }, pages)).toMatchObject({
      ok: false,
      fields: { page: expect.stringContaining('is required') },
    });
  });
});

describe('parseHelplineTap', () => {
  it('accepts the four kinds of link on a known page', () => {
    for (const kind of ['helpline', 'tty', 'crisis-call', 'emergency']) {
      expect(parseHelplineTap({ page: '/about', kind }, pages).ok).toBe(true);
    }
  });

  it('refuses other kinds and unknown pages', () => {
    expect(parseHelplineTap({ page: '/elsewhere', kind: 'sms' }, pages)).toEqual({
      ok: false,
      fields: {
        page: 'is not a page on this site',
        kind: 'must be one of: helpline, tty, crisis-call, emergency',
      },
    });
  });
});

describe('bad characters', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a bell', 'ring\u0007'],
    ['a lone carriage return', 'one\rtwo'],
    ['DEL', 'x\u007f'],
    ['a right-to-left override', 'abc\u202Edef'],
    ['a left-to-right isolate', '\u2066x\u2069'],
  ])('refuses %s in any text field, naming the field', (_label, text) => {
    for (const field of ['comment', 'page', 'ref', 'website', 'helpful'] as const) {
      const result = parseFeedback({ page: '/about', helpful: 'yes', [field]: text }, pages);
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.fields[field], field).toMatch(/control characters/);
    }
    const reasons = parseFeedback(
      { page: '/about', helpful: 'no', reasons: ['other', text] },
      pages,
    );
    expect(!reasons.ok && reasons.fields.reasons).toMatch(/control characters/);
    const tap = parseHelplineTap({ page: '/about', kind: text }, pages);
    expect(!tap.ok && tap.fields.kind).toMatch(/control characters/);
  });

  it('keeps new lines (LF or a form’s CR LF, stored as LF) and tabs', () => {
    const result = parseFeedback(
      { page: '/about', helpful: 'no', comment: 'line one\r\nline two\n\tindented' },
      pages,
    );
    expect(result.ok && result.value.comment).toBe('line one\nline two\n\tindented');
  });
});
