import { speculationRules } from '@/lib/navigation/speculation-rules';

/** The page's prefetch-on-intent rules (lib/navigation/speculation-rules.ts): data, not a script. */
export function SpeculationRules() {
  return (
    <script
      type="speculationrules"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(speculationRules) }}
    />
  );
}
