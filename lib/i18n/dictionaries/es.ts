import type { Dictionary } from './en';

/** The interface in US Spanish ("usted", neutral vocabulary). Must satisfy every key of `Dictionary`. */
export const es: Dictionary = {
  languageName: 'Español',
  switcher: { label: 'Idioma', otherEdition: 'Leer en' },
  layout: {
    skipLink: 'Saltar al contenido principal',
    exitRegion: 'Salir rápido de este sitio',
    browsingPrivately: 'Navegar en privado',
  },
  exitButton: {
    emergency: 'Emergencia',
    label: 'Salir de esta página',
    pressTwoMoreTimes: 'Mayúsculas: presione 2 veces más para salir.',
    pressOneMoreTime: 'Mayúsculas: presione 1 vez más para salir.',
    timedOut: 'Se venció el tiempo para salir de esta página.',
    activated: 'Cargando.',
  },
  crisisBar: {
    region: 'Ayuda en una crisis',
    inCrisis: '¿Está en crisis?',
    emergency: 'Emergencia:',
  },
  crisisLinks: {
    call: 'llame al',
    or: ' o ',
    text: 'envíe un mensaje de texto al',
    pressForSpanish: '',
    callLine: (number: string, option?: string) =>
      option ? `llame al ${number} y marque ${option}` : `llame al ${number}`,
    textLine: (number: string, keyword?: string) =>
      keyword
        ? `envíe ${keyword} por mensaje de texto al ${number}`
        : `envíe un mensaje de texto al ${number}`,
    listSeparator: ', o ',
  },
  /** The helpline's full details (the helpline page), and in Spanish how to reach the crisis line in Spanish. */
  helplineDetails: {
    helpline: 'Línea de ayuda',
    call: 'Llame al',
    hours: 'Horario',
    languages: 'Idiomas',
    cost: 'Costo',
    tty: 'TTY (para personas sordas o con problemas de audición)',
    text: 'Mensaje de texto',
    whoAnswers: 'Quién contesta',
    whoPays: 'Quién paga',
    notPaid:
      'Nadie le paga a este sitio por las llamadas. La línea de ayuda no es un anunciante pagado.',
    spanishCrisis: {
      callPrefix: 'Para hablar en español, llame al',
      middle: (option: string, keyword: string) =>
        `y marque ${option}, o envíe ${keyword} por mensaje de texto al`,
      sources: 'Fuentes',
      helplineSource: 'SAMHSA: National Helpline (en inglés)',
      crisisSource: '988 Lifeline: What to expect (en inglés)',
    },
  },
  helpline: {
    heading: 'Hable con alguien sobre el tratamiento',
    call: 'Llame al',
    callLabel: (name: string, number: string, summary: string) =>
      `Llame a la ${name} al ${number} (${summary})`,
    languages: 'Idiomas:',
    whoAnswers: '¿Quién contesta?',
    inCrisis: '¿Está en crisis?',
    inEmergency: 'En una emergencia,',
    headerLabel: 'Línea de ayuda',
    headerCall: (name: string) => `Llame a la ${name}: `,
    paidAdvertiser: '(anunciante pagado)',
  },
  header: {
    navLabel: 'Principal',
    nav: {
      home: 'Inicio',
      questions: 'Preguntas',
      helpline: 'Línea de ayuda',
      about: 'Quiénes somos',
    },
  },
  footer: {
    disclaimer:
      'Este sitio da información general, no consejos médicos. En una emergencia, llame al',
    navLabel: 'Sobre este sitio',
    trustPages: {
      about: 'Sobre este sitio',
      editorialPolicy: 'Cómo escribimos y revisamos',
      privacy: 'Privacidad',
      browsingPrivately: 'Navegar en privado',
      helpline: 'Quién contesta la línea de ayuda',
    },
    allQuestions: 'Todas las preguntas',
    noTrackers: (name: string) => `${name} no tiene anunciantes ni rastreadores, y no usa cookies.`,
  },
  search: {
    label: 'Buscar en este sitio',
    placeholder: 'Buscar, por ej. costo del IOP',
    button: 'Buscar',
    title: 'Buscar',
    metaDescription:
      'Busque artículos y preguntas frecuentes sobre los programas intensivos ambulatorios (IOP).',
    resultsTitle: (q: string) => `Resultados de búsqueda para “${q}”`,
    noResults: (q: string) => `No hay resultados para “${q}”.`,
    count: (n: number, q: string) => `${n} resultado${n === 1 ? '' : 's'} para “${q}”.`,
    prompt: 'Escriba una pregunta o unas palabras, como “costo”, “mi trabajo” o “IOP en línea”.',
    tryAgain: 'Pruebe con menos palabras o con otras, o revise cómo están escritas.',
    browseFaq: 'Ver todas las preguntas frecuentes',
    talk: 'O hable con alguien:',
    types: { article: 'Artículo', section: 'Sección', faq: 'Pregunta' },
    inParent: 'en',
    alsoIn: 'Más en este artículo:',
    pagination: 'Más resultados',
    pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
    next: 'Resultados siguientes',
    previous: 'Resultados anteriores',
  },
  crisisBox: {
    title: 'Puede recibir ayuda ahora mismo',
    suicide: 'Si piensa en el suicidio o en hacerse daño, o le preocupa otra persona,',
    suicideAfter: '. Es gratis, a cualquier hora.',
    emergency: 'Si alguien está en peligro ahora,',
    overdose: 'Si alguien pudo haber tenido una sobredosis:',
    overdoseAfter:
      ', dele naloxona (Narcan) si la tiene y quédese con la persona hasta que llegue la ayuda.',
  },
  faqFilter: {
    label: 'Filtrar preguntas',
    button: 'Buscar',
    broken: 'El filtro no funciona en este momento. Presione Enter para buscar en todo el sitio.',
    none: 'Ninguna pregunta coincide. Presione Enter para buscar en todo el sitio.',
    countOne: '1 pregunta coincide.',
    countMany: '{n} preguntas coinciden.',
    inQuestion: 'Preguntas con sus palabras',
    inAnswer: 'Respuestas que las mencionan',
  },
  faqPage: {
    title: 'Preguntas frecuentes sobre el IOP',
    description:
      'Todas las preguntas que respondemos sobre los programas intensivos ambulatorios (IOP), por tema: costo, tiempo, trabajo, seguro, familia y más.',
    lead: 'Respuestas cortas, cada una con un enlace al artículo que explica más.',
    readMore: 'Lea más:',
  },
  home: {
    title: 'Qué es un programa intensivo ambulatorio (IOP)',
    lead: 'Un programa intensivo ambulatorio (IOP, por sus siglas en inglés) es un tratamiento para el trastorno por consumo de sustancias. Usted recibe al menos 9 horas de atención por semana, pero sigue viviendo en su casa. Es más que la consejería semanal y menos que quedarse en un centro de tratamiento.',
    searchLabel: 'Busque una respuesta',
    startHere: 'Empiece aquí',
    findProgram: 'Encuentre un programa cerca de usted',
    topQuestions: 'Preguntas principales',
    seeAll: 'Ver todas las preguntas',
    allArticles: 'Todos los artículos por tema',
  },
  review: {
    writtenBy: 'Escrito por',
    published: 'publicado el',
    clinicalReview: 'Revisión clínica',
    reviewedBy: 'Revisado por',
    changedAfter: (date: string) =>
      `Este artículo cambió el ${date}, después de su última revisión clínica. Los cambios todavía no se han revisado.`,
    notReviewed: (by: string) =>
      `Todavía no lo ha revisado un médico ni otro profesional de la salud. Lo escribió ${by} a partir de las fuentes que aparecen abajo.`,
    teamName: (name: string) => `el ${name.toLowerCase()}`,
    lastUpdated: 'Última actualización',
    whatChanged: 'qué cambió',
    nextReview: 'Próxima revisión',
  },
  article: {
    minutes: (n: number) => `Lectura de ${n} minuto${n === 1 ? '' : 's'}`,
    keyTakeaways: 'Puntos clave',
    contents: 'En esta página',
    commonQuestions: 'Preguntas frecuentes',
    references: 'Referencias',
    whatChanged: 'Qué cambió',
    related: 'Artículos relacionados',
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    outdated: (date: string) =>
      `La versión en inglés de esta página cambió el ${date}, después de que se hizo esta traducción. Algunos detalles aquí pueden estar desactualizados.`,
    outdatedLink: 'Leer la página en inglés',
  },
  person: {
    role: 'Función',
    credentials: 'Credenciales',
    pagesWrittenReviewed: 'Páginas escritas o revisadas',
    pagesWritten: 'Páginas escritas',
    none: 'Todavía ninguna.',
    inEnglish: 'La descripción de abajo está en inglés.',
  },
  trustPage: { lastUpdated: 'Última actualización' },
  feedback: {
    heading: '¿Le fue útil esta página?',
    yes: 'Sí',
    no: 'No',
    honeypot: 'Deje esto en blanco',
    improve: 'Ayúdenos a mejorar esta página',
    whatHelped: 'Cuéntenos qué le ayudó',
    optional: '(opcional)',
    whatMissing: '¿Qué faltó?',
    chooseAny: 'Elija todas las que correspondan.',
    wouldHaveHelped: '¿Qué le habría ayudado?',
    yourComment: 'Su comentario',
    commentHint:
      'No incluya información personal como su nombre, correo electrónico o número de teléfono. Hasta 1,000 caracteres.',
    send: 'Enviar',
    reasons: {
      'hard-to-understand': 'Difícil de entender',
      'missing-information': 'Falta información',
      'out-of-date': 'Desactualizada',
      'not-what-i-was-looking-for': 'No es lo que buscaba',
      other: 'Otra razón',
    },
    failed: 'Lo sentimos, no pudimos enviarlo. Por favor, inténtelo de nuevo.',
    failedBecause: 'Lo sentimos, no pudimos enviarlo:',
    thanks: 'Gracias por sus comentarios.',
    sent: 'Gracias. Sus comentarios se enviaron a nuestro equipo editorial.',
    thanksTitle: 'Gracias por sus comentarios',
    thanksSent:
      'Sus comentarios se enviaron a nuestro equipo editorial. Los leemos para mejorar el sitio.',
    thanksCounted: 'Contamos su respuesta. Nos ayuda a ver qué páginas necesitan mejorar.',
    noReply:
      'Nadie lee los comentarios en el momento y no podemos responderlos. Si necesita ayuda ahora,',
    noReplyEmergency: '. En una emergencia,',
    crisisTitle: 'No tiene que pasar por esto a solas',
    crisisLead:
      'Lo que escribió suena a que puede estar en crisis. Nadie lee estos comentarios en el momento, así que busque ayuda ahora:',
    backTo: (title: string) => `Volver a ${title}`,
    backToPage: 'la página que estaba leyendo',
    goHome: 'Ir a la página principal',
  },
  find: {
    title: 'Encuentre un programa de tratamiento cerca de usted',
    errorPrefix: 'Error:',
    description: (locator: string) =>
      `Busque en ${locator} programas intensivos ambulatorios (IOP) cerca de un código postal.`,
    lead: (locator: string) =>
      `Escriba un código postal (ZIP) para ver programas de tratamiento cercanos en ${locator}. Es una búsqueda gratis y confidencial de SAMHSA, una agencia del gobierno de EE. UU. El sitio está en inglés.`,
    zipLabel: 'Código postal (ZIP)',
    zipHint:
      '5 números, como 20857. Use el código postal del lugar donde quiere recibir tratamiento. Este sitio no lo guarda.',
    submit: (locator: string) => `Buscar en ${locator}`,
    errorSummary: 'Hay un problema',
    errorEmpty: 'Escriba un código postal',
    errorInvalid: 'Escriba un código postal de 5 números, como 20857',
    guideIntro: (locator: string) => `En ${locator}, use los filtros para encontrar un IOP:`,
    guideType: 'Type of care (tipo de atención):',
    guideTypeText: 'elija “intensive outpatient” (ambulatorio intensivo).',
    guidePayment: 'Payment (pago):',
    guidePaymentText:
      'elija cómo va a pagar, por ejemplo Medicaid, Medicare o un seguro privado. Si no tiene seguro, busque una tarifa según sus ingresos (el precio baja si gana menos) o atención gratis.',
    guideLanguage: 'Language (idioma):',
    guideLanguageText: 'elija “Spanish” si quiere recibir atención en español.',
    guideOutdated:
      'La lista puede estar desactualizada. Llame al programa antes de ir para confirmar que tiene espacio y acepta su forma de pago.',
    guideTalk: '¿Prefiere hablar con alguien?',
    guideTalkAfter: 'También pueden encontrar programas cerca de usted.',
  },
  notFound: {
    title: 'No encontramos la página',
    body: 'No pudimos encontrar esa página. Si escribió la dirección, revise que esté bien escrita. También es posible que la página se haya movido.',
    searchLabel: 'Busque lo que necesita',
    home: 'Ir a la página principal',
    faq: 'Ver las preguntas frecuentes',
    help: 'Si necesita ayuda ahora, la línea de ayuda de abajo es gratis y atiende de día y de noche.',
  },
  badRequest: {
    title: 'Esta dirección web tiene un error',
    body: 'No pudimos leer la dirección de esta página. Puede tener un carácter que no va, como un signo % suelto. Revise la dirección o busque lo que necesita.',
  },
  error: {
    title: 'Algo salió mal en esta página',
    body: 'Esta página no se cargó bien. El problema es nuestro, no suyo. Puede intentarlo de nuevo o ir a la página principal.',
    retry: 'Intentar de nuevo',
    home: 'Ir a la página principal',
    help: 'Si necesita ayuda ahora, la línea de crisis de arriba y la línea de ayuda de abajo son gratis y atienden de día y de noche.',
  },
  globalError: {
    title: 'Algo salió mal',
    body: 'El sitio no se cargó bien. El problema es nuestro, no suyo. Intente de nuevo en un minuto o vuelva a cargar la página.',
    retry: 'Intentar de nuevo',
    helpHeading: 'La ayuda sigue aquí',
    inCrisis: '¿Está en crisis?',
    callOrText: 'Para hablar en español,',
    emergency: 'Emergencia:',
  },
  mdx: {
    noteLabel: 'Nota',
    emergencyLabel: 'Ayuda en una emergencia',
    tableLabel: 'Tabla',
    crisisTitle: '¿Necesita ayuda ahora mismo?',
    crisisOverdose: 'Si alguien pudo haber tenido una sobredosis o está en peligro,',
    crisisSuicide: 'Si usted o alguien que conoce está en crisis o piensa en el suicidio,',
    withdrawalTitle: 'Dejar algunas sustancias de repente puede ser peligroso',
    withdrawal: [
      'Si toma mucho alcohol, o si toma benzodiacepinas (como Xanax o Valium) u otros sedantes todos los días, no deje de tomarlos de golpe por su cuenta. Dejarlos de repente puede causar convulsiones y otros síntomas que pueden poner su vida en peligro.',
      'Los síntomas de abstinencia de los opioides casi nunca causan la muerte, pero son muy duros. Consulte a un médico.',
      'Hable con un médico o con un programa de tratamiento antes de reducir o dejar el consumo. Es más seguro dejarlo con supervisión médica, con un equipo que lo vigile. Muchas veces le pueden dar medicamentos para que sea más fácil.',
    ],
    withdrawalTolerance:
      'Después de dejar el consumo, aunque sea por poco tiempo, su cuerpo ya no tolera la cantidad que usaba antes.',
    withdrawalOverdoseLink: 'Vea qué hacer ante una sobredosis',
    sources: 'Fuentes:',
    withdrawalSources: [
      'MedlinePlus: Síntomas de abstinencia del alcohol (en inglés)',
      'FDA (2020): Advertencia de recuadro para las benzodiacepinas (en inglés)',
      'MedlinePlus: Síntomas de abstinencia de opiáceos y opioides (en inglés)',
    ],
    overdose: {
      title: 'Sobredosis: cómo estar preparado y qué hacer',
      tolerance:
        'Después de cualquier pausa en el uso de opioides, su cuerpo tolera mucho menos que antes. Esto pasa después de una desintoxicación, una estadía en un centro de tratamiento, un tiempo en la cárcel o en prisión, o al dejar la naltrexona. Usar la cantidad de siempre después de una pausa puede causar la muerte.',
      naloxone:
        'Tenga naloxona con usted y diga a las personas cercanas dónde la guarda. La naloxona es un medicamento que puede revertir una sobredosis de opioides, incluso de fentanilo. Desde 2023, el aerosol nasal Narcan se vende sin receta en farmacias, supermercados y por internet. También puede preguntar en una farmacia, en su programa de tratamiento o en el departamento de salud local.',
      signs:
        'Señales de una sobredosis de opioides: la persona no se despierta, respira muy lento o no respira, hace ruidos como si se ahogara o roncara, tiene los labios o las uñas azules o grises, o tiene las pupilas muy pequeñas.',
      respond: (emergency: string) =>
        `Si cree que alguien tiene una sobredosis, llame al ${emergency} y dele naloxona. Si la persona no se despierta en 2 o 3 minutos, dele una segunda dosis. Quédese con la persona hasta que llegue la ayuda. La naloxona no le hace daño a alguien que no tomó opioides, así que úsela si tiene dudas.`,
      goodSamaritan: (emergency: string) =>
        `La mayoría de los estados tienen leyes que protegen de algunos cargos por drogas a quien llama al ${emergency} por una sobredosis. Las reglas cambian de un estado a otro.`,
      readMore: 'Lea más:',
      sources: [
        'CDC: La naloxona salva vidas (en inglés)',
        'SAMHSA: Naloxona sin receta (en inglés)',
        'CDC: Cómo reconocer una sobredosis de opioides (en inglés)',
        'Merrall y otros (2010): Muertes poco después de salir de prisión (en inglés)',
        'SAMHSA: Naltrexona (en inglés)',
        'Drug Policy Alliance: Leyes del Buen Samaritano (en inglés)',
      ],
    },
  },
  admin: {
    title: 'Panel para editores',
    intro:
      'Lo que los lectores buscaron y no encontraron, cómo le va a cada página y lo que hay que revisar. Nada de esto identifica a un lector.',
    feedbackLink: 'Leer todas las respuestas y comentarios',
    editions: 'Ediciones',
    edition: (name: string) => `Edición en ${name.toLowerCase()}`,
    storeDown:
      'Ahora no se puede conectar con la base de datos de comentarios, así que faltan las búsquedas y las respuestas. No se perdió nada: intente de nuevo en un minuto.',
    searches: {
      title: 'Búsquedas sin resultados',
      caption: (weeks: number, floor: number) =>
        `Búsquedas sin resultados en las últimas ${weeks} semanas, las más buscadas primero. Una búsqueda aparece cuando ${floor} o más búsquedas la hicieron.`,
      query: 'Palabras buscadas',
      searches: 'Búsquedas',
      firstWeek: 'Vista por primera vez (semana)',
      none: (floor: number) =>
        `Ninguna búsqueda quedó sin resultados ${floor} o más veces en las últimas 4 semanas.`,
      off: 'El conteo está apagado en este servidor (SEARCH_GAPS=off).',
      csv: 'Descargar las búsquedas sin resultados (CSV)',
    },
    helpfulness: {
      title: '¿Le sirvió esta página?',
      caption:
        'Respuestas de los últimos 30 días y de los 30 días anteriores; primero las páginas con más respuestas “no”.',
      page: 'Página',
      current: 'Últimos 30 días',
      previous: '30 días anteriores',
      reasons: 'Razones más dadas para “no”',
      trend: 'Respuestas “sí” por semana',
      answers: (yes: number, no: number) => `${yes} sí, ${no} no`,
      trendAlt: (values: string) =>
        `Porcentaje de respuestas “sí” por semana, últimas 8 semanas, de la más antigua a la más reciente: ${values}.`,
      noAnswers: 'sin respuestas',
      noReasons: 'Ninguna',
      none: 'No hubo respuestas en los últimos 60 días.',
    },
    due: {
      title: 'Revisiones y actualizaciones pendientes',
      caption: 'Vencidas o que vencen en los próximos 30 días; primero las más atrasadas.',
      page: 'Página',
      what: 'Qué toca',
      due: 'Fecha',
      status: 'Estado',
      review: 'Revisión clínica',
      update: 'Revisar si está al día (12 meses después de la última actualización)',
      overdue: (days: number) => `Atrasada ${days} ${days === 1 ? 'día' : 'días'}`,
      dueIn: (days: number) =>
        days === 0 ? 'Vence hoy' : `Vence en ${days} ${days === 1 ? 'día' : 'días'}`,
      none: 'No hay nada vencido ni que venza en los próximos 30 días.',
    },
    translations: {
      title: 'Páginas en español que faltan o no están al día',
      caption:
        'Páginas en inglés sin página en español; luego, páginas en español hechas de una versión anterior en inglés.',
      english: 'Página en inglés',
      spanish: 'Página en español',
      state: 'Estado',
      missing: 'Todavía no hay página en español',
      staleFrom: 'Traducida de la versión del',
      staleNow: 'El inglés se actualizó el',
      none: 'Todas las páginas en inglés tienen su página en español al día.',
    },
  },
};
