import type { SiteConfig } from './schema';

/** No file system here: the client-side error page (app/global-error.tsx) imports these too. */
/** SAMHSA's National Helpline and the 988 Lifeline (see shared/reference/facts.md). */
export const defaultSiteConfig = {
  name: 'IOP Guide',
  description:
    'Plain-language answers, with their sources, about intensive outpatient programs (IOP) for substance use disorders.',
  url: 'http://localhost:3000',
  locale: 'en-US',
  themeColor: '#0b5394',
  helpline: {
    name: "SAMHSA's National Helpline",
    displayNumber: '1-800-662-4357',
    tel: '+18006624357',
    summary: 'free, confidential, 24/7',
    hours: '24 hours a day, 7 days a week, 365 days a year',
    languages: ['English', 'Spanish'],
    cost: 'Free and confidential',
    tty: { display: '1-800-487-4889', tel: '+18004874889' },
    text: {
      instructions: 'Text your ZIP code to 435748 (HELP4U) for help near you (English)',
      number: '435748',
    },
    whoAnswers:
      'Information specialists at SAMHSA, a US government agency. They give referrals and information, not counseling.',
    paidAdvertiser: false,
    url: 'https://www.samhsa.gov/find-help/national-helpline',
    // samhsa.gov National Helpline FAQ: "English and Spanish are available if you select the option
    // to speak with a national representative"; the HELP4U text service is English only.
    es: {
      name: 'Línea Nacional de Ayuda de SAMHSA',
      summary: 'gratis, confidencial, 24/7',
      hours: 'Las 24 horas del día, los 7 días de la semana, los 365 días del año',
      cost: 'Gratis y confidencial',
      languages: ['inglés', 'español'],
      whoAnswers:
        'Especialistas en información de SAMHSA, una agencia del gobierno de EE. UU. Dan referencias e información, no consejería.',
      spanishOption:
        'Para hablar en español, elija la opción de hablar con un representante nacional y pida atención en español.',
      source: 'https://www.samhsa.gov/find-help/national-helpline',
      textInstructions:
        'Envíe su código postal (ZIP) por mensaje de texto al 435748 (HELP4U) para recibir una lista de lugares cerca de usted.',
      textNote: 'El servicio de mensajes de texto HELP4U solo está en inglés.',
    },
  },
  crisis: {
    name: '988 Suicide & Crisis Lifeline',
    call: '988',
    text: '988',
    chatUrl: 'https://988lifeline.org/',
    description: 'Call or text 988 any time if you are in crisis or thinking about suicide.',
    // 988lifeline.org "What to expect": on a call, Spanish-language is option 2; by text, AYUDA.
    es: {
      name: 'Línea 988 de Prevención del Suicidio y Crisis',
      description:
        'Si está en crisis o piensa en el suicidio, llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988, a cualquier hora.',
      callOption: '2',
      textKeyword: 'AYUDA',
      source: 'https://988lifeline.org/get-help/what-to-expect',
    },
  },
  emergencyNumber: '911',
  // SAMHSA's locator, searched by ZIP code (shared/reference/facts.md).
  locator: {
    name: 'FindTreatment.gov',
    url: 'https://findtreatment.gov/locator',
    zipParameter: 'sAddr',
  },
  // GOV.UK's default for its "Exit this page" component: a busy, neutral page nobody would
  // question on a shared screen, which reveals nothing about the site the reader left.
  exitPage: { url: 'https://www.bbc.co.uk/weather' },
  startHere: [
    'what-is-intensive-outpatient-program',
    'is-iop-right-for-me',
    'iop-cost-and-insurance',
  ],
} satisfies SiteConfig;
