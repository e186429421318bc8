import { getSiteConfig } from '@/lib/config';
import { CrisisLinks, EmergencyLink } from './crisis-links';

/** The thin bar at the very top of every page: 988 by call or text, and 911. */
export function CrisisBar() {
  const { crisis } = getSiteConfig();
  return (
    <div
      className="crisis-bar bg-red-800 px-4 py-2 text-sm text-white"
      role="region"
      aria-label="Crisis help"
    >
      <p className="mx-auto flex max-w-5xl flex-wrap gap-x-3 gap-y-1">
        <span className="font-bold">In crisis?</span>
        <span>
          <CrisisLinks /> ({crisis.name})
        </span>
        <span>
          Emergency: <EmergencyLink />
        </span>
      </p>
    </div>
  );
}
