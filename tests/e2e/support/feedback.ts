import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';

/** The admin token playwright.config.ts gives the server. */
export const adminToken = 'e2e-admin-token-long-enough-to-be-accepted';
export const bearer = (token = adminToken) => ({ Authorization: `Bearer ${token}` });

export type PageCounts = {
  page: string;
  yes: number;
  no: number;
  comments: number;
  helplineTaps: number;
};

/** A comment no other test (or project) will write: find it again in the CSV. */
export const uniqueComment = (label: string) => `${label} ${randomUUID()}`;

/** The summary's counts for one page (zeros before its first answer). */
export async function countsFor(
  request: APIRequestContext,
  page: string,
  base = '',
  token = adminToken,
): Promise<PageCounts> {
  const response = await request.get(`${base}/api/feedback/summary`, { headers: bearer(token) });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; pages: PageCounts[] };
  return (
    body.pages.find((p) => p.page === page) ?? { page, yes: 0, no: 0, comments: 0, helplineTaps: 0 }
  );
}

/** The CSV export as rows of cells (simple parser: enough for our quoted cells). */
export async function csvRows(
  request: APIRequestContext,
  base = '',
  query = '',
): Promise<string[][]> {
  const response = await request.get(`${base}/admin/feedback.csv${query}`, { headers: bearer() });
  expect(response.status()).toBe(200);
  const text = await response.text();
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

/** The stored row whose comment contains this text, as {created_at, page, lang, helpful, reasons, comment}. */
export async function storedRowWith(request: APIRequestContext, text: string, query = '') {
  const [header, ...rows] = await csvRows(request, '', query);
  const comment = header!.indexOf('comment');
  const row = rows.find((r) => r[comment]?.includes(text));
  return row ? Object.fromEntries(header!.map((name, i) => [name, row[i]])) : undefined;
}

/** An article path the running build has, found from the home page (content differs per build). */
export async function someArticlePaths(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/')).text();
  const found = [...html.matchAll(/href="(\/articles\/[a-z0-9-]+)"/g)].map((m) => m[1]!);
  const unique = [...new Set(found)];
  expect(unique.length, 'the home page links to at least one article').toBeGreaterThan(0);
  return unique;
}
