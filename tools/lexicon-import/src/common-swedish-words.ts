/**
 * Common Swedish words, and words and abbreviations of Swedish clinical prose, that no drug
 * name, spelling or brand in the lexicon may be: the lexicon's names are matched in prose, so
 * such a name would turn ordinary text into drug mentions. Lower case.
 */
export const COMMON_SWEDISH_WORDS: readonly string[] = [
  // function words
  'och', 'eller', 'med', 'utan', 'för', 'från', 'till', 'som', 'att', 'det', 'den', 'de', 'en', 'ett', 'är', 'var',
  'vid', 'på', 'av', 'om', 'men', 'inte', 'ej', 'samt', 'efter', 'före', 'under', 'över', 'mellan', 'per', 'alla',
  'hon', 'han', 'man', 'kan', 'ska', 'bör', 'får', 'har', 'hade', 'blir', 'ges', 'gavs', 'tas', 'även', 'också',
  'när', 'då', 'där', 'här', 'sedan', 'dess', 'denna', 'detta', 'dessa', 'vilken', 'vilket', 'mot', 'hos', 'genom',
  // dose and schedule words
  'dag', 'dagar', 'dagen', 'vecka', 'veckor', 'veckan', 'månad', 'månader', 'år', 'timme', 'timmar', 'minut',
  'minuter', 'gång', 'gånger', 'kur', 'kurer', 'kuren', 'dos', 'doser', 'dosen', 'cykel', 'cykler', 'behandling',
  'daglig', 'dagligen', 'dygn', 'morgon', 'kväll', 'natt', 'vb', 'kg', 'mg', 'ml', 'gy', 'auc', 'iv', 'po', 'sc', 'im',
  'tablett', 'tabletter', 'kapsel', 'kapslar', 'infusion', 'injektion', 'lösning', 'spruta', 'dropp',
  // clinical words and abbreviations of the care programmes
  'cancer', 'tumör', 'patient', 'patienter', 'läkare', 'vård', 'prov', 'blod', 'lever', 'njure', 'hjärta', 'lunga',
  'ben', 'hud', 'mun', 'mage', 'tarm', 'smärta', 'feber', 'illamående', 'svar', 'stadium', 'grad', 'risk', 'effekt',
  'studie', 'studier', 'fas', 'arm', 'data', 'resultat', 'tid', 'ålder', 'vikt', 'längd', 'kvinna', 'kvinnor',
  'pfs', 'os', 'orr', 'hr', 'ci', 'rr', 'cr', 'pr', 'sd', 'pd', 'ecog', 'who', 'rcc', 'mmr', 'dmmr', 'pmmr', 'msi',
  'tmb', 'her2', 'er', 'pgr', 'pd-l1', 'ct', 'mr', 'pet', 'ebrt', 'imrt', 'vmat', 'nt', 'tlv',
  // class words that are also one substance's name: Swedish prose says `kortison` for any
  // corticosteroid (`kortison 8 mg` is mostly betametason or dexametason, not cortisone)
  'kortison',
  // everyday words that brand names come near
  'halv', 'hela', 'liten', 'stor', 'ny', 'nya', 'gammal', 'god', 'bra', 'fri', 'lika', 'samma', 'annan',
  'mål', 'val', 'lag', 'plan', 'form', 'rad', 'sida', 'del', 'fall', 'nivå', 'vätska', 'salt', 'socker', 'vatten',
];

/**
 * English words that are also names of the WHO ATC index (elements, plant parts, everyday
 * things): English text near a dose uses them as words, so no name in the substance index may be one. Lower case.
 */
export const COMMON_ENGLISH_WORDS: readonly string[] = [
  // elements and everyday substances that prose names as things, not as drugs
  'oil', 'silver', 'gold', 'alum', 'oxygen', 'nitrogen', 'helium', 'xenon', 'sulfur', 'iodine', 'linseed', 'kaolin',
  'creosote', 'caffeine', 'nicotine', 'ammonia', 'collagen', 'kollagen', 'ethanol', 'etanol', 'alcohol', 'alkohol',
  'water', 'honey', 'sugar', 'starch', 'talc', 'charcoal', 'food', 'feather', 'flowers', 'animals', 'insects', 'textiles',
  // laboratory values written with a number next to them (`albumin 30 g/l`)
  'albumin', 'hemoglobin', 'haemoglobin', 'bilirubin', 'ferritin', 'creatinine', 'kreatinin', 'urea',
  // blood products and the like, named as things
  'blood plasma', 'plasma',
];

/** Every word no drug name may be. */
export const COMMON_WORDS: readonly string[] = [...COMMON_SWEDISH_WORDS, ...COMMON_ENGLISH_WORDS];
