import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { ContentError, formatProblem, loadContent } from '@/lib/content';
import type { LoadOptions } from '@/lib/content/load';

/** Helpers for tests that break one thing in a copy of the valid fixture tree. */

export const fixtures = path.resolve('tests/fixtures');
export const validFixture = path.join(fixtures, 'valid');
/**
 * The Spanish edition of the valid tree (`es/`: a translated article and page, a glossary); kept
 * apart so English-only tests stay about English. `treeWith(edits, { spanish: true })` adds it.
 */
export const spanishFixture = path.join(fixtures, 'es-edition');
export const today = '2026-11-26';
/** The fixture tree's home-page list; the clinical review requirement off unless a test turns it on. */
export const options: LoadOptions = {
  today,
  homeLists: { startHere: ['first-steps'] },
  requireClinicalReview: false,
};

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/**
 * A copy of the valid fixture tree (with its Spanish edition when `spanish`) with files rewritten
 * (`edit` gets the old text, '' for a new file) or, when `edit` is null, deleted.
 */
export function treeWith(
  edits: Record<string, ((text: string) => string) | null>,
  { spanish = false }: { spanish?: boolean } = {},
): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  temps.push(dir);
  fs.cpSync(validFixture, dir, { recursive: true });
  if (spanish) fs.cpSync(spanishFixture, path.join(dir, 'es'), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    if (edit === null) {
      fs.rmSync(target);
      continue;
    }
    const old = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    fs.writeFileSync(target, edit(old));
  }
  return dir;
}

/** Every problem `loadContent` reports, formatted as editors see it; [] when the tree loads. */
export function problemsOf(dir: string, extra: LoadOptions = {}): string[] {
  try {
    loadContent(dir, { ...options, ...extra });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}
