import type { ReactNode } from 'react';

/** A titled part of a page: a section named by its h2, which is also its anchor. */
export function PageSection({
  id,
  title,
  className = 'mt-10',
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
