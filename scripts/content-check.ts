/** `npm run content:check`: every problem in every content file, one per line; exit 1 if any. */
import { contentDir, formatProblem } from '../lib/content';
import { checkContent } from '../lib/content/check';

async function main() {
  const dir = contentDir();
  const { tree, problems, warnings } = await checkContent(dir);

  for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`);
  if (problems.length > 0 || !tree) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}`);
    process.exit(1);
  }
  console.log(
    `Content OK: ${tree.articles.length} articles, ${tree.articles.reduce((n, a) => n + a.faqs.length, 0)} FAQs, ` +
      `${tree.pages.length} pages, ${tree.people.length} people; Spanish: ${tree.es.articles.length} articles, ` +
      `${tree.es.articles.reduce((n, a) => n + a.faqs.length, 0)} FAQs, ${tree.es.pages.length} pages` +
      (warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''),
  );
}

void main();
