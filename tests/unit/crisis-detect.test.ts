import { describe, expect, it } from 'vitest';
import { detectCrisis, isCrisis, lexiconSize } from '@/lib/crisis/detect';

/** Queries and comments as people type them, and what each must make the site do. */
const suicide = [
  'kill myself',
  'i want to kill myself',
  'i want to die',
  'i wanna die',
  'I relapsed and I want to die',
  'i dont want to live anymore',
  "I don't want to be alive",
  'i do not want to wake up',
  'kms',
  'suicide',
  'suicidal thoughts after relapse',
  'sucide',
  'suiside hotline',
  'end my life',
  'thinking of ending it all',
  'better off dead',
  'no reason to live',
  'hurting myself',
  'self-harm',
  'self harm and drinking',
  'cutting myself',
  // Spanish
  'quiero morir',
  'me quiero morir',
  'me quiero matar',
  'matarme',
  'MATARME',
  'suicidarme',
  'suicidio',
  'quitarme la vida',
  'ya no quiero vivir',
  'no tengo ganas de vivir',
  'ganas de morirme',
  'hacerme daño',
  'hacerme dano',
  'me corto',
  'autolesión',
  'recaí y me quiero morir',
];

const overdose = [
  'my friend overdosed',
  'he is overdosing',
  'she is od',
  "he od'd",
  'took too many pills',
  'my son took a bunch of pills',
  'not breathing after using',
  'he wont wake up',
  'lips are blue',
  'overdose',
  'overdose what do i do',
  // Spanish
  'no respira',
  'mi hijo no respira',
  'se tomó muchas pastillas',
  'se tomo muchas pastillas',
  'se tomó todas las pastillas',
  'no despierta',
  'labios morados',
  'tuvo una sobredosis',
  'sobredosis',
];

const neither = [
  'cost of iop',
  'overdose risk after a break',
  'risk of overdose after detox',
  'good samaritan overdose law',
  'naloxone',
  'narcan',
  'does insurance cover iop',
  'life insurance',
  'end of treatment',
  'how long does detox last',
  'pills to sleep',
  'my 16 year old is taking pills',
  'kill time between groups',
  'take my life back',
  'will i die from alcohol withdrawal', // a question about withdrawal: the article answers it
  'odd schedule',
  'can i keep my job',
  // Spanish
  'costo del iop',
  'riesgo de sobredosis después de una pausa',
  'naloxona',
  'seguro médico',
  'plan de tratamiento',
  'vida diaria',
  'mi esposo bebe mucho',
  'es seguro dejar de beber',
  'tomar medicamentos',
  'no quiero seguir en el programa',
  '',
];

describe('detectCrisis', () => {
  it.each(suicide)('reads "%s" as suicide or self-harm', (q) => {
    expect(detectCrisis(q)).toContain('suicide');
  });

  it.each(overdose)('reads "%s" as an overdose now', (q) => {
    expect(detectCrisis(q)).toContain('overdose');
  });

  it.each(neither)('does not read "%s" as a crisis', (q) => {
    expect(detectCrisis(q)).toEqual([]);
    expect(isCrisis(q)).toBe(false);
  });

  it('reads a text with both as both', () => {
    expect(detectCrisis('I took too many pills because I want to die')).toEqual([
      'suicide',
      'overdose',
    ]);
  });

  it('tolerates one wrong letter in a long crisis word', () => {
    expect(isCrisis('he is overdoseing')).toBe(true);
    expect(isCrisis('lastimrme')).toBe(true);
  });

  it('has a lexicon in each language', () => {
    expect(lexiconSize('en')).toBeGreaterThan(20);
    expect(lexiconSize('es')).toBeGreaterThan(20);
  });
});
