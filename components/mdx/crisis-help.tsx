import { CrisisLinks, EmergencyLink } from '@/components/helpline/crisis-links';
import { Callout } from './callout';

/**
 * The emergency box every article carries (`<CrisisHelp />`): 911 and the crisis line, with
 * numbers and links from the site configuration, never typed into content by hand.
 */
export function CrisisHelp() {
  return (
    <Callout type="emergency" title="Need help right now?">
      <p>
        If someone may have overdosed or is in danger, <EmergencyLink />. If you or someone you
        know is in crisis or thinking about suicide, <CrisisLinks />.
      </p>
    </Callout>
  );
}
