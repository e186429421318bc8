/**
 * `npm run bench:build -- --articles N`: N synthetic articles in a temporary CONTENT_DIR; times the
 * content check and the production build; prints seconds and milliseconds per article for each.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/content/check';
import { writeSyntheticContent } from './synthetic-content';

async function main() {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '100' } } });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n < 1) throw new Error('--articles must be a whole number above 0');

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  const dir = path.join(root, 'content');
  const { siteConfigFile, homeLists } = writeSyntheticContent(dir, n);

  let start = performance.now();
  const { problems } = await checkContent(dir, { homeLists });
  const checkSeconds = (performance.now() - start) / 1000;
  if (problems.length)
    throw new Error(`synthetic content is invalid:\n${problems.map((p) => p.message).join('\n')}`);

  start = performance.now();
  execFileSync('npx', ['next', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      CONTENT_DIR: dir,
      SITE_CONFIG_FILE: siteConfigFile,
      NEXT_DIST_DIR: '.next-bench',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const buildSeconds = (performance.now() - start) / 1000;
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync('.next-bench', { recursive: true, force: true });

  console.log('step           articles  seconds  ms/article');
  for (const [step, seconds] of [
    ['content check', checkSeconds],
    ['next build', buildSeconds],
  ] as const) {
    console.log(
      `${step.padEnd(15)}${String(n).padStart(8)}${seconds.toFixed(1).padStart(9)}${((seconds * 1000) / n).toFixed(1).padStart(12)}`,
    );
  }
}

void main();
