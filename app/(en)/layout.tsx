import type { ReactNode } from 'react';
import { rootMetadata, rootViewport, SiteShell } from '@/components/layout/site-shell';
import '../globals.css';

export const metadata = rootMetadata('en');
export const viewport = rootViewport();

/** The English edition's root layout (the Spanish one is app/(es)/layout.tsx). */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="en">{children}</SiteShell>;
}
