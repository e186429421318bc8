import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '@/lib/feedback/redact';

describe('redactPersonalData', () => {
  it.each([
    // emails
    ['email me at jo.doe+iop@mail.example.org please', 'email me at [email removed] please'],
    ['write to jo＠mail.example.org', 'write to [email removed]'],
    ['write to jo﹫mail.example.org', 'write to [email removed]'],
    ['my email is jo.doe at gmail dot com thanks', 'my email is [email removed] thanks'],
    ['jodoe (at) gmail (dot) com', '[email removed]'],
    ['jo [at] mail.example.org', '[email removed]'],
    ['jo dot doe at yahoo dot com', '[email removed]'],
    // phone numbers
    ['call 555-123-4567', 'call [phone removed]'],
    ['call (555) 123-4567 today', 'call [phone removed] today'],
    ['call +1 555 123 4567', 'call [phone removed]'],
    ['call 1-800-662-4357', 'call [phone removed]'],
    ['call 5551234567.', 'call [phone removed].'],
    ['call 555.123.4567', 'call [phone removed]'],
    ['call 555 - 123 - 4567 now', 'call [phone removed] now'],
    ['call 555 . 123 . 4567', 'call [phone removed]'],
    ['call 555-123-4567 x12', 'call [phone removed]'],
    ['call 555-123-4567 ext. 12 please', 'call [phone removed] please'],
    ['call (555) 123-4567 extension 1234', 'call [phone removed]'],
    ['ring +44 20 7946 0958', 'ring [phone removed]'],
    // Social Security numbers
    ['my SSN is 123-45-6789', 'my SSN is [number removed]'],
    ['ssn 123 45 6789', 'ssn [number removed]'],
    // dates of birth
    ['born 03/14/1985 in Ohio', 'born [date removed] in Ohio'],
    ['DOB: 3-14-85', 'DOB: [date removed]'],
    ['my birthday is March 14, 1985', 'my birthday is [date removed]'],
    ['born on 14 March 1985', 'born on [date removed]'],
    ['date of birth 1985-03-14', 'date of birth [date removed]'],
    ['born March 14th', 'born [date removed]'],
    // street addresses
    ['I live at 123 Main St near the park', 'I live at [address removed] near the park'],
    ['come to 4500 N. Oak Avenue Apt 2', 'come to [address removed]'],
    ['12 Elm Street, Springfield', '[address removed], Springfield'],
    ['at 77 Martin Luther King Jr Blvd.', 'at [address removed]'],
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
    'since March 2024 I go 3 days a week',
    'we met at the clinic and talked about it',
    'I was at group at 5 pm',
    'I read 3 main points',
    'it took 2 hours at most',
  ])('keeps ordinary text and numbers in %j', (input) => {
    expect(redactPersonalData(input)).toBe(input);
  });

  it('removes several at once', () => {
    expect(redactPersonalData('a@b.co or 555 123 4567 or c@d.org')).toBe(
      '[email removed] or [phone removed] or [email removed]',
    );
  });
});
