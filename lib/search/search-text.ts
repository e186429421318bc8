/**
 * An MDX body made ready for search snippets before its markup is stripped: each list item and
 * each table row becomes a sentence of its own, so a snippet never runs items or cells together
 * ("Have a pen ready. - Coverage . Does my plan…"). Emphasis marks go without leaving a space
 * ("**Coverage**." → "Coverage."). Headings, paragraphs and components are left to plainText.
 */
export function sentencesFromBody(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const text = line
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/(^|\s)_(\S.*?)_(?=\s|$|[.,;:])/g, '$1$2');
      const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(text);
      if (item) return endSentence(item[1]!);
      const row = /^\s*\|(.*)\|\s*$/.exec(text);
      if (row) {
        if (/^[\s|:-]+$/.test(row[1]!)) return '';
        const cells = row[1]!
          .split('|')
          .map((cell) => cell.trim())
          .filter(Boolean);
        return endSentence(cells.join(': '));
      }
      return text;
    })
    .join('\n');
}

/** The text with a full stop at its end when it has no closing punctuation. */
function endSentence(text: string): string {
  const trimmed = text.trim();
  return !trimmed || /[.!?:;…]["”)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Stray spaces before punctuation removed ("Coverage ." → "Coverage."). */
export function tidySpacing(text: string): string {
  return text.replace(/\s+([.,;:!?])/g, '$1');
}
