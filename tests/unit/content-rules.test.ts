import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';
import { checkContent } from '@/lib/content/check';
import { reservedTopLevelSegments } from '@/lib/urls';
import { options, problemsOf, treeWith, validFixture } from './content-tree';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const first = 'articles/first-steps.mdx';
const paying = 'articles/paying-for-care.mdx';

describe('the valid fixture tree', () => {
  it('loads with no problems (so each failure below is caused by its one change)', () => {
    expect(problemsOf(validFixture)).toEqual([]);
  });
});

describe('people: only a named clinician can review', () => {
  it('requires kind, naming file and field', () => {
    const dir = treeWith({ 'people/writers.md': (t) => t.replace('kind: team\n', '') });
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(/people\/writers\.md: kind: is required$/),
    );
  });

  it('refuses a kind other than clinician or team', () => {
    const dir = treeWith({
      'people/writers.md': (t) => t.replace('kind: team', 'kind: placeholder'),
    });
    expect(problemsOf(dir)).toContainEqual(
      expect.stringMatching(
        /people\/writers\.md: kind: must be "clinician" \(a named person with credentials/,
      ),
    );
  });

  it('refuses a clinician with empty credentials', () => {
    const dir = treeWith({
      'people/dana-example.md': (t) => t.replace('credentials: MD (fictional)', "credentials: ''"),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/people\/dana-example\.md: credentials: must not be empty$/),
    ]);
  });

  it('refuses a team as reviewer, naming the article and the field', () => {
    const dir = treeWith({
      [first]: (t) => t.replace('reviewer: dana-example', 'reviewer: writers'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /articles\/first-steps\.mdx: reviewer: "writers" is a team, and only an individual clinician can review/,
      ),
    ]);
  });
});

describe('the clinical review', () => {
  const changedAfterReview = (t: string) =>
    t
      .replace('updated: 2026-01-05', 'updated: 2026-02-01')
      .replace('changes:\n', 'changes:\n  - date: 2026-02-01\n    summary: Reworded a section.\n');

  it('warns when an article changed after its last review', () => {
    const dir = treeWith({ [first]: changedAfterReview });
    const tree = loadContent(dir, options);
    expect(tree.warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /first-steps\.mdx: reviewed: the article changed on 2026-02-01, after its last clinical review on 2026-01-05/,
      ),
    );
  });

  it('with requireClinicalReview, refuses every missing or outdated review, one line per file', () => {
    const dir = treeWith({
      [first]: changedAfterReview,
      [paying]: (t) =>
        t
          .replace(/^reviewer: .*\n/m, '')
          .replace(/^reviewed: .*\n/m, '')
          .replace(/^nextReview: .*\n/m, ''),
    });
    expect(problemsOf(dir, { requireClinicalReview: true })).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: reviewed: REQUIRE_CLINICAL_REVIEW=1: changed on 2026-02-01, after its last clinical review on 2026-01-05$/,
      ),
      expect.stringMatching(
        /paying-for-care\.mdx: reviewer: REQUIRE_CLINICAL_REVIEW=1: not reviewed by a named clinician/,
      ),
    ]);
    // Off (the default): the same tree loads, and the page shows the notice instead.
    expect(problemsOf(dir)).toEqual([]);
  });

  it('with requireClinicalReview, refuses an overdue review', () => {
    expect(problemsOf(validFixture, { requireClinicalReview: true })).toEqual([
      expect.stringMatching(
        /paying-for-care\.mdx: nextReview: REQUIRE_CLINICAL_REVIEW=1: review overdue since 2026-06-01$/,
      ),
    ]);
    expect(problemsOf(validFixture, { requireClinicalReview: true, today: '2026-05-01' })).toEqual(
      [],
    );
  });

  it('REQUIRE_CLINICAL_REVIEW=1 makes the check fail on today’s content, naming every article file (both editions)', async () => {
    vi.stubEnv('REQUIRE_CLINICAL_REVIEW', '1');
    const { problems } = await checkContent(path.resolve('content'));
    const reviewLines = problems.filter((p) => p.message.startsWith('REQUIRE_CLINICAL_REVIEW=1:'));
    const articleFiles = ['content/articles', 'content/es/articles']
      .flatMap((folder) => fs.readdirSync(folder).map((name) => path.join(folder, name)))
      .sort();
    expect(articleFiles.length).toBeGreaterThan(0);
    expect(reviewLines.map((p) => p.file).sort()).toEqual(articleFiles);
  });

  it('npm run content:check exits 1 with REQUIRE_CLINICAL_REVIEW=1 on a tree with an unreviewed article', () => {
    const dir = treeWith({
      [paying]: (t) =>
        t
          .replace(/^reviewer: .*\n/m, '')
          .replace(/^reviewed: .*\n/m, '')
          .replace(/^nextReview: .*\n/m, ''),
      'site-config.json': () => JSON.stringify({ startHere: ['first-steps'] }),
    });
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/content-check.ts'], {
        env: {
          ...process.env,
          CONTENT_DIR: dir,
          SITE_CONFIG_FILE: path.join(dir, 'site-config.json'),
          ...env,
        },
        encoding: 'utf8',
      });
    const strict = run({ REQUIRE_CLINICAL_REVIEW: '1' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(
      /articles\/paying-for-care\.mdx: reviewer: REQUIRE_CLINICAL_REVIEW=1: not reviewed by a named clinician/,
    );
    const relaxed = run({ REQUIRE_CLINICAL_REVIEW: '' });
    expect(relaxed.stderr).toBe('');
    expect(relaxed.status).toBe(0);
  }, 90_000); // two tsx start-ups: slow on a busy machine

  it('next build refuses too: getContent applies REQUIRE_CLINICAL_REVIEW during the build only', async () => {
    const dir = treeWith({
      [paying]: (t) =>
        t
          .replace(/^reviewer: .*\n/m, '')
          .replace(/^reviewed: .*\n/m, '')
          .replace(/^nextReview: .*\n/m, ''),
      'site-config.json': () => JSON.stringify({ startHere: ['first-steps'] }),
    });
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('SITE_CONFIG_FILE', path.join(dir, 'site-config.json'));
    vi.stubEnv('REQUIRE_CLINICAL_REVIEW', '1');
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    const building = await import('@/lib/content');
    expect(() => building.getContent()).toThrow(
      /paying-for-care\.mdx: reviewer: REQUIRE_CLINICAL_REVIEW=1/,
    );

    // A running server (no build phase) keeps serving: a review falling due must not break pages.
    vi.resetModules();
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    const serving = await import('@/lib/content');
    expect(serving.getContent().articles).toHaveLength(2);
  });
});

describe('safety components', () => {
  it('fails an article without <CrisisHelp />', () => {
    const dir = treeWith({ [paying]: (t) => t.replace('<CrisisHelp />\n', '') });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/paying-for-care\.mdx: body: must include <CrisisHelp \/>/),
    ]);
  });

  it('fails an article that mentions withdrawal or detox without <WithdrawalSafety />, wherever it does', () => {
    const dir = treeWith({
      [first]: (t) =>
        t
          .replace('It is free.<Cite', 'Ask about detox. It is free.<Cite')
          .replace(
            '  - Help is there when you need it.',
            '  - Help is there when you need it, even in withdrawal.',
          ),
      [paying]: (t) =>
        t.replace(
          'changes:\n',
          'faqs:\n  - question: Is withdrawal care covered?\n    answer: Ask your plan.\nchanges:\n',
        ),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: body: mentions withdrawal or detox \("detox" in body, "withdrawal" in keyTakeaways\.0\) but has no <WithdrawalSafety \/>$/,
      ),
      expect.stringMatching(
        /paying-for-care\.mdx: body: mentions withdrawal or detox \("withdrawal" in faqs\.0\.question\) but has no <WithdrawalSafety \/>$/,
      ),
    ]);
    const inTitle = treeWith({
      [paying]: (t) =>
        t.replace(
          'It depends on the program.',
          '<Callout type="warning" title="Before detox">Ask.</Callout>',
        ),
    });
    expect(problemsOf(inTitle)).toEqual([
      expect.stringMatching(
        /paying-for-care\.mdx: body: mentions withdrawal or detox \("detox" in body\)/,
      ),
    ]);
    const fixed = treeWith({
      [first]: (t) =>
        t.replace('It is free.<Cite', 'Ask about detox. It is free.<Cite') +
        '\n<WithdrawalSafety />\n\n<OverdoseSafety />\n',
    });
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('fails an article that mentions fentanyl without <OverdoseSafety />, and passes with it', () => {
    const fentanyl = (t: string) =>
      t.replace(
        'It is free.<Cite',
        'Pills not from a pharmacy can contain fentanyl. It is free.<Cite',
      );
    expect(problemsOf(treeWith({ [first]: fentanyl }))).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: body: mentions opioids, overdose or stimulants \("fentanyl" in body\) but has no <OverdoseSafety \/> \(what to do about an overdose\)$/,
      ),
    ]);
    const fixed = treeWith({ [first]: (t) => fentanyl(t) + '\n<OverdoseSafety />\n' });
    expect(problemsOf(fixed)).toEqual([]);
  });

  it('looks for opioids, overdose and stimulants in takeaways and FAQs too, and beside <WithdrawalSafety />', () => {
    const dir = treeWith({
      [first]: (t) =>
        t.replace(
          '  - Help is there when you need it.',
          '  - Cocaine and pain pills carry risks too.',
        ),
      [paying]: (t) =>
        t
          .replace(
            'changes:\n',
            'faqs:\n  - question: Does insurance pay for overdose care?\n    answer: Ask your plan.\nchanges:\n',
          )
          .replace('<CrisisHelp />\n', '<CrisisHelp />\n\n<WithdrawalSafety />\n'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: body: mentions opioids, overdose or stimulants \("Cocaine" in keyTakeaways\.0\) but has no <OverdoseSafety \/>/,
      ),
      expect.stringMatching(
        /paying-for-care\.mdx: body: mentions opioids, overdose or stimulants \("overdose" in faqs\.0\.question, <WithdrawalSafety \/> in body\) but has no <OverdoseSafety \/>/,
      ),
    ]);
  });

  it('does not mistake words that only contain a term (method, methods) for one', () => {
    const dir = treeWith({
      [first]: (t) => t.replace('It is free.<Cite', 'Each method works. It is free.<Cite'),
    });
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('pipeline holes', () => {
  it('fails an impossible date, unquoted (YAML would roll it into March) or quoted', () => {
    const dir = treeWith({
      [first]: (t) => t.replace('published: 2026-01-01', 'published: 2026-02-30'),
      [paying]: (t) => t.replace('nextReview: 2026-06-01', "nextReview: '2026-04-31'"),
      'pages/about.mdx': (t) => t.replace('updated: 2026-01-10', 'updated: "2026-13-01"'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/first-steps\.mdx: published: "2026-02-30" is not a real date/),
      expect.stringMatching(/paying-for-care\.mdx: nextReview: "2026-04-31" is not a real date/),
      expect.stringMatching(/pages\/about\.mdx: updated: "2026-13-01" is not a real date/),
    ]);
  });

  it('keeps a real leap day', () => {
    const dir = treeWith({
      [paying]: (t) => t.replace('nextReview: 2026-06-01', 'nextReview: 2028-02-29'),
    });
    expect(loadContent(dir, options).articles[1]!.nextReview).toBe('2028-02-29');
  });

  it.each(['faq', 'search', 'admin', 'feedback', 'articles', 'people', 'api', 'es', 'find'])(
    'fails a trust page named %s, which is a route',
    (slug) => {
      const dir = treeWith({
        [`pages/${slug}.mdx`]: () =>
          '---\ntitle: T\ndescription: D.\nupdated: 2026-01-10\n---\n\nText.\n',
      });
      expect(problemsOf(dir)).toEqual([
        expect.stringMatching(
          new RegExp(
            `pages/${slug}\\.mdx: \\(file name\\): "/${slug}" is already a route of the site`,
          ),
        ),
      ]);
    },
  );

  it('the reserved list names every top-level route in app/', () => {
    // Route groups such as app/(en) and app/(es) add no segment: their children are top level.
    const entries = fs
      .readdirSync('app', { withFileTypes: true })
      .flatMap((e) =>
        e.isDirectory() && /^\(.+\)$/.test(e.name)
          ? fs.readdirSync(`app/${e.name}`, { withFileTypes: true })
          : [e],
      );
    const routes = entries
      .filter((e) => !/^[[(_@]/.test(e.name))
      .flatMap((e) => {
        if (e.isDirectory()) return [e.name];
        const special: Record<string, string> = {
          'robots.ts': 'robots.txt',
          'sitemap.ts': 'sitemap.xml',
          'opengraph-image.tsx': 'opengraph-image',
          'twitter-image.tsx': 'twitter-image',
          'icon.svg': 'icon.svg',
        };
        return special[e.name] ? [special[e.name]!] : [];
      });
    expect(routes.length).toBeGreaterThan(5);
    expect([...reservedTopLevelSegments]).toEqual(expect.arrayContaining(routes));
  });

  it('fails a .md (or any other) file in content/articles instead of ignoring it', () => {
    const dir = treeWith({
      'articles/old-draft.md': () => '# Draft\n',
      'articles/notes.txt': () => 'x',
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /articles\/notes\.txt: \(file name\): is not read: only \.mdx files belong in articles\//,
      ),
      expect.stringMatching(
        /articles\/old-draft\.md: \(file name\): is not read: only \.mdx files belong in articles\//,
      ),
    ]);
  });

  it('fails an unknown slug in a home-page list', () => {
    expect(
      problemsOf(validFixture, { homeLists: { startHere: ['first-steps', 'no-such-article'] } }),
    ).toEqual([
      'site config: startHere.1: "no-such-article" is not an article (the home page lists it)',
    ]);
  });
});

describe('links and headings from the syntax tree', () => {
  it('checks reference-style links, links with titles and GFM bare URLs', () => {
    const dir = treeWith({
      [first]: (t) =>
        t.replace(
          'Talk to [our writers]',
          'See [costs][c], [the fees](/articles/paying-for-care#fees "Fees"), http://example.org and\n\n[c]: /articles/paying-for-kare\n\nTalk to [our writers]',
        ),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: body \(line 51\): broken link: anchor "#fees" matches no heading/,
      ),
      expect.stringMatching(
        /first-steps\.mdx: body \(line 51\): link "http:\/\/example\.org" must use https$/,
      ),
      expect.stringMatching(
        /first-steps\.mdx: body \(line 53\): broken link: "\/articles\/paying-for-kare" is not an article$/,
      ),
    ]);
  });

  it('finds setext headings and ignores code, so anchors resolve as the page renders them', () => {
    const dir = treeWith({
      [paying]: (t) =>
        t
          .replace('## What it costs', 'What it costs\n-------------')
          .replace(
            'It depends on the program.',
            'It depends on the program.\n\n```md\n## Not a heading\n[broken](/nowhere)\n```',
          ),
    });
    const tree = loadContent(dir, options);
    expect(tree.articles[1]!.headings).toEqual([
      { depth: 2, text: 'What it costs', id: 'what-it-costs' },
    ]);
  });

  it('fails a broken anchor to a setext heading that was renamed', () => {
    const dir = treeWith({
      [paying]: (t) => t.replace('## What it costs', 'What it will cost\n---'),
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(
        /first-steps\.mdx: body \(line \d+\): broken link: anchor "#what-it-costs" matches no heading/,
      ),
    ]);
  });
});

describe('raw HTML in MDX', () => {
  it.each([
    ['<script>alert(1)</script>', /the HTML element <script> is not allowed/],
    ['<iframe src="https://example.org"></iframe>', /the HTML element <iframe> is not allowed/],
    ['<img src="https://example.org/x.png" alt="" />', /the HTML element <img> is not allowed/],
    ['<style>{"p{}"}</style>', /the HTML element <style> is not allowed/],
    ['<div>boxed</div>', /the HTML element <div> is not allowed/],
    [
      '<abbr title="x" onMouseOver="steal()">IOP</abbr>',
      /event-handler attribute "onMouseOver" on <abbr>/,
    ],
    [
      '<Callout type="info" title="t" onClick="x()">Hi</Callout>',
      /event-handler attribute "onClick" on <Callout>/,
    ],
    ['<abbr style="color:red">IOP</abbr>', /attribute "style" on <abbr> is not allowed/],
  ])('fails %s', (html, message) => {
    const dir = treeWith({
      [paying]: (t) => t.replace('It depends on the program.', `It depends. ${html}`),
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(
      expect.stringMatching(/paying-for-care\.mdx: body \(line 38\): /),
    );
    expect(problems.join('\n')).toMatch(message);
  });

  it('allows the small allowlist', () => {
    const dir = treeWith({
      [paying]: (t) =>
        t.replace(
          'It depends on the program.',
          'It depends on the <abbr title="intensive outpatient program">IOP</abbr>.<br />',
        ),
    });
    expect(problemsOf(dir)).toEqual([]);
  });
});

describe('phone numbers in content are checked against the site configuration', () => {
  it('accepts the helpline number written in any usual way, and 1-800-662-HELP', () => {
    const dir = treeWith({
      [first]: (t) =>
        `${t}\nCall 1-800-662-4357, (800) 662-4357 or 1-800-662-HELP. TTY: 1-800-487-4889.\n`,
    });
    expect(problemsOf(dir)).toEqual([]);
  });

  it('fails a mistyped helpline number in the body, naming file and field', () => {
    const dir = treeWith({ [first]: (t) => `${t}\nCall 1-800-662-4375 any time.\n` });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/first-steps\.mdx: body: phone number "1-800-662-4375" is not one/),
    ]);
  });

  it('fails an unknown number in an FAQ answer and on a trust page', () => {
    const dir = treeWith({
      [first]: (t) =>
        t.replace(/(faqs:\n\s+- question: .*\n\s+answer: )/, '$1Call 1-888-555-0100. '),
      'pages/about.mdx': (t) => `${t}\nOr call 1-800-662-HELO.\n`,
    });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/first-steps\.mdx: faqs\.0\.answer: phone number "1-888-555-0100"/),
      expect.stringMatching(/pages\/about\.mdx: body: phone number "1-800-662-HELO"/),
    ]);
  });
});
