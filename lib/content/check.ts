import { mdxSyntaxError } from '../mdx/check';
import { buildContent, ContentError, readSources, type LoadOptions } from './load';
import type { ContentTree, Problem } from './types';

export interface CheckResult {
  tree?: ContentTree;
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Everything `npm run content:check` verifies: the loader's checks plus a full MDX compile of every
 * body whose syntax tree the loader found clean (the others already have their problem listed).
 */
export async function checkContent(dir: string, options: LoadOptions = {}): Promise<CheckResult> {
  const sources = readSources(dir);
  const compileProblems = (
    await Promise.all(
      [...sources.articles, ...sources.pages]
        .filter((source) => source.facts.problems.length === 0)
        .map(async (source) => {
          const message = await mdxSyntaxError(source.body, source.bodyLineOffset);
          return message ? [{ file: source.file, field: 'body', message }] : [];
        }),
    )
  ).flat();
  try {
    const tree = buildContent(sources, options);
    return { tree, problems: compileProblems, warnings: tree.warnings };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const problems = [...error.problems, ...compileProblems].sort((a, b) => a.file.localeCompare(b.file));
    return { problems, warnings: [] };
  }
}
