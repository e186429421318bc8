import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { bodyFacts, type BodyFacts } from './body';
import type { Problem } from './types';

/** Reading: every content file, once, parsed into frontmatter data and body facts (not validated). */

export interface SourceFile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body starts, to turn body line numbers into file line numbers. */
  bodyLineOffset: number;
  /** Facts from the body's syntax tree (articles and pages). */
  facts: BodyFacts;
}

export interface ContentSources {
  dir: string;
  people: SourceFile[];
  pages: SourceFile[];
  articles: SourceFile[];
  /** The Spanish edition: `es/pages` and `es/articles`, parsed the same way. */
  es: { pages: SourceFile[]; articles: SourceFile[] };
  /** Files that could not be read or parsed at all. */
  problems: Problem[];
}

/**
 * YAML with the core schema: `2026-02-30` stays the text it is (the default schema would turn it
 * into 2 March), so the date check sees what the editor wrote, quoted or not.
 */
const frontmatterOptions = {
  engines: { yaml: (text: string) => (yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object },
};

const fileNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readFolder(dir: string, folder: string, extensions: string[], problems: Problem[]): SourceFile[] {
  const abs = path.join(dir, folder);
  if (!fs.existsSync(abs)) return [];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const name = entry.name;
      const file = path.relative(process.cwd(), path.join(abs, name)) || name;
      if (!entry.isFile() || !extensions.includes(path.extname(name))) {
        problems.push({
          file,
          field: '(file name)',
          message: `is not read: only ${extensions.join(' or ')} files belong in ${folder}/ (rename or move it)`,
        });
        return [];
      }
      const id = path.basename(name, path.extname(name));
      if (!fileNamePattern.test(id)) {
        problems.push({
          file,
          field: '(file name)',
          message: 'must use lowercase letters, digits and hyphens (it becomes the URL)',
        });
        return [];
      }
      const raw = fs.readFileSync(path.join(abs, name), 'utf8');
      try {
        const parsed = matter(raw, frontmatterOptions);
        const bodyLineOffset = raw.split('\n').length - parsed.content.split('\n').length;
        const data = (parsed.data ?? {}) as Record<string, unknown>;
        return [{ id, file, data, body: parsed.content, bodyLineOffset, facts: bodyFacts(parsed.content) }];
      } catch (error) {
        const e = error as { reason?: string; mark?: { line: number }; message?: string };
        const reason = e.reason
          ? `${e.reason}${e.mark ? ` (line ${e.mark.line + 1})` : ''}`
          : String(e.message ?? error).split('\n')[0];
        problems.push({ file, field: '(frontmatter)', message: `is not valid YAML: ${reason}` });
        return [];
      }
    });
}

/** Reads and parses (but does not validate) every content file, once. */
export function readSources(dir: string): ContentSources {
  const problems: Problem[] = [];
  if (!fs.existsSync(dir)) {
    problems.push({ file: dir, field: '(folder)', message: 'content folder does not exist (check CONTENT_DIR)' });
    return { dir, people: [], pages: [], articles: [], es: { pages: [], articles: [] }, problems };
  }
  return {
    dir,
    people: readFolder(dir, 'people', ['.md', '.mdx'], problems),
    pages: readFolder(dir, 'pages', ['.mdx'], problems),
    articles: readFolder(dir, 'articles', ['.mdx'], problems),
    es: {
      pages: readFolder(dir, 'es/pages', ['.mdx'], problems),
      articles: readFolder(dir, 'es/articles', ['.mdx'], problems),
    },
    problems,
  };
}
