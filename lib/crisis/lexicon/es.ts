import type { CrisisLexicon } from './types';

/**
 * Spanish crisis words, written without accents (the detector ignores them, so "se tomó" and
 * "se tomo" are the same), with the everyday forms people type: "matarme", "me quiero morir",
 * "ya no quiero vivir", "no respira", "se tomó muchas pastillas". Tested both ways in
 * tests/unit/crisis-detect.test.ts.
 */
export const es: CrisisLexicon = {
  suicide: [
    'suicid*',
    'matarme',
    'me mato',
    'quiero|quisiera|voy matarme|matar',
    'quiero|quisiera|deseo|queria|ganas morir*',
    'no quiero|quisiera vivir',
    'no quiero seguir viviendo',
    'no|sin ganas vivir',
    'quitarme|quitarse|quitar la vida',
    'acabar|terminar con mi vida',
    'no vale pena vivir',
    'mejor muerto|muerta',
    'quiero desaparecer',
    'hacerme|hacerse dano',
    'lastimarme',
    'herirme',
    'cortarme',
    'me corto',
    'autolesion*',
    'auto lesion*',
    'colgarme',
  ],
  overdose: [
    'no respira',
    'no esta respirando',
    'dejo de respirar',
    'no despierta',
    'no reacciona',
    'labios morados|azules',
    'tomo|trago|tomaron|tomado muchas|todas|demasiadas pastillas|pildoras|pastas',
    'tomo|trago demasiado|demasiada',
    'tuvo|tiene|teniendo|dio|darle sobredosis',
    'se paso con pastillas|pildoras',
  ],
  overdoseWords: ['sobredosis'],
  informational: [
    'riesgo*',
    'preven*',
    'despues',
    'tolerancia',
    'estadistica*',
    'tasa*',
    'muerte*',
    'ley',
    'leyes',
    'samaritano*',
    'curso*',
    'investigacion*',
  ],
  searchAs: { suicide: ['suicidio', 'crisis', '988'], overdose: ['sobredosis', 'naloxona'] },
};
