/**
 * Layering, read from the import statements of the source files: `lib/` is below `components/`
 * (it never imports from it), and `lib/i18n` and `lib/content` do not import each other both ways.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** Every module a file imports or re-exports (static or dynamic), as a path from the repository root. */
function importsOf(
  file: string,
  source = fs.readFileSync(path.join(root, file), 'utf8'),
): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [specifier.slice(2)];
    if (specifier.startsWith('.')) return [path.join(path.dirname(file), specifier)];
    return [];
  });
}

/** Imports that leave `from` for `to` (both folders from the root), as `file → module`. */
function crossings(from: string, to: string): string[] {
  return sourceFiles(from).flatMap((file) =>
    importsOf(file)
      .filter((target) => target === to || target.startsWith(`${to}/`))
      .map((target) => `${file} → ${target}`),
  );
}

describe('layering', () => {
  it('reads import statements of every kind (so the checks below can fail)', () => {
    const source = [
      "import { a } from '@/components/x';",
      "import type { B } from '../i18n/lang';",
      "export { c } from './d';",
      "import './side-effect';",
      "const e = await import('@/lib/content');",
      "import {\n  f,\n  g,\n} from '@/lib/content';",
    ].join('\n');
    expect(importsOf('lib/content/example.ts', source).sort()).toEqual([
      'components/x',
      'lib/content',
      'lib/content',
      'lib/content/d',
      'lib/content/side-effect',
      'lib/i18n/lang',
    ]);
  });

  it('lib/ imports nothing from components/', () => {
    expect(crossings('lib', 'components')).toEqual([]);
  });

  it('lib/i18n and lib/content do not import each other both ways', () => {
    const down = crossings('lib/content', 'lib/i18n');
    const up = crossings('lib/i18n', 'lib/content');
    // The content knows its editions (Lang); the interface strings know nothing of the content.
    expect(down.length).toBeGreaterThan(0);
    expect(up).toEqual([]);
  });
});
