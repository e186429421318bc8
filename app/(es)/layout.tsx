import type { ReactNode } from 'react';
import { rootMetadata, rootViewport, SiteShell } from '@/components/layout/site-shell';
import '../globals.css';

export const metadata = rootMetadata('es');
export const viewport = rootViewport();

/** The Spanish edition's root layout: `<html lang="es">` in the server HTML. */
export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <SiteShell lang="es">{children}</SiteShell>;
}
