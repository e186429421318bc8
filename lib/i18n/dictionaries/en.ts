/**
 * Every reader-facing string of the interface, in English. `Dictionary` is the type every other
 * language must satisfy (dictionaries/es.ts), so a missing translation fails `npm run typecheck`.
 * Content (articles, pages, FAQs) lives in content/, not here.
 */
export const en = {
  languageName: 'English',
  switcher: { label: 'Language', otherEdition: 'Read in' },
  layout: {
    skipLink: 'Skip to main content',
    exitRegion: 'Leave this site quickly',
    browsingPrivately: 'Browsing privately',
  },
  exitButton: {
    emergency: 'Emergency',
    label: 'Exit this page',
    pressTwoMoreTimes: 'Shift, press 2 more times to exit.',
    pressOneMoreTime: 'Shift, press 1 more time to exit.',
    timedOut: 'Exit this page expired.',
    activated: 'Loading.',
  },
  crisisBar: { region: 'Crisis help', inCrisis: 'In crisis?', emergency: 'Emergency:' },
  crisisLinks: {
    call: 'call',
    or: ' or ',
    text: 'text',
    pressForSpanish: '',
    /** The crisis line's call link; `option` is the key for this language's line, if any. */
    callLine: (number: string, option?: string) =>
      option ? `call ${number} and press ${option}` : `call ${number}`,
    /** Its text link; `keyword` is the word to send for this language's line, if any. */
    textLine: (number: string, keyword?: string) =>
      keyword ? `text ${keyword} to ${number}` : `text ${number}`,
    listSeparator: ' or ',
  },
  /** The helpline's full details (the helpline page), and in Spanish how to reach the crisis line in Spanish. */
  helplineDetails: {
    helpline: 'Helpline',
    call: 'Call',
    hours: 'Hours',
    languages: 'Languages',
    cost: 'Cost',
    tty: 'TTY',
    text: 'Text',
    whoAnswers: 'Who answers',
    whoPays: 'Who pays',
    notPaid: 'No one pays this site for calls. The helpline is not a paid advertiser.',
    spanishCrisis: {
      callPrefix: 'For Spanish, call',
      middle: (option: string, keyword: string) =>
        `and press ${option}, or text the word ${keyword} to`,
      sources: 'Sources',
      helplineSource: 'SAMHSA: National Helpline',
      crisisSource: '988 Lifeline: What to expect',
    },
  },
  helpline: {
    heading: 'Talk to someone about treatment',
    call: 'Call',
    callLabel: (name: string, number: string, summary: string) =>
      `Call ${name} at ${number} (${summary})`,
    languages: 'Languages:',
    whoAnswers: 'Who answers?',
    inCrisis: 'In crisis?',
    inEmergency: 'In an emergency,',
    headerLabel: 'Helpline',
    headerCall: (name: string) => `Call ${name}: `,
    paidAdvertiser: '(paid advertiser)',
  },
  header: {
    navLabel: 'Main',
    nav: { home: 'Home', questions: 'Questions', helpline: 'Helpline', about: 'About' },
  },
  footer: {
    disclaimer: 'This site gives general information, not medical advice. In an emergency, call',
    navLabel: 'About this site',
    trustPages: {
      about: 'About this site',
      editorialPolicy: 'How we write and review',
      privacy: 'Privacy',
      browsingPrivately: 'Browsing privately',
      helpline: 'Who answers the helpline',
    },
    allQuestions: 'All questions',
    noTrackers: (name: string) =>
      `${name} has no advertisers and no trackers, and sets no cookies.`,
  },
  search: {
    label: 'Search this site',
    placeholder: 'Search, e.g. cost of IOP',
    button: 'Search',
    title: 'Search',
    metaDescription: 'Search articles and common questions about intensive outpatient programs.',
    resultsTitle: (q: string) => `Search results for “${q}”`,
    noResults: (q: string) => `No results for “${q}”.`,
    count: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q}”.`,
    prompt: 'Type a question or a few words, like “cost”, “keep my job” or “online IOP”.',
    tryAgain: 'Try fewer or different words, or check the spelling.',
    browseFaq: 'Browse all common questions',
    talk: 'Or talk to someone:',
    types: { article: 'Article', section: 'Section', faq: 'Question' },
    inParent: 'in',
    alsoIn: 'More in this article:',
    pagination: 'More results',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    next: 'Next results',
    previous: 'Previous results',
  },
  /** The box a search answers first when the words read as a crisis (lib/crisis). */
  crisisBox: {
    title: 'You can get help right now',
    suicide:
      'If you are thinking about suicide or hurting yourself, or you are worried about someone,',
    suicideAfter: '. It is free, any time.',
    emergency: 'If someone is in danger right now,',
    overdose: 'If someone may have overdosed:',
    overdoseAfter:
      ', give naloxone (Narcan) if you have it, and stay with them until help arrives.',
  },
  faqFilter: {
    label: 'Filter questions',
    button: 'Search',
    broken: 'The filter is not working right now. Press Enter to search the whole site.',
    none: 'No questions match. Press Enter to search the whole site.',
    /** Strings, not functions: they cross to a client component. `{n}` is the number. */
    countOne: '1 question matches.',
    countMany: '{n} questions match.',
    inQuestion: 'Questions with your words',
    inAnswer: 'Answers that mention them',
  },
  faqPage: {
    title: 'Common questions about IOP',
    description:
      'Every question we answer about intensive outpatient programs, grouped by topic: cost, time, work, insurance, family and more.',
    lead: 'Short answers, each linked to the article that explains more.',
    readMore: 'Read more:',
  },
  home: {
    title: 'Intensive outpatient programs (IOP), explained',
    lead: 'An intensive outpatient program (IOP) is treatment for a substance use disorder where you get at least 9 hours of care a week but still live at home. It sits between weekly counseling and a stay in a treatment center.',
    searchLabel: 'Search for an answer',
    startHere: 'Start here',
    findProgram: 'Find a program near you',
    topQuestions: 'Top questions',
    seeAll: 'See all questions',
    allArticles: 'All articles by topic',
  },
  review: {
    writtenBy: 'Written by',
    published: 'published',
    clinicalReview: 'Clinical review',
    reviewedBy: 'Medically reviewed by',
    changedAfter: (date: string) =>
      `This article changed on ${date}, after its last clinical review. The changes have not been reviewed yet.`,
    notReviewed: (by: string) =>
      `Not yet reviewed by a named clinician. Written by ${by} from the sources listed below.`,
    teamName: (name: string) => `the ${name.toLowerCase()}`,
    lastUpdated: 'Last updated',
    whatChanged: 'what changed',
    nextReview: 'Next review due',
  },
  article: {
    minutes: (n: number) => `${n} minute read`,
    keyTakeaways: 'Key takeaways',
    contents: 'Contents',
    commonQuestions: 'Common questions',
    references: 'References',
    whatChanged: 'What changed',
    related: 'Related articles',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    outdated: (date: string) =>
      `The English version of this page changed on ${date}, after this translation was made. Some details here may be out of date.`,
    outdatedLink: 'Read the English page',
  },
  person: {
    role: 'Role',
    credentials: 'Credentials',
    pagesWrittenReviewed: 'Pages written or reviewed',
    pagesWritten: 'Pages written',
    none: 'None yet.',
    inEnglish: '',
  },
  trustPage: { lastUpdated: 'Last updated' },
  feedback: {
    heading: 'Was this page helpful?',
    yes: 'Yes',
    no: 'No',
    honeypot: 'Leave this empty',
    improve: 'Help us improve this page',
    whatHelped: 'Tell us what helped',
    optional: '(optional)',
    whatMissing: 'What was missing?',
    chooseAny: 'Choose any that apply.',
    wouldHaveHelped: 'What would have helped?',
    yourComment: 'Your comment',
    commentHint:
      "Don't include personal information such as your name, email or phone number. Up to 1,000 characters.",
    send: 'Send',
    reasons: {
      'hard-to-understand': 'Hard to understand',
      'missing-information': 'Missing information',
      'out-of-date': 'Out of date',
      'not-what-i-was-looking-for': 'Not what I was looking for',
      other: 'Other',
    },
    failed: "Sorry, we couldn't send that. Please try again.",
    failedBecause: "Sorry, we couldn't send that:",
    thanks: 'Thank you for your feedback.',
    sent: 'Thank you. Your comments have been sent to our editors.',
    thanksTitle: 'Thank you for your feedback',
    thanksSent: 'Your comments have been sent to our editors. They read them to improve the site.',
    thanksCounted: 'Your answer has been counted. It helps our editors see which pages need work.',
    /** Before and after sending: nobody answers a comment, so where help is. */
    noReply: 'Nobody reads comments right away, and we cannot reply. If you need help now,',
    noReplyEmergency: '. In an emergency,',
    /** First on the thank-you when the comment reads as a crisis. */
    crisisTitle: 'You do not have to go through this alone',
    crisisLead:
      'What you wrote sounds like you may be in crisis. Nobody reads these comments right away, so please reach out now:',
    backTo: (title: string) => `Back to ${title}`,
    backToPage: 'the page you were reading',
    goHome: 'Go to the home page',
  },
  find: {
    title: 'Find a treatment program near you',
    errorPrefix: 'Error:',
    description: (locator: string) =>
      `Search ${locator} for intensive outpatient programs near a ZIP code.`,
    lead: (locator: string) =>
      `Enter a ZIP code to see treatment programs near it on ${locator}. It is a free, confidential search run by SAMHSA, a US government agency.`,
    zipLabel: 'ZIP code',
    zipHint:
      '5 numbers, like 20857. Use the ZIP code of where you want treatment. This site does not save it.',
    submit: (locator: string) => `Search ${locator}`,
    errorSummary: 'There is a problem',
    errorEmpty: 'Enter a ZIP code',
    errorInvalid: 'Enter a ZIP code with 5 numbers, like 20857',
    guideIntro: (locator: string) => `On ${locator}, use the filters to find IOP:`,
    guideType: 'Type of care:',
    guideTypeText: 'choose intensive outpatient.',
    guidePayment: 'Payment:',
    guidePaymentText:
      'choose how you will pay, such as Medicaid, Medicare or private insurance. With no insurance, look for a sliding fee (the price goes down when your income is lower) or free care.',
    guideLanguage: 'Language:',
    guideLanguageText: 'choose one if you want care in Spanish or another language.',
    guideOutdated:
      'Listings can be out of date. Call a program before you go to check that it has space and takes your way of paying.',
    guideTalk: 'Would you rather talk to someone?',
    guideTalkAfter: 'They can find programs near you too.',
  },
  notFound: {
    title: 'Page not found',
    body: 'We could not find that page. If you typed the address, check it is correct. The page may also have moved.',
    searchLabel: 'Search for what you need',
    home: 'Go to the home page',
    faq: 'Browse common questions',
    help: 'If you need help now, the helpline below is free and open day and night.',
  },
  badRequest: {
    title: 'This web address has a mistake',
    body: 'We could not read the address of this page. It may have a character that does not belong, such as a stray % sign. Check the address, or search for what you need.',
  },
  error: {
    title: 'Something went wrong on this page',
    body: 'This page did not load properly. This is our problem, not yours. You can try again, or go to the home page.',
    retry: 'Try again',
    home: 'Go to the home page',
    help: 'If you need help now, the crisis line at the top of this page and the helpline below are free and open day and night.',
  },
  /** The last-resort page (app/global-error.tsx), shown in both languages: the layout itself failed. */
  globalError: {
    title: 'Something went wrong',
    body: 'The site did not load properly. This is our problem, not yours. Try again in a minute, or reload the page.',
    retry: 'Try again',
    helpHeading: 'Help is still here',
    inCrisis: 'In crisis?',
    /** Before the crisis line's number, as a link. */
    callOrText: 'Call or text',
    emergency: 'Emergency:',
  },
  mdx: {
    noteLabel: 'Note',
    emergencyLabel: 'Emergency help',
    tableLabel: 'Table',
    crisisTitle: 'Need help right now?',
    crisisOverdose: 'If someone may have overdosed or is in danger,',
    crisisSuicide: 'If you or someone you know is in crisis or thinking about suicide,',
    withdrawalTitle: 'Stopping some substances suddenly can be dangerous',
    withdrawal: [
      'If you drink alcohol heavily or take benzodiazepines (such as Xanax or Valium) or other sedatives every day, do not stop all at once on your own. Stopping suddenly can cause seizures and other symptoms that can be life-threatening.',
      'Opioid withdrawal is rarely deadly, but it is very hard, and it needs medical advice.',
      'Talk with a doctor or a treatment program before you cut down or stop. A supervised stop, with a medical team checking on you, is the safer way. They can often give you medicine to make it easier.',
    ],
    /** Followed by a link to the overdose box on the same page. */
    withdrawalTolerance:
      'After you stop, even for a short time, your body can no longer handle the amount you used before.',
    withdrawalOverdoseLink: 'See what to do about an overdose',
    sources: 'Sources:',
    withdrawalSources: [
      'MedlinePlus: Alcohol withdrawal',
      'FDA (2020): Boxed Warning for benzodiazepines',
      'MedlinePlus: Opiate and opioid withdrawal',
    ],
    /** `<OverdoseSafety />`: the one copy of the overdose-response words. */
    overdose: {
      title: 'Overdose: how to be ready and what to do',
      tolerance:
        'After any break from opioids, your body can handle much less than before. This is true after detox, a live-in treatment stay, time in jail or prison, or stopping naltrexone. Using your usual amount after a break can kill you.',
      naloxone:
        'Keep naloxone with you, and tell people close to you where it is. Naloxone is a medicine that can reverse an opioid overdose, including one from fentanyl. Since 2023, Narcan nasal spray has been sold without a prescription in drug stores, grocery stores and online. You can also ask a pharmacist, your treatment program or your local health department.',
      signs:
        'Signs of an opioid overdose: the person will not wake up, breathes very slowly or not at all, makes choking or gurgling sounds, has blue or gray lips or nails, or has very small pupils.',
      respond: (emergency: string) =>
        `If you think someone is overdosing, call ${emergency} and give naloxone. If the person does not wake up in 2 to 3 minutes, give a second dose. Stay with the person until help comes. Naloxone will not harm someone who has not taken opioids, so use it if you are not sure.`,
      goodSamaritan: (emergency: string) =>
        `Most states have laws that protect a person who calls ${emergency} for an overdose from some drug charges. The rules are different in each state.`,
      /** Before the overdose article's title, when the site has that article. */
      readMore: 'Read more:',
      sources: [
        'CDC: Lifesaving naloxone',
        'SAMHSA: Naloxone without a prescription',
        'CDC: Recognizing an opioid overdose',
        'Merrall and others (2010): Deaths soon after release from prison',
        'SAMHSA: Naltrexone',
        'Drug Policy Alliance: Good Samaritan laws',
      ],
    },
  },
  /** The editors' dashboard (/admin): for editors, behind the admin token. */
  admin: {
    title: 'Editors’ dashboard',
    intro:
      'What readers searched for and did not find, how each page is doing, and what is due. Nothing here identifies a reader.',
    feedbackLink: 'Read every answer and comment',
    editions: 'Editions',
    edition: (name: string) => `${name} edition`,
    storeDown:
      'The feedback database cannot be reached right now, so searches and answers are missing below. Nothing is lost: try again in a minute.',
    searches: {
      title: 'Searches that found nothing',
      caption: (weeks: number, floor: number) =>
        `Searches with no results in the last ${weeks} weeks, most searched first. A query shows once ${floor} or more searches made it.`,
      query: 'Words searched',
      searches: 'Searches',
      firstWeek: 'First seen (week)',
      none: (floor: number) => `No query found nothing ${floor} or more times in the last 4 weeks.`,
      off: 'Counting is turned off on this server (SEARCH_GAPS=off).',
      csv: 'Download searches that found nothing (CSV)',
    },
    helpfulness: {
      title: 'Was this page helpful?',
      caption:
        'Answers in the last 30 days and the 30 days before, pages with the most “no” answers first.',
      page: 'Page',
      current: 'Last 30 days',
      previous: '30 days before',
      reasons: 'Top reasons for “no”',
      trend: 'Helpful share by week',
      answers: (yes: number, no: number) => `${yes} yes, ${no} no`,
      trendAlt: (values: string) =>
        `Share of “yes” answers per week, last 8 weeks, oldest first: ${values}.`,
      noAnswers: 'no answers',
      noReasons: 'None given',
      none: 'No answers in the last 60 days.',
    },
    due: {
      title: 'Due for review or update',
      caption: 'Overdue or due within 30 days, most overdue first.',
      page: 'Page',
      what: 'What is due',
      due: 'Due',
      status: 'Status',
      review: 'Clinical review',
      update: 'Update check (12 months after the last update)',
      overdue: (days: number) => `Overdue by ${days} ${days === 1 ? 'day' : 'days'}`,
      dueIn: (days: number) =>
        days === 0 ? 'Due today' : `Due in ${days} ${days === 1 ? 'day' : 'days'}`,
      none: 'Nothing is overdue or due in the next 30 days.',
    },
    translations: {
      title: 'Spanish pages missing or out of date',
      caption:
        'English pages with no Spanish page, then Spanish pages made from an older English version.',
      english: 'English page',
      spanish: 'Spanish page',
      state: 'State',
      missing: 'No Spanish page yet',
      staleFrom: 'Translated from the version of',
      staleNow: 'English updated',
      none: 'Every English page has an up-to-date Spanish page.',
    },
  },
};

export type Dictionary = typeof en;
