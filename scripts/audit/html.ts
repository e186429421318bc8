import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Messages from the Nu Html Checker we accept, each with the reason. Matched against the message text.
 * Empty on purpose: add one only with a reason a reviewer would accept.
 */
export const acceptedHtmlMessages: Array<{ match: RegExp; reason: string }> = [];

type VnuMessage = {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
};

/** Runs the Nu Html Checker once over every .html file in `dir`; returns its errors per file name. */
export async function validateHtml(dir: string): Promise<Map<string, string[]>> {
  const jar = path.join(
    path.dirname(require.resolve('vnu-jar/package.json')),
    'build/dist/vnu.jar',
  );
  const java = process.env.JAVA ?? 'java';
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      java,
      ['-Xss4m', '-jar', jar, '--format', 'json', '--exit-zero-always', '--skip-non-html', dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`vnu exited ${code}: ${out}`)),
    );
  });
  const start = output.indexOf('{');
  const { messages } = JSON.parse(output.slice(start)) as { messages: VnuMessage[] };
  const errors = new Map<string, string[]>();
  for (const m of messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error' && m.subType !== 'fatal') continue;
    if (acceptedHtmlMessages.some((a) => a.match.test(m.message))) continue;
    const file = m.url ? path.basename(decodeURIComponent(new URL(m.url).pathname)) : '(checker)';
    const list = errors.get(file) ?? [];
    list.push(`line ${m.lastLine ?? '?'}: ${m.message}`);
    errors.set(file, list);
  }
  return errors;
}
