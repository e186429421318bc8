import type { ReactNode } from 'react';

/** A list shown with check marks: wrap a markdown bullet list in `<Checklist>`. */
export function Checklist({ children }: { children: ReactNode }) {
  return <div className="checklist">{children}</div>;
}
