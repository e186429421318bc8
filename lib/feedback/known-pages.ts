import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { langs } from '../i18n/lang';

/** What `npm run build` writes for the running server: every page feedback may be about. */
export const knownPagesFileSchema = z.object({
  builtAt: z.string(),
  pages: z.array(
    z.object({
      path: z.string().startsWith('/'),
      lang: z.enum(langs),
      title: z.string().optional(),
    }),
  ),
});
export type KnownPagesFile = z.infer<typeof knownPagesFileSchema>;

/** The file beside the build it belongs to: `<NEXT_DIST_DIR or .next>/known-pages.json`. */
export function knownPagesFile(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.NEXT_DIST_DIR || '.next', 'known-pages.json');
}

/** Reads and checks the file; an error names the file and what is wrong with it. */
export function readKnownPagesFile(file: string): KnownPagesFile {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = knownPagesFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
