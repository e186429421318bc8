/**
 * The feedback API's known pages come from the build: scripts/build-known-pages.ts writes them,
 * a production server reads that file (never content/), and a content change shows after a rebuild.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSitePages } from '@/lib/content/site-pages';
import { readKnownPagesFile } from '@/lib/feedback/known-pages';
import { esPaths } from '@/lib/urls';

const temps: string[] = [];
afterEach(() => {
  temps.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** Runs the build step on a content folder into a dist folder; returns the file it wrote. */
function buildKnownPages(contentDir: string, distDir: string): string {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-known-pages.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir },
    stdio: 'pipe',
  });
  return path.join(distDir, 'known-pages.json');
}

function tempCopyOfContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'known-pages-'));
  temps.push(dir);
  fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('known pages', () => {
  it('lists both editions, each page with its language, and Spanish pages by their /es paths', () => {
    const pages = getSitePages();
    const spanish = pages.filter((p) => p.lang === 'es').map((p) => p.path);
    expect(spanish).toEqual(
      expect.arrayContaining([esPaths.home, esPaths.faq, esPaths.search, esPaths.find]),
    );
    expect(spanish.some((p) => p.startsWith('/es/articulos/'))).toBe(true);
    expect(spanish.every((p) => p === '/es' || p.startsWith('/es/'))).toBe(true);
    expect(pages.filter((p) => p.lang === 'en').every((p) => !p.path.startsWith('/es'))).toBe(true);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('a content change shows in the file after a rebuild, and a production server reads only the file', async () => {
    const dir = tempCopyOfContent();
    const content = path.join(dir, 'content');
    const dist = path.join(dir, 'dist');
    const file = buildKnownPages(content, dist);
    const before = readKnownPagesFile(file).pages.map((p) => p.path);
    expect(before).not.toContain('/test-extra');

    const about = fs.readFileSync(path.join(content, 'pages', 'about.mdx'), 'utf8');
    fs.writeFileSync(
      path.join(content, 'pages', 'test-extra.mdx'),
      about.replace(/^title: .*$/m, 'title: "Test extra page"'),
    );
    // The server built before the change does not see it: it reads the file, not content/.
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('NEXT_DIST_DIR', dist);
    vi.stubEnv('CONTENT_DIR', content);
    const stale = await import('@/lib/feedback/pages');
    expect(stale.knownPages().has('/test-extra')).toBe(false);
    expect(stale.knownPages().has('/about')).toBe(true);

    buildKnownPages(content, dist);
    const after = readKnownPagesFile(file).pages;
    expect(after.find((p) => p.path === '/test-extra')).toEqual({
      path: '/test-extra',
      lang: 'en',
      title: 'Test extra page',
    });
    vi.resetModules();
    const rebuilt = await import('@/lib/feedback/pages');
    expect(rebuilt.knownPages().has('/test-extra')).toBe(true);
    expect(rebuilt.pageTitle('/test-extra')).toBe('Test extra page');
  }, 180_000); // two runs of the build step over the whole content tree, on a shared machine

  it('a broken file is refused naming the file and the field', () => {
    const dir = tempCopyOfContent();
    const file = path.join(dir, 'known-pages.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ builtAt: 'x', pages: [{ path: 'no-slash', lang: 'en' }] }),
    );
    expect(() => readKnownPagesFile(file)).toThrow(`${file}: pages.0.path:`);
  });
});
