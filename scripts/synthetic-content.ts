/** Writes a valid synthetic content tree, for benchmarks (search, build). */
import fs from 'node:fs';
import path from 'node:path';

const sentences = [
  'An intensive outpatient program gives you care for several hours a week while you live at home.',
  'Most groups meet in the evening so you can keep your job.',
  'You talk with a counselor and with other people who have the same goals.',
  'Your care team checks how you are doing each week.',
  'Family members can join some sessions to learn how to help.',
  'Ask your insurance plan what it will pay before you start.',
  'Some programs meet online, so you can join from home.',
  'If you feel unsafe, call 988 or 911 right away.',
  'Treatment works best when it fits your needs and your life.',
  'You can move to more or less care as things change.',
];

function paragraph(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => sentences[(seed + i * 3) % sentences.length]).join(
    ' ',
  );
}

function article(i: number, n: number): string {
  const next = `synthetic-article-${(i % n) + 1}`;
  return `---
title: Synthetic article ${i}
description: A generated article used to measure the site at scale, number ${i}.
topic: understanding-iop
author: writers
published: 2026-01-01
updated: 2026-01-02
keyTakeaways:
  - This article was generated for a benchmark.
related:${n > 1 ? `\n  - ${next}` : ' []'}
references:
  - id: one
    title: Source one
    publisher: Benchmark Publisher
    year: 2021
    url: https://example.org/one
  - id: two
    title: Source two
    publisher: Benchmark Publisher
    year: 2022
  - id: three
    title: Source three
    publisher: Benchmark Publisher
    year: 2023
faqs:
  - question: What is synthetic question number ${i}?
    answer: ${paragraph(i, 4)}
changes:
  - date: 2026-01-02
    summary: First published.
---

${paragraph(i, 6)}<Cite id="one" />

## Getting started with topic ${i}

${paragraph(i + 1, 8)}<Cite id="two" /> Read [the next one](/articles/${n > 1 ? next : `synthetic-article-${i}`}#getting-started-with-topic-${(i % n) + 1}).

### What to expect

${paragraph(i + 2, 8)}<Cite id="three" />

## Paying for care

${paragraph(i + 3, 8)}

<CrisisHelp />
`;
}

/**
 * Creates `dir` with N articles, one team and the four trust pages, and `dir/site-config.json`
 * whose home-page list names synthetic articles; returns that file (for `SITE_CONFIG_FILE`) and
 * the list (for the content check's `homeLists`).
 */
export function writeSyntheticContent(
  dir: string,
  n: number,
): { siteConfigFile: string; homeLists: { startHere: string[] } } {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const sub of ['articles', 'people', 'pages'])
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [id, name] of [['writers', 'Writers']]) {
    fs.writeFileSync(
      path.join(dir, 'people', `${id}.md`),
      `---\nkind: team\nname: ${name}\nrole: ${name}\ncredentials: A team entry for benchmarks.\nbio: Generated for a benchmark.\n---\n`,
    );
  }
  for (const slug of ['about', 'editorial-policy', 'privacy', 'helpline']) {
    fs.writeFileSync(
      path.join(dir, 'pages', `${slug}.mdx`),
      `---\ntitle: ${slug}\ndescription: A generated page.\nupdated: 2026-01-02\n---\n\n${paragraph(1, 5)}\n`,
    );
  }
  for (let i = 1; i <= n; i += 1) {
    fs.writeFileSync(path.join(dir, 'articles', `synthetic-article-${i}.mdx`), article(i, n));
  }
  const startHere = ['synthetic-article-1'];
  const siteConfigFile = path.join(dir, 'site-config.json');
  fs.writeFileSync(siteConfigFile, JSON.stringify({ startHere }));
  return { siteConfigFile, homeLists: { startHere } };
}
