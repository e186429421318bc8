/** `npm run content:report`: per article, words, reading grade, minutes, references, FAQs, next review. */
import { contentDir, formatProblem, loadContent } from '../lib/content';
import { targetReadingGrade } from '../lib/content/editorial';
import { infleszLabel, minInflesz } from '../lib/content/readability-es';
import { translationStatus } from '../lib/content/translation';

const tree = loadContent(contentDir());
const rows = tree.articles.map((a) => [
  a.slug,
  String(a.stats.words),
  `${a.stats.readingGrade.toFixed(1)}${a.stats.readingGrade > targetReadingGrade ? ' !' : ''}`,
  String(a.stats.minutesToRead),
  String(a.references.length),
  String(a.faqs.length),
  a.nextReview ?? 'not reviewed',
]);
const header = ['article', 'words', 'grade', 'minutes', 'refs', 'faqs', 'next review'];

/** Prints a table: the first `leftColumns` columns left-aligned, the others right-aligned. */
function table(head: string[], body: string[][], leftColumns = 1) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  body.forEach((r) => console.log(line(r)));
}
table(header, rows);
const faqs = tree.articles.reduce((n, a) => n + a.faqs.length, 0);
console.log(
  `\n${tree.articles.length} articles, ${faqs} FAQs. "!" marks a grade above the target of ${targetReadingGrade}.`,
);

const english = [...tree.articles, ...tree.pages];
const freshness = (item: (typeof english)[number]) => {
  const status = translationStatus(item, english);
  if (!status) return 'no source';
  return status.stale ? `STALE: English changed ${status.sourceCurrentUpdated}` : `current (${status.sourceUpdated})`;
};
console.log('\nSpanish edition (INFLESZ: Szigriszt-Pazos perspicuity on the INFLESZ scale)\n');
table(
  ['artículo', 'translates', 'words', 'INFLESZ', 'band', 'refs', 'faqs', 'freshness'],
  tree.es.articles.map((a) => [
    a.slug,
    a.translationOf ?? '',
    String(a.stats.words),
    `${(a.stats.inflesz ?? 0).toFixed(1)}${(a.stats.inflesz ?? 0) < minInflesz ? ' !' : ''}`,
    infleszLabel(a.stats.inflesz ?? 0),
    String(a.references.length),
    String(a.faqs.length),
    freshness(a),
  ]),
  2,
);
console.log('');
table(
  ['página', 'translates', 'freshness'],
  tree.es.pages.map((p) => [p.slug, p.translationOf ?? '', freshness(p)]),
  3,
);
const terms = tree.glossary?.terms ?? [];
console.log(
  `\n${tree.es.articles.length} Spanish articles, ${tree.es.articles.reduce((n, a) => n + a.faqs.length, 0)} FAQs, ` +
    `${tree.es.pages.length} pages. "!" marks INFLESZ below ${minInflesz} ("normal"). ` +
    `Glossary: ${terms.length} terms, ${terms.reduce((n, t) => n + (t.avoid?.length ?? 0), 0)} forms to avoid.`,
);
for (const warning of tree.warnings) console.log(`warning: ${formatProblem(warning)}`);
