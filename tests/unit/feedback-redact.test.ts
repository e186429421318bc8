import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '@/lib/feedback/redact';

describe('redactPersonalData', () => {
  it.each([
    ['email me at jo.doe+iop@mail.example.org please', 'email me at [email removed] please'],
    ['call 555-123-4567', 'call [phone removed]'],
    ['call (555) 123-4567 today', 'call [phone removed] today'],
    ['call +1 555 123 4567', 'call [phone removed]'],
    ['call 1-800-662-4357', 'call [phone removed]'],
    ['call 5551234567.', 'call [phone removed].'],
    ['call 555.123.4567', 'call [phone removed]'],
    ['ring +44 20 7946 0958', 'ring [phone removed]'],
  ])('removes personal data from %j', (input, expected) => {
    expect(redactPersonalData(input)).toBe(expected);
  });

  it.each([
    'IOP is 9 hours a week',
    'I started in 2024 and finished 2025-03-01',
    'It cost $1,200 for 12 weeks, 3 days a week',
    'between 300-1000 dollars',
    'page 12 of 1000',
    'reference 12345678901234',
  ])('keeps ordinary numbers in %j', (input) => {
    expect(redactPersonalData(input)).toBe(input);
  });

  it('removes several at once', () => {
    expect(redactPersonalData('a@b.co or 555 123 4567 or c@d.org')).toBe(
      '[email removed] or [phone removed] or [email removed]',
    );
  });
});
