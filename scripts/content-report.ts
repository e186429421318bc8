/** `npm run content:report`: per article, words, reading grade, minutes, references, FAQs, next review. */
import { contentDir, formatProblem, loadContent } from '../lib/content';
import { targetReadingGrade } from '../lib/content/editorial';

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
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
const faqs = tree.articles.reduce((n, a) => n + a.faqs.length, 0);
console.log(
  `\n${tree.articles.length} articles, ${faqs} FAQs. "!" marks a grade above the target of ${targetReadingGrade}.`,
);
for (const warning of tree.warnings) console.log(`warning: ${formatProblem(warning)}`);
