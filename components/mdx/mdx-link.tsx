import Link from '@/components/site-link';
import type { AnchorHTMLAttributes } from 'react';

/** Internal links are plain links (see site-link.tsx); external ones open safely and say so. */
export function MdxLink({ href = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (href.startsWith('#') || /^(mailto|tel|sms):/.test(href)) {
    return (
      <a href={href} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span className="sr-only"> (external site)</span>
    </a>
  );
}
