/** A citation mark: a superscript number linking to the numbered reference at the end. */
export function CiteMark({ id, number }: { id: string; number: number | undefined }) {
  if (number === undefined) return null;
  return (
    <sup className="cite">
      <a href={`#ref-${id}`} aria-label={`Source ${number}`}>
        [{number}]
      </a>
    </sup>
  );
}
