import { Callout } from './callout';

const sources = [
  {
    label: 'MedlinePlus: Alcohol withdrawal',
    url: 'https://medlineplus.gov/ency/article/000764.htm',
  },
  {
    label: 'FDA (2020): Boxed Warning for benzodiazepines',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  {
    label: 'MedlinePlus: Opiate and opioid withdrawal',
    url: 'https://medlineplus.gov/ency/article/000949.htm',
  },
] as const;

/**
 * The one withdrawal-safety warning every article that mentions withdrawal or detox carries
 * (`<WithdrawalSafety />`): stopping alcohol or sedatives suddenly can be dangerous, and opioid
 * withdrawal needs medical advice. Its sources travel with it.
 */
export function WithdrawalSafety() {
  return (
    <Callout type="warning" title="Stopping some substances suddenly can be dangerous">
      <p>
        If you drink alcohol heavily or take benzodiazepines (such as Xanax or Valium) or other
        sedatives every day, do not stop all at once on your own. Stopping suddenly can cause
        seizures and other symptoms that can be life-threatening.
      </p>
      <p>
        Opioid withdrawal is rarely deadly, but it is very hard, and it needs medical advice. After
        even a short break, your body can no longer handle the amount you used before, so using
        again raises the risk of overdose.
      </p>
      <p>
        Talk with a doctor or a treatment program before you cut down or stop. They can help you
        stop safely, often with medicine.
      </p>
      <p className="text-sm">
        Sources:{' '}
        {sources.map((source, index) => (
          <span key={source.url}>
            {index > 0 ? '; ' : null}
            <a href={source.url} rel="noopener noreferrer">
              {source.label}
            </a>
          </span>
        ))}
        .
      </p>
    </Callout>
  );
}
