/**
 * Words readers use for the same idea. A query term in a group also searches the others.
 * Terms are lowercase single words; keep groups small and specific (reviewed by editors).
 */
export const synonymGroups: readonly string[][] = [
  ['cost', 'costs', 'price', 'pay', 'paying', 'afford', 'expensive', 'fee', 'fees', 'money'],
  ['insurance', 'insurer', 'coverage', 'cover', 'covered', 'covers', 'plan'],
  ['uninsured', 'underinsured', 'insurance'],
  ['virtual', 'online', 'telehealth', 'remote', 'video', 'internet'],
  ['job', 'work', 'working', 'employment', 'employer', 'boss'],
  ['detox', 'withdrawal'],
  ['iop', 'intensive'],
  ['php', 'partial', 'hospitalization'],
  [
    'medication',
    'medications',
    'medicine',
    'mat',
    'moud',
    'buprenorphine',
    'methadone',
    'naltrexone',
  ],
  ['inpatient', 'residential', 'rehab'],
  [
    'family',
    'parent',
    'spouse',
    'partner',
    'loved',
    'son',
    'daughter',
    'husband',
    'wife',
    'child',
    'mother',
    'father',
    'relative',
  ],
  ['relapse', 'return', 'slip', 'lapse'],
  ['long', 'length', 'duration', 'weeks'],
  ['hours', 'schedule', 'week', 'time'],
  ['effective', 'effectiveness', 'success', 'evidence', 'outcomes'],
  ['find', 'choose', 'near', 'locate'],
  ['ask', 'questions', 'checklist'],
  ['medicare', 'medicaid'],
  ['alcohol', 'drinking', 'drink', 'alcoholism'],
  ['opioid', 'opioids', 'heroin', 'fentanyl', 'oxycodone', 'opiate', 'opiates'],
  [
    'stimulant',
    'stimulants',
    'meth',
    'methamphetamine',
    'cocaine',
    'crack',
    'amphetamine',
    'amphetamines',
  ],
  ['cannabis', 'marijuana', 'weed', 'pot', 'thc'],
  ['disulfiram', 'antabuse'],
  ['buprenorphine', 'suboxone'],
  ['naltrexone', 'vivitrol'],
  ['court', 'courts', 'judge', 'probation', 'parole', 'legal', 'ordered', 'mandated', 'sentenced'],
  ['dui', 'dwi', 'owi'],
  ['crisis', 'emergency', 'suicide', '988'],
  [
    'teen',
    'teens',
    'teenager',
    'teenagers',
    'teenage',
    'adolescent',
    'adolescents',
    'youth',
    'minor',
    'minors',
  ],
  ['school', 'class', 'classes', 'student'],
  ['naloxone', 'narcan'],
  ['dual', 'occurring', 'comorbid', 'comorbidity'],
  ['trauma', 'traumatic', 'ptsd'],
  ['mental', 'psychiatric'],
];

const lookup = new Map<string, string[]>();
for (const group of synonymGroups) {
  for (const term of group) lookup.set(term, [...new Set([...(lookup.get(term) ?? []), ...group])]);
}

/** The term with its synonyms (the term itself first). */
export function expandTerm(term: string): string[] {
  const others = lookup.get(term) ?? [];
  return [term, ...others.filter((t) => t !== term)];
}
