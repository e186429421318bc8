import { defaultLang, type Lang } from '../i18n/lang';
import { analyzers } from './language';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * A short passage of `text` around the first word that matches the query, split into parts
 * so the page can mark matches without building HTML from reader input.
 */
export function makeSnippet(
  text: string,
  query: string,
  lang: Lang = defaultLang,
  length = 180,
): SnippetPart[] {
  const analyzer = analyzers[lang];
  const wanted = new Set(
    (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .flatMap((w) => (analyzer.queryTerm(w) ? analyzer.synonyms(w) : []))
      .flatMap((w) => analyzer.queryTerm(w) ?? []),
  );
  const words = [...text.matchAll(/[\p{L}\p{N}']+/gu)];
  const isMatch = (word: string) =>
    [analyzer.indexTerms(word.toLowerCase().replace(/'s$/, '')) ?? []]
      .flat()
      .some((term) => wanted.has(term));
  const first = words.find((w) => isMatch(w[0]));
  let start = first ? Math.max(0, first.index - 60) : 0;
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + length);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const passage = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;

  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const m of passage.matchAll(/[\p{L}\p{N}']+/gu)) {
    if (!isMatch(m[0])) continue;
    if (m.index > cursor) parts.push({ text: passage.slice(cursor, m.index), match: false });
    parts.push({ text: m[0], match: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < passage.length) parts.push({ text: passage.slice(cursor), match: false });
  return parts;
}
