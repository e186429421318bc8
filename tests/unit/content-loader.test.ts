import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatProblem, loadContent } from '@/lib/content';
import { checkContent } from '@/lib/content/check';

const fixtures = path.resolve('tests/fixtures');
const today = '2026-11-26';
/** The fixture tree's home-page list; the clinical review requirement off unless a test turns it on. */
const options = { today, homeLists: { startHere: ['first-steps'] }, requireClinicalReview: false };

function problemsOf(dir: string): string[] {
  try {
    loadContent(dir, options);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture tree with one file rewritten. */
function validTreeWith(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  temps.push(dir);
  fs.cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

describe('a valid content tree', () => {
  it('loads articles, people and pages with their derived fields', () => {
    const tree = loadContent(path.join(fixtures, 'valid'), options);
    expect(tree.articles.map((a) => a.slug)).toEqual(['first-steps', 'paying-for-care']);
    const first = tree.articles[0]!;
    expect(first.url).toBe('/articles/first-steps');
    expect(first.published).toBe('2026-01-01');
    expect(first.nextReview).toBe('2027-01-05');
    expect(first.faqs[0]).toMatchObject({ id: 'where-do-i-start', question: 'Where do I start?' });
    expect(tree.people.map((p) => [p.id, p.kind]).sort()).toEqual([
      ['dana-example', 'clinician'],
      ['writers', 'team'],
    ]);
    expect(tree.pages[0]).toMatchObject({ slug: 'about', url: '/about' });
  });

  it('lists overdue reviews as warnings, not errors', () => {
    const tree = loadContent(path.join(fixtures, 'valid'), options);
    expect(tree.warnings.map(formatProblem)).toEqual([
      'tests/fixtures/valid/articles/paying-for-care.mdx: nextReview: review overdue since 2026-06-01',
    ]);
  });

  it('warns about a FAQ answer that is too short or too long to help', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace(/answer: You can start.*$/m, 'answer: Call the helpline.'),
    );
    expect(
      loadContent(dir, options).warnings.map((w) => `${w.field}: ${w.message}`),
    ).toContainEqual('faqs.0.answer: has 3 words: aim for 40 to 120');
  });

  it('lists reviews due within 30 days', () => {
    const tree = loadContent(path.join(fixtures, 'valid'), { ...options, today: '2026-05-20' });
    expect(tree.warnings.map((w) => w.message)).toEqual(['review due 2026-06-01 (in 12 days)']);
  });
});

describe('an invalid content tree', () => {
  const problems = problemsOf(path.join(fixtures, 'invalid'));
  const file = 'tests/fixtures/invalid/articles/bad-fields.mdx';

  it('reports every problem in every file, one line each, naming file and field', () => {
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^tests\/fixtures\/invalid\/articles\/broken-frontmatter\.mdx: \(frontmatter\): is not valid YAML/,
        ),
        `${file}: title: must not be empty`,
        `${file}: description: must be at most 160 characters (it has 162)`,
        expect.stringMatching(new RegExp(`^${file}: topic: must be one of: understanding-iop, `)),
        `${file}: keyTakeaways: must have at least 1 item`,
        `${file}: references.0.year: must be a year like 2021`,
        `${file}: (frontmatter): unknown field "colour"`,
      ]),
    );
  });

  it('stops at the schema: cross-checks run only on files that parse', () => {
    expect(problems.filter((p) => p.includes('nobody'))).toEqual([]);
  });
});

describe('cross-checks', () => {
  it('names an unknown author', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('author: writers', 'author: ghost-writer'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /articles\/first-steps\.mdx: author: "ghost-writer" is not in the people registry/,
      ),
    ]);
  });

  it('names a related slug that does not exist', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('  - paying-for-care', '  - paying-for-it'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/first-steps\.mdx: related\.0: "paying-for-it" is not an article$/),
    ]);
  });

  it('finds broken internal links and anchors, with their line', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t
        .replace('/articles/paying-for-care#what-it-costs', '/articles/paying-for-care#what-it-is')
        .replace('(#getting-help)', '(#getting-lost)')
        .replace('/people/writers', '/people/nobody')
        .replace('/faq#where-do-i-start', '/faq#where-do-i-end')
        .replace('(/about)', '(/abut)'),
    );
    const problems = problemsOf(dir);
    expect(problems).toEqual([
      expect.stringMatching(
        /body \(line 4\d\): broken link: anchor "#what-it-is" matches no heading on "\/articles\/paying-for-care"$/,
      ),
      expect.stringMatching(
        /body \(line 4\d\): broken link: anchor "#getting-lost" matches no heading on this page$/,
      ),
      expect.stringMatching(
        /body \(line 4\d\): broken link: "#where-do-i-end" is not a question on the FAQ page$/,
      ),
      expect.stringMatching(
        /body \(line 5\d\): broken link: "\/people\/nobody" is not in the people registry$/,
      ),
      expect.stringMatching(/body \(line 5\d\): broken link: "\/abut" is not a page on this site$/),
    ]);
  });

  it('reports the line of a broken link in the file, counting the frontmatter', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) => t.replace('(/about)', '(/abut)'));
    const line =
      fs
        .readFileSync(path.join(dir, 'articles/first-steps.mdx'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('/abut')) + 1;
    expect(problemsOf(dir)).toEqual([expect.stringContaining(`body (line ${line}):`)]);
  });

  it('refuses dates in the future and review dates before publication', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t
        .replace('reviewed: 2026-01-05', 'reviewed: 2025-12-01')
        .replace('published: 2026-01-01', 'published: 2026-12-01'),
    );
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/published: is in the future \(2026-12-01\)$/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/reviewed: \(2025-12-01\) is before published \(2026-12-01\)$/),
    );
  });

  it('refuses a date that is not a real date', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('updated: 2026-01-05', 'updated: 5 January'),
    );
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/updated: must be a date like 2026-11-20, got "5 January"$/),
    );
  });

  it('requires the newest change to match the updated date', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('  - date: 2026-01-05', '  - date: 2026-01-04'),
    );
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(
        /changes\.0\.date: the newest change \(2026-01-04\) must match updated \(2026-01-05\)$/,
      ),
    );
  });

  it('requires a missing field by name', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) => t.replace(/^author: .*\n/m, ''));
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/first-steps\.mdx: author: is required$/),
    );
  });

  it('takes reviewer and reviewed together or not at all', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace(/^reviewer: dana-example\n/m, ''),
    );
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/first-steps\.mdx: reviewer: reviewer and reviewed go together/),
    );
  });

  it('checks citations against references', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('<Cite id="three" />', '<Cite id="four" />'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/body: <Cite id="four" \/> matches no reference$/),
      expect.stringMatching(/references\.2: "three" is never cited in the body$/),
    ]);
  });
});

describe('editorial checks', () => {
  it('fails stigmatizing words and suggests others', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('Many people find', 'Many addicts find'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: body: "addicts" is stigmatizing: write "person with a substance use disorder" instead$/,
      ),
    ]);
  });

  it('allows agency names that keep an old word', () => {
    const dir = validTreeWith('articles/first-steps.mdx', (t) =>
      t.replace('Many people find', 'The National Institute on Drug Abuse says many people find'),
    );
    expect(problemsOf(dir)).toEqual([]);
  });

  it('fails fewer than 3 references and non-https links', () => {
    const dir = validTreeWith('articles/paying-for-care.mdx', (t) =>
      t
        .replace(/  - id: c\n(.*\n){3}/, '')
        .replace(' Ask first.<Cite id="c" />', ' Ask [first](http://example.org).'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /paying-for-care\.mdx: body \(line \d+\): link "http:\/\/example\.org" must use https$/,
      ),
      expect.stringMatching(
        /paying-for-care\.mdx: references: must list at least 3 sources \(it has 2\)$/,
      ),
    ]);
  });

  it('fails prose above reading grade 10', () => {
    const hard =
      'Comprehensive multidisciplinary pharmacotherapeutic interventions necessitate individualized biopsychosocial evaluation, interdisciplinary coordination, and longitudinal therapeutic monitoring considerations.';
    const dir = validTreeWith('articles/paying-for-care.mdx', (t) =>
      t.replace('It depends on the program.', hard),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/paying-for-care\.mdx: body: reading grade \d+\.\d is above 10/),
    ]);
  });
});

describe('the content check', () => {
  it('reports code and unknown components in content, with the file line', async () => {
    const dir = validTreeWith('articles/paying-for-care.mdx', (t) =>
      t.replace('It depends on the program.', 'It depends {on} the <Unknown /> program.'),
    );
    const { problems } = await checkContent(dir, options);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /paying-for-care\.mdx: body \(line 38\): \{expressions\}, import and export are not allowed in content$/,
      ),
      expect.stringMatching(
        /paying-for-care\.mdx: body \(line 38\): unknown component <Unknown>: use one of /,
      ),
    ]);
  });

  it('reports MDX that does not parse, with the file line, once', async () => {
    const dir = validTreeWith('articles/paying-for-care.mdx', (t) =>
      t.replace('It depends on the program.', 'It depends on <Callout type="info">the program.'),
    );
    const { problems } = await checkContent(dir, options);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/paying-for-care\.mdx: body \(line \d+\): MDX does not compile: /),
    ]);
  });

  it('passes the real content folder', async () => {
    const { problems } = await checkContent(path.resolve('content'));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
