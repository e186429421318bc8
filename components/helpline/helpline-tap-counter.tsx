'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { helplineTapApi } from '@/lib/feedback/routes';

/**
 * Counts a tap on a helpline or crisis call link (a[data-helpline-tap]) once per kind per page
 * view, anonymously, with a beacon that never delays the call. Without JavaScript the call still
 * works and is simply not counted.
 */
export function HelplineTapCounter() {
  const page = usePathname();

  useEffect(() => {
    const counted = new Set<string>();
    function onClick(event: MouseEvent) {
      const link =
        event.target instanceof Element ? event.target.closest('a[data-helpline-tap]') : null;
      const kind = link?.getAttribute('data-helpline-tap');
      if (!kind || counted.has(kind) || typeof navigator.sendBeacon !== 'function') return;
      counted.add(kind);
      navigator.sendBeacon(helplineTapApi, JSON.stringify({ page, kind }));
    }
    document.addEventListener('click', onClick, { capture: true });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [page]);

  return null;
}
