import type { ReactNode } from 'react';

/**
 * Hands a static block's React elements from the server-component render to the HTML render of the
 * same request, without putting them in the flight data (see components/static/static-block.tsx).
 * Next runs both renders in one process, so a map on globalThis reaches across them. Bounded: the
 * oldest blocks go first (a block is read once, right after it is made).
 */
const maxBlocks = 2000;

type Registry = Map<string, ReactNode>;
const registry: Registry = ((globalThis as { __iopStaticBlocks?: Registry }).__iopStaticBlocks ??=
  new Map());

let made = 0;

/** Keeps `children` for the HTML render and returns the key it is kept under. */
export function keepStaticBlock(children: ReactNode): string {
  made += 1;
  // Unique within the process (both renders of a request run in it), and so within a page.
  const key = `s${process.pid.toString(36)}-${made.toString(36)}`;
  registry.set(key, children);
  if (registry.size > maxBlocks) registry.delete(registry.keys().next().value!);
  return key;
}

/** The block kept under `key`, or undefined when this process has none. */
export function staticBlock(key: string): ReactNode | undefined {
  return registry.get(key);
}
