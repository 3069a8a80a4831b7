// Curated word lists of the extractor: organisations, titles, currencies, units, number words and
// the verbs that make a capital act for its state. Country data comes from data/countries.json.

/** [names (first is canonical unless `canonical` is given), canonical?]. Acronyms are names too. */
export const ORGANIZATIONS: readonly (readonly [readonly string[], string?])[] = [
  [['United Nations', 'UN', 'U.N.']],
  [['United Nations Security Council', 'UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC']],
  [['United Nations General Assembly', 'UN General Assembly', 'U.N. General Assembly', 'General Assembly', 'UNGA']],
  [['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation']],
  [['European Union', 'EU', 'E.U.']],
  [['European Commission', 'Commission']],
  [['European Parliament']],
  [['European Council']],
  [['Council of the European Union']],
  [['European Central Bank', 'ECB']],
  [['European Investment Bank', 'EIB']],
  [['European Bank for Reconstruction and Development', 'EBRD']],
  [['Association of Southeast Asian Nations', 'ASEAN', 'Asean']],
  [['African Union', 'AU']],
  [['Organization of the Petroleum Exporting Countries', 'OPEC', 'Opec']],
  [['OPEC+', 'Opec+'], 'OPEC+'],
  [['Group of Seven', 'G7', 'G-7']],
  [['Group of Twenty', 'G20', 'G-20']],
  [['BRICS', 'Brics']],
  [['Quadrilateral Security Dialogue', 'Quad']],
  [['International Monetary Fund', 'IMF']],
  [['World Bank']],
  [['World Trade Organization', 'WTO', 'World Trade Organisation']],
  [['World Health Organization', 'WHO', 'World Health Organisation']],
  [['Office of the United Nations High Commissioner for Refugees', 'UNHCR', 'UN refugee agency', 'U.N. refugee agency']],
  [["United Nations Children's Fund", 'UNICEF', 'Unicef']],
  [['World Food Programme', 'WFP']],
  [['United Nations Development Programme', 'UNDP', 'UN Development Programme']],
  [['United Nations Educational, Scientific and Cultural Organization', 'UNESCO', 'Unesco']],
  [['Food and Agriculture Organization', 'FAO']],
  [['International Labour Organization', 'ILO']],
  [['International Atomic Energy Agency', 'IAEA']],
  [['International Energy Agency', 'IEA']],
  [['Organisation for Economic Co-operation and Development', 'OECD']],
  [['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization']],
  [['Gulf Cooperation Council', 'GCC']],
  [['Economic Community of West African States', 'ECOWAS', 'Ecowas']],
  [['Southern African Development Community', 'SADC']],
  [['East African Community', 'EAC']],
  [['Intergovernmental Authority on Development', 'IGAD']],
  [['Mercosur', 'Mercosul']],
  [['Asia-Pacific Economic Cooperation', 'APEC', 'Apec']],
  [['Arab League', 'League of Arab States']],
  [['Organization for Security and Co-operation in Europe', 'OSCE']],
  [['Council of Europe']],
  [['Asian Infrastructure Investment Bank', 'AIIB']],
  [['Asian Development Bank', 'ADB']],
  [['African Development Bank', 'AfDB']],
  [['Inter-American Development Bank', 'IDB']],
  [['New Development Bank', 'NDB']],
  [['International Finance Corporation', 'IFC']],
  [['Financial Action Task Force', 'FATF']],
  [['International Criminal Court', 'ICC']],
  [['International Court of Justice', 'ICJ', 'World Court']],
  [['Interpol']],
  [['International Committee of the Red Cross', 'ICRC', 'Red Cross']],
  [['Médecins Sans Frontières', 'MSF', 'Doctors Without Borders']],
  [['Amnesty International']],
  [['Human Rights Watch', 'HRW']],
  [['Norwegian Refugee Council', 'NRC']],
  [['International Crisis Group', 'Crisis Group']],
  [['World Economic Forum', 'WEF']],
  [['Commonwealth']],
  [['Organisation of Islamic Cooperation', 'OIC']],
  [['Bank for International Settlements', 'BIS']],
  [['Paris Club']],
  [['Hamas']], [['Hezbollah']], [['Taliban']], [['Houthis', 'Houthi'], 'Houthis'], [['al-Shabaab', 'Al-Shabaab', 'al-Shabab']],
  [['Islamic State', 'ISIS', 'ISIL', 'IS']], [['al-Qaeda', 'Al-Qaeda', 'al Qaeda']], [['Boko Haram']],
  [['Wagner Group', 'Wagner']], [['M23']], [['Rapid Support Forces', 'RSF']], [['Hayat Tahrir al-Sham', 'HTS']],
  [['Kurdistan Workers\u2019 Party', 'PKK']],
  [['United States Department of Defense', 'Pentagon', 'U.S. Department of Defense', 'US Department of Defense', 'Defense Department']],
  [['United States Department of State', 'State Department', 'U.S. State Department', 'US State Department']],
  [['United States Department of the Treasury', 'Treasury Department', 'U.S. Treasury', 'US Treasury']],
  [['United States Department of Commerce', 'Commerce Department', 'U.S. Department of Commerce', 'US Department of Commerce', 'U.S. Commerce Department', 'US Commerce Department']],
  [['Office of the United States Trade Representative', 'USTR']],
  [['United States Congress', 'Congress', 'U.S. Congress', 'US Congress']],
  [['United States Senate', 'Senate', 'U.S. Senate', 'US Senate']],
  [['United States House of Representatives', 'House of Representatives']],
  [['Federal Reserve', 'Fed']],
  [['Central Intelligence Agency', 'CIA']],
  [['Federal Bureau of Investigation', 'FBI']],
  [['United States Agency for International Development', 'USAID']],
  [['White House']], [['Kremlin']],
  [['Storting', 'Stortinget']], [['Riksdag']], [['Folketing', 'Folketinget']], [['Eduskunta']], [['Althing', 'Alþingi']], [['Sejm']],
  [['Verkhovna Rada']], [['Saeima']], [['Seimas']], [['Riigikogu']], [['Oireachtas']], [['Dáil Éireann', 'Dáil']],
  [['Bundestag']], [['State Duma', 'Duma']], [['Knesset']], [['Lok Sabha']], [['Rajya Sabha']], [['National People\u2019s Congress', "National People's Congress", 'NPC']],
  [['Chinese Communist Party', 'Communist Party of China', 'CCP', 'CPC']],
  [['People\u2019s Liberation Army', "People's Liberation Army", 'PLA']],
  [['Reserve Bank of India', 'RBI']], [['State Bank of Pakistan']], [['Bank of England']], [['Bank of Japan', 'BOJ', 'BoJ']],
  [["People's Bank of China", 'People\u2019s Bank of China', 'PBOC', 'PBoC']],
  [['Chatham House']], [['Brookings Institution', 'Brookings']], [['Carnegie Endowment for International Peace', 'Carnegie Endowment']],
  [['Center for Strategic and International Studies', 'CSIS']], [['International Institute for Strategic Studies', 'IISS']],
  [['Stockholm International Peace Research Institute', 'SIPRI']], [['Council on Foreign Relations', 'CFR']],
  [['RAND Corporation', 'RAND']], [['Lowy Institute']], [['Observer Research Foundation', 'ORF']],
  [['Institute for Security Studies', 'ISS']], [['Peterson Institute for International Economics', 'PIIE']],
  [['Reuters']], [['Bloomberg']], [['Associated Press', 'AP']], [['Agence France-Presse', 'AFP']], [['Xinhua']], [['BBC']], [['Al Jazeera']],
  [['Petrobras']], [['Gazprom']], [['Rosneft']], [['Saudi Aramco', 'Aramco']], [['Huawei']], [['ZTE']], [['TSMC', 'Taiwan Semiconductor Manufacturing Company']],
  [['Samsung']], [['Boeing']], [['Airbus']], [['Lockheed Martin']], [['Raytheon']], [['BAE Systems']], [['Rheinmetall']], [['Siemens']],
  [['Tesla']], [['Apple']], [['Google']], [['Microsoft']], [['Meta']], [['Nvidia']], [['TikTok']], [['ByteDance']], [['Shell']], [['BP']],
  [['TotalEnergies']], [['ExxonMobil', 'Exxon']], [['Chevron']], [['Glencore']], [['Rio Tinto']], [['BHP']], [['Vale']], [['Maersk']],
  [['Toyota']], [['Hyundai']], [['Sinopec']], [['Adani Group', 'Adani']], [['Tata Group', 'Tata']], [['Reliance Industries', 'Reliance']],
  [['Harvard University', 'Harvard']], [['Oxford University', 'University of Oxford']], [['Cambridge University', 'University of Cambridge']],
  [['Tsinghua University']], [['Peking University']], [['Sciences Po']], [['London School of Economics', 'LSE']],
  // Regional bodies, agencies and ratings firms that articles often name by acronym alone.
  [['Central Bank of West African States', 'BCEAO']], [['West African Economic and Monetary Union', 'UEMOA', 'WAEMU']],
  [['Bank of Central African States', 'BEAC']], [['Economic and Monetary Community of Central Africa', 'CEMAC']],
  [['Ministry of Commerce (China)', 'MOFCOM', 'Mofcom']], [['National Development and Reform Commission', 'NDRC']],
  [['Ministry of Economy, Trade and Industry', 'METI']], [['Japan International Cooperation Agency', 'JICA']],
  [['United Kingdom Maritime Trade Operations', 'UKMTO']], [['Organization of American States', 'OAS']],
  [['Caribbean Community', 'CARICOM', 'Caricom']], [['Community of Latin American and Caribbean States', 'CELAC']],
  [['Pacific Islands Forum', 'PIF']], [['Eurasian Economic Union', 'EAEU']], [['Collective Security Treaty Organization', 'CSTO']],
  [['Commonwealth of Independent States', 'CIS']], [['South Asian Association for Regional Cooperation', 'SAARC']],
  [['United Nations Conference on Trade and Development', 'UNCTAD']], [['United Nations Environment Programme', 'UNEP']],
  [['United Nations Framework Convention on Climate Change', 'UNFCCC']], [['United Nations Relief and Works Agency for Palestine Refugees in the Near East', 'UNRWA']],
  [['Office for the Coordination of Humanitarian Affairs', 'OCHA']],
  // United Nations peace operations, often named by acronym alone.
  [['United Nations Mission in South Sudan', 'UNMISS']], [['United Nations Interim Force in Lebanon', 'UNIFIL']],
  [['United Nations Organization Stabilization Mission in the Democratic Republic of the Congo', 'MONUSCO']],
  [['United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic', 'MINUSCA']],
  [['United Nations Interim Security Force for Abyei', 'UNISFA']], [['United Nations Peacekeeping Force in Cyprus', 'UNFICYP']],
  [['United Nations Disengagement Observer Force', 'UNDOF']], [['United Nations Assistance Mission in Afghanistan', 'UNAMA']],
  [['African Union Transition Mission in Somalia', 'ATMIS']], [['African Union Support and Stabilization Mission in Somalia', 'AUSSOM']],
  [['ASEAN Plus Three']], [['International Organization for Migration', 'IOM']],
  [['International Maritime Organization', 'IMO']], [['International Civil Aviation Organization', 'ICAO']],
  [['Office of Foreign Assets Control', 'OFAC']], [['United States International Development Finance Corporation', 'DFC']],
  [['China Development Bank', 'CDB']], [['Export-Import Bank of China', 'China Exim Bank']], [['Japan Bank for International Cooperation', 'JBIC']],
  [['Agence Française de Développement', 'AFD']], [['Foreign, Commonwealth and Development Office', 'FCDO']],
  [['Islamic Revolutionary Guard Corps', 'IRGC']], [['African Export-Import Bank', 'Afreximbank']], [['African Union Commission', 'AU Commission']],
  [['S&P Global Ratings', 'S&P', 'Standard & Poor\'s']], [["Moody's", 'Moody’s', "Moody's Investors Service"], "Moody's"], [['Fitch Ratings', 'Fitch']],
  [['China National Petroleum Corporation', 'CNPC']], [['China National Offshore Oil Corporation', 'CNOOC']],
  [["Lloyd's of London", 'Lloyd’s of London']], [["Lloyd's Register", 'Lloyd’s Register']],
  // State broadcasters and national news agencies, often named by acronym alone.
  [['Radio Television of Serbia', 'RTS']], [['Agence Djiboutienne d\'Information', 'ADI']], [['Agenzia Nazionale Stampa Associata', 'ANSA']],
  [['Deutsche Presse-Agentur', 'dpa', 'DPA']], [['Anadolu Agency', 'Anadolu']], [['Yonhap News Agency', 'Yonhap']], [['Kyodo News', 'Kyodo']],
  [['Islamic Republic News Agency', 'IRNA']], [['Saudi Press Agency', 'SPA']], [['Emirates News Agency', 'WAM']], [['Press Trust of India', 'PTI']],
  [['Ethiopian News Agency', 'ENA']], [['Kenya News Agency', 'KNA']], [['Agencia EFE', 'EFE']], [['Agência Brasil']], [['Télam']],
  [['Norsk rikskringkasting', 'NRK']], [['Sveriges Television', 'SVT']], [['Yleisradio', 'Yle']],
  [['Radiotelevisione italiana', 'RAI']], [['Radio Televizija Crne Gore', 'RTCG']], [['Hrvatska radiotelevizija', 'HRT']],
  [['Nippon Hoso Kyokai', 'NHK']], [['Korean Central News Agency', 'KCNA']], [['China Central Television']],  // Companies, humanitarian and rights groups, armed groups, think tanks and media often named without a cue word.
  [['Ecopetrol']], [['Petróleos Mexicanos', 'Pemex']], [['Petróleos de Venezuela', 'PDVSA']], [['YPF']], [['Codelco']],
  [['Albemarle']], [['Ganfeng Lithium']], [['Tianqi Lithium']],
  [['BYD']], [['Cargill']], [['Bunge']], [['Louis Dreyfus Company']], [['COFCO']],
  [['Wilmar International', 'Wilmar']], [['Olam']], [['Trafigura']], [['Vitol']], [['Gunvor']], [['Equinor']], [['Eni']], [['Repsol']],
  [['Petronas']], [['Pertamina']], [['QatarEnergy']], [['Abu Dhabi National Oil Company', 'ADNOC']], [['Sonatrach']],
  [['Nigerian National Petroleum Company', 'NNPC']], [['Novatek']], [['Lukoil']], [['PetroChina']], [['Oil and Natural Gas Corporation', 'ONGC']],
  [['Rosatom']], [['Kazatomprom']], [['Orano']], [['Freeport-McMoRan']], [['Anglo American']], [['Barrick Gold', 'Barrick']], [['Newmont']],
  [['Zijin Mining']], [['Eramet']], [['Gécamines']], [['Vedanta']], [['Coal India']], [['Saudi Basic Industries Corporation', 'SABIC']],
  [['Ma\'aden']], [['Northrop Grumman']], [['General Dynamics']], [['Thales']], [['Saab']], [['Hanwha Aerospace']], [['Embraer']],
  [['Dassault Aviation']], [['Naval Group']], [['Baykar']], [['Elbit Systems']], [['Rostec']], [['Hapag-Lloyd']], [['CMA CGM']],
  [['COSCO Shipping', 'COSCO']], [['DP World']], [['Alibaba']], [['Tencent']], [['Foxconn']], [['ASML']],
  [['Semiconductor Manufacturing International Corporation', 'SMIC']], [['Ericsson']], [['Nokia']], [['Infineon']], [['Starlink']], [['SpaceX']],
  [['Oxfam']], [['International Federation of Red Cross and Red Crescent Societies', 'IFRC']], [['Save the Children']],
  [['International Rescue Committee']], [['Mercy Corps']], [['BRAC']], [['Transparency International']], [['Greenpeace']], [['Global Witness']],
  [['Armed Conflict Location & Event Data Project', 'ACLED', 'Acled']], [['Islamic Relief']], [['Ansar Allah']],
  [['Tehrik-i-Taliban Pakistan', 'TTP']], [['Jama\'at Nusrat al-Islam wal-Muslimin', 'JNIM']], [['Mara Salvatrucha', 'MS-13']], [['Barrio 18']],
  [['Revolutionary Armed Forces of Colombia', 'FARC']], [['National Liberation Army (Colombia)', 'ELN']], [['Sinaloa Cartel']],
  [['Jalisco New Generation Cartel', 'CJNG']], [['Arakan Army']], [['Kachin Independence Army']], [['Baloch Liberation Army']],
  [['Allied Democratic Forces']], [['Atlantic Council']], [['Heritage Foundation']], [['Bruegel']],
  [['Kiel Institute for the World Economy', 'Kiel Institute']], [['Institute of International Finance', 'IIF']], [['Wilson Center']],
  [['Centre for Policy Dialogue', 'CPD']], [['Financial Times']], [['Wall Street Journal']], [['New York Times']], [['Le Monde']],
  [['TASS', 'Tass']], [['RIA Novosti']], [['Interfax']],
];

/** Cities standing for an organisation when they act (guideline 11). */
export const SEAT_ORGS: Readonly<Record<string, string>> = { Brussels: 'European Union' };

/** Capitals missing from or spelled differently in the country data. */
export const EXTRA_CAPITALS: Readonly<Record<string, string>> = {
  Washington: 'United States', 'New Delhi': 'India', Delhi: 'India', Jerusalem: 'Israel', Pretoria: 'South Africa', Abidjan: "Côte d'Ivoire", 'La Paz': 'Bolivia',
};

/** Extra country names: [name, canonical]. */
export const EXTRA_COUNTRY_NAMES: readonly (readonly [string, string])[] = [
  ['U.S.', 'United States'], ['U.S.A.', 'United States'], ['America', 'United States'], ['United States of America', 'United States'],
  ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['Turkey', 'Türkiye'],
  ['Burma', 'Myanmar'], ['Holland', 'Netherlands'], ['Czech Republic', 'Czechia'],
  ['Congo-Kinshasa', 'Democratic Republic of the Congo'], ['Swaziland', 'Eswatini'], ['East Timor', 'Timor-Leste'],
  ['Macedonia', 'North Macedonia'], ['Cape Verde', 'Cabo Verde'], ['Vatican', 'Vatican City'], ['Holy See', 'Vatican City'],
  ['Gaza Strip', ''], ['West Bank', ''],
];

/** Extra demonyms: [word, canonical country]. */
export const EXTRA_DEMONYMS: readonly (readonly [string, string])[] = [
  ['Briton', 'United Kingdom'], ['Britons', 'United Kingdom'], ['U.S.', 'United States'], ['Emirati', 'United Arab Emirates'],
  ['Emiratis', 'United Arab Emirates'], ['Saudi', 'Saudi Arabia'], ['Saudis', 'Saudi Arabia'], ['Filipino', 'Philippines'], ['Filipinos', 'Philippines'],
  ['Turkish', 'Türkiye'], ['Korean', 'South Korea'], ['Philippine', 'Philippines'], ['Koreans', 'South Korea'], ['Turks', 'Türkiye'], ['Dutch', 'Netherlands'], ['Congolese', 'Democratic Republic of the Congo'],
  ['Ivorian', "Côte d'Ivoire"], ['Ivorians', "Côte d'Ivoire"], ['Czech', 'Czechia'], ['Czechs', 'Czechia'], ['Kiwi', 'New Zealand'],
  ['Israeli', 'Israel'], ['Israelis', 'Israel'], ['Pakistani', 'Pakistan'], ['Pakistanis', 'Pakistan'], ['Iraqi', 'Iraq'], ['Iraqis', 'Iraq'],
  ['Kuwaiti', 'Kuwait'], ['Qatari', 'Qatar'], ['Qataris', 'Qatar'], ['Omani', 'Oman'], ['Yemeni', 'Yemen'], ['Yemenis', 'Yemen'],
  ['Bangladeshi', 'Bangladesh'], ['Bangladeshis', 'Bangladesh'], ['Somali', 'Somalia'], ['Somalis', 'Somalia'], ['Thai', 'Thailand'],
  ['Swiss', 'Switzerland'], ['French', 'France'], ['Chinese', 'China'], ['Japanese', 'Japan'], ['Vietnamese', 'Vietnam'], ['Lebanese', 'Lebanon'],
  ['Sudanese', 'Sudan'], ['Senegalese', 'Senegal'], ['Portuguese', 'Portugal'], ['Taiwanese', 'Taiwan'], ['Burmese', 'Myanmar'],
  ['Tajik', 'Tajikistan'], ['Tajikistani', 'Tajikistan'], ['Kyrgyz', 'Kyrgyzstan'], ['Kyrgyzstani', 'Kyrgyzstan'], ['Uzbek', 'Uzbekistan'],
  ['Kazakh', 'Kazakhstan'], ['Azeri', 'Azerbaijan'], ['Kosovan', 'Kosovo'], ['Djiboutian', 'Djibouti'], ['Serb', 'Serbia'], ['Croat', 'Croatia'],
  ['Slovenian', 'Slovenia'], ['Dane', 'Denmark'], ['Swede', 'Sweden'], ['Finn', 'Finland'], ['Poles', 'Poland'], ['Maldivian', 'Maldives'],
  ['Nepali', 'Nepal'], ['Nepalis', 'Nepal'], ['Spaniard', 'Spain'], ['Icelandic', 'Iceland'], ['Ecuadorian', 'Ecuador'], ['Argentinian', 'Argentina'],
  ['Surinamese', 'Suriname'], ['Luxembourgish', 'Luxembourg'], ['Vanuatuan', 'Vanuatu'], ['Motswana', 'Botswana'], ['Basotho', 'Lesotho'],
];

/** Words that open a party name in Spanish, Portuguese or French ("Fuerza Popular", "Juntos por el Perú"). */
export const PARTY_LEADS = new Set(['Fuerza', 'Partido', 'Juntos', 'Frente', 'Alianza', 'Movimiento', 'Unidad', 'Renovación', 'Acción', 'Avanza',
  'Parti', 'Rassemblement', 'Mouvement', 'Partidul', 'Coalición', 'Concertación', 'Somos', 'Podemos',
  // Company-form prefixes ("PT Vale Indonesia", "PJSC Gazprom Neft").
  'PT', 'PJSC', 'JSC', 'OJSC', 'OAO']);
/** Lower-case words inside a Romance-language party name. */
export const PARTY_CONNECTORS = new Set(['por', 'el', 'la', 'los', 'las', 'de', 'del', 'para', 'y', 'e', 'do', 'da', 'dos', 'das', 'du', 'des', 'pour', 'le', 'et', 'en']);

/** Lower-case title words may also be written in lower case ("foreign minister"). */
export const TITLE_PATTERN = String.raw`(?:(?:former|deputy|vice|rear|air|fleet|government|top|lead|acting|interim|senior|chief|special|junior|first|second|lieutenant|lt\.?|maj\.?|brig\.?|grand|supreme|crown|opposition|army|navy|military|party|cabinet|central\s+bank|economy|economic|foreign|defen[cs]e|finance|trade|interior|home|health|energy|justice|environment|agriculture|oil|petroleum|commerce|industry|education|labou?r|transport|mining|information|climate|development|planning|security|treasury|state|prime|investment|minerals?|resources|natural|tourism|fisheries|water|housing|culture|science|technology|digital|infrastructure|public|works|maritime|aviation|lands?|electricity|power|revenue|customs|immigration|veterans|industry|communications|telecommunications|disaster|management|relief|rehabilitation|food|emergency|welfare|railways|shipping|irrigation|livestock|textiles)(?:\s+and)?[\s-]+)*` +
  String.raw`(?:minister(?:\s+(?:of|for)\s+(?:state\s+for\s+)?\p{Lu}\p{L}+(?:\s+(?:and\s+)?\p{Lu}\p{L}+)*)?|secretary(?:-general|\s+general|\s+of\s+state|\s+of\s+defen[cs]e|\s+of\s+the\s+treasury)?|president(?:-elect)?|chancellor|premier|king|queen|prince|princess|sheikh|emir|sultan|general|gen\.|admiral|adm\.|colonel|col\.|major|captain|capt\.|commander(?:-in-chief)?|lieutenant|sergeant|sgt\.|field\s+marshal|marshal|brigadier|ambassador|envoy|senator|sen\.|representative|rep\.|congress(?:wo)?man|governor|gov\.|mayor|speaker|chair(?:man|woman|person)?|ceo|chief\s+executive|director(?:-general|\s+general)?|commissioner|high\s+representative|high\s+commissioner|judge|justice|dr\.?|mr\.?|mrs\.?|ms\.?|professor|prof\.|pope|cardinal|archbishop|bishop|imam|ayatollah|leader|chief(?:\s+of\s+staff)?|spokes(?:man|woman|person)|attorney\s+general|head\s+of\s+state|economist|analyst|researcher|lawyer|diplomat|activist|editor|journalist|historian|scholar|negotiator|executive|founder|adviser|advisor|lawmaker|legislator|mp|envoy)`;

/** Words after which a number is an identifier, not a figure (guideline 19). */
export const IDENTIFIER_WORDS = new Set(['article', 'articles', 'section', 'sections', 'page', 'pages', 'paragraph', 'clause', 'chapter', 'resolution',
  'item', 'rule', 'no.', 'no', 'number', 'flight', 'route', 'highway', 'annex', 'amendment', 'phase', 'level', 'category', 'tier', 'gate', 'pillar', 'point', 'version', 'line', 'table', 'figure']);

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12, 'a hundred': 100,
  'one hundred': 100, 'a thousand': 1000, 'a million': 1e6, 'a billion': 1e9, single: 1, a: 1, an: 1,
};

export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
  tn: 1e12, trn: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12,
};

/** Currency symbols and prefixes before the number. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD', 'U.S.$': 'USD', $: 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'HK$': 'HKD', 'S$': 'SGD', 'NZ$': 'NZD',
  'R$': 'BRL', 'NT$': 'TWD', 'Mex$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₱': 'PHP', '₴': 'UAH', '₪': 'ILS', '৳': 'BDT', Rs: 'INR', 'Rs.': 'INR', Rp: 'IDR', RM: 'MYR', R: 'ZAR', KSh: 'KES', Ksh: 'KES', Sh: 'KES', 'E£': 'EGP',
  'RMB': 'CNY', 'Dh': 'AED', 'Dhs': 'AED', SR: 'SAR', QR: 'QAR',
  Tk: 'BDT', 'Tk.': 'BDT', Bs: 'BOB', 'Bs.': 'BOB', Nu: 'BTN', 'S/': 'PEN', 'S/.': 'PEN', SDR: 'XDR', SDRs: 'XDR',
};

/** Currency words after the number: word → [default ISO code]. A demonym before it picks the country's own currency. */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rupee: 'INR', rupees: 'INR', riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', dirham: 'AED', dirhams: 'AED',
  naira: 'NGN', rand: 'ZAR', shilling: 'KES', shillings: 'KES', peso: 'MXN', pesos: 'MXN', won: 'KRW', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', lira: 'TRY', liras: 'TRY', real: 'BRL', reais: 'BRL', franc: 'CHF', francs: 'CHF', krone: 'NOK', kroner: 'NOK',
  krona: 'SEK', kronor: 'SEK', taka: 'BDT', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', zloty: 'PLN', zlotys: 'PLN',
  hryvnia: 'UAH', hryvnias: 'UAH', tenge: 'KZT', dinar: 'IQD', dinars: 'IQD', birr: 'ETB', cedi: 'GHS', cedis: 'GHS', kwacha: 'ZMW',
  shekel: 'ILS', shekels: 'ILS', manat: 'AZN', lari: 'GEL', dram: 'AMD', kyat: 'MMK', afghani: 'AFN', afghanis: 'AFN', forint: 'HUF',
  koruna: 'CZK', leu: 'RON', lei: 'RON', lev: 'BGN', som: 'KGS', sum: 'UZS', "so'm": 'UZS', 'so‘m': 'UZS', 'soʻm': 'UZS', sol: 'PEN', soles: 'PEN', pula: 'BWP', kwanza: 'AOA', metical: 'MZN', leone: 'SLE',
  drams: 'AMD', manats: 'AZN', laris: 'GEL', kyats: 'MMK', forints: 'HUF', korunas: 'CZK', levs: 'BGN', boliviano: 'BOB', bolivianos: 'BOB',
  quetzal: 'GTQ', quetzales: 'GTQ', guaraní: 'PYG', guaranís: 'PYG', guaranies: 'PYG', lempira: 'HNL', lempiras: 'HNL', colones: 'CRC',
  córdobas: 'NIO', cordobas: 'NIO', bolívares: 'VES', bolivars: 'VES', somoni: 'TJS', tugrik: 'MNT', tugriks: 'MNT', ngultrum: 'BTN',
  rufiyaa: 'MVR', ariary: 'MGA', dalasi: 'GMD', kina: 'PGK', vatu: 'VUV', denars: 'MKD', nakfa: 'ERN', tenges: 'KZT', sums: 'UZS',
};

/** Special currency phrases with a region word before the currency word. */
export const CURRENCY_PHRASES: Readonly<Record<string, string>> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'hong kong dollars': 'HKD', 'cfa francs': 'XOF', 'cfa franc': 'XOF', 'swiss francs': 'CHF', 'danish kroner': 'DKK',
  'euro': 'EUR', 'saudi riyals': 'SAR', 'uae dirhams': 'AED', 'emirati dirhams': 'AED', 'british pounds': 'GBP', 'egyptian pounds': 'EGP',
};

/** Quantity units: written form (lower case) → normalised unit and a multiplier. */
export const QUANTITY_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  'barrels per day': ['barrels per day', 1], 'barrels a day': ['barrels per day', 1], bpd: ['barrels per day', 1], 'b/d': ['barrels per day', 1],
  barrels: ['barrels', 1], tonnes: ['tonnes', 1], tonne: ['tonnes', 1], tons: ['tonnes', 1], ton: ['tonnes', 1], 'metric tons': ['tonnes', 1],
  'metric tonnes': ['tonnes', 1], mtpa: ['tonnes per annum', 1e6], kg: ['kg', 1], kilograms: ['kg', 1], kilogrammes: ['kg', 1],
  km: ['km', 1], kilometres: ['km', 1], kilometers: ['km', 1], 'square kilometres': ['square km', 1], 'square kilometers': ['square km', 1],
  'sq km': ['square km', 1], miles: ['miles', 1], hectares: ['hectares', 1], acres: ['acres', 1], 'cubic metres': ['cubic metres', 1],
  'cubic meters': ['cubic metres', 1], 'cubic metres per second': ['cubic metres per second', 1], 'cubic meters per second': ['cubic metres per second', 1], bcm: ['cubic metres', 1e9], megawatts: ['MW', 1], mw: ['MW', 1], gigawatts: ['GW', 1], gw: ['GW', 1],
  litres: ['litres', 1], liters: ['litres', 1], gallons: ['gallons', 1], metres: ['metres', 1], meters: ['metres', 1], 'basis points': ['basis points', 1],
  'nautical miles': ['nautical miles', 1], ounces: ['ounces', 1], centimetres: ['cm', 1], centimeters: ['cm', 1], cm: ['cm', 1],
  millimetres: ['mm', 1], millimeters: ['mm', 1], mm: ['mm', 1], inches: ['inches', 1], feet: ['feet', 1], kilowatts: ['kW', 1], kw: ['kW', 1],
  'terawatt hours': ['TWh', 1], twh: ['TWh', 1], 'gigawatt hours': ['GWh', 1], gwh: ['GWh', 1], 'million tonnes': ['tonnes', 1e6], foot: ['feet', 1], metre: ['metres', 1], meter: ['metres', 1], mile: ['miles', 1],
  carats: ['carats', 1], mwh: ['MWh', 1], kwh: ['kWh', 1], mmbtu: ['mmBtu', 1],
  kilometre: ['km', 1], kilometer: ['km', 1], kilogram: ['kg', 1], barrel: ['barrels', 1], hectare: ['hectares', 1], megawatt: ['MW', 1], gigawatt: ['GW', 1],
};

export const PER_UNITS = new Set(['barrel', 'tonne', 'ton', 'kg', 'share', 'litre', 'liter', 'gallon', 'ounce', 'mwh', 'kwh', 'unit', 'bushel', 'head', 'person', 'rai', 'acre', 'hectare', 'kilo', 'kilogram', 'metre', 'meter', 'quintal', 'sack', 'bag', 'bale', 'mmbtu', 'gram', 'carat', 'pound', 'lb']);


/** Org head nouns: a capitalised sequence ending in one (or "Head of …") is an organisation. */
export const ORG_HEADS = new Set(['Banco', 'Banque', 'Banca', 'Caixa', 'Caisse', 'Cassa', 'Crédit', 'Instituto', 'Institut', 'Ministerio', 'Ministère', 'Ministério', 'Agencia', 'Agência',
  'Comisión', 'Consejo', 'Fondo', 'Superintendencia', 'Secretaría', 'Fundación', 'Centro', 'Universidad', 'Universidade', 'Université', 'Grupo', 'Empresa', 'Empresas', 'Corporación', 'Compañía', 'Companhia', 'Industrias', 'Petróleos', 'Cementos', 'Prensa', 'Diario', 'Sociedad', 'Cooperativa', 'Ministry', 'Ministries', 'Department', 'Agency', 'Office', 'Bureau', 'Commission', 'Council', 'Court', 'Tribunal',
  'Bank', 'Fund', 'Institute', 'Institution', 'Authority', 'Committee', 'Service', 'Services', 'Party', 'Front', 'Movement', 'Army', 'Navy', 'Forces',
  'Guard', 'Association', 'Federation', 'Corporation', 'Corp', 'Company', 'Co', 'Inc', 'Ltd', 'Group', 'Holdings', 'University', 'College',
  'Centre', 'Center', 'Survey', 'Barometer', 'Monitor', 'Corps', 'Foundation', 'Organisation', 'Organization', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Cabinet', 'Secretariat',
  'Directorate', 'Inspectorate', 'Treasury', 'Police', 'Airways', 'Airlines', 'Petroleum', 'Embassy', 'Motors', 'Industries', 'Alliance', 'Coalition',
  'Union', 'Chamber', 'Forum', 'Management', 'Partners', 'Capital', 'Investments', 'Board', 'Network', 'Trust', 'Society', 'Brigade', 'Brigades', 'Militia', 'Cartel', 'Exchange', 'Observatory',
  'Operations', 'Intelligence', 'Ratings', 'Logistics', 'Tankers', 'Securities', 'Systems', 'Technologies', 'Pharmaceuticals', 'Railways', 'Jury', 'Solution', 'Solutions', 'Industry', 'Force']);

/** Heads of opaque names (laws, treaties, events, programmes, places): nothing inside is marked. */
export const OPAQUE_HEADS = new Set(['Act', 'Acts', 'Agreement', 'Treaty', 'Accord', 'Accords', 'Convention', 'Protocol', 'Resolution', 'Initiative',
  'Programme', 'Program', 'Plan', 'Summit', 'Conference', 'Index', 'Strategy', 'Charter', 'Declaration', 'Framework', 'Corridor', 'Pact',
  'Deal', 'Doctrine', 'Process', 'Dialogue', 'Games', 'Cup', 'War', 'Crisis', 'Sea', 'Ocean', 'River', 'Lake', 'Mountains', 'Cape', 'Strait',
  'Straits', 'Canal', 'Peninsula', 'Desert', 'Basin', 'Delta', 'Valley', 'Island', 'Islands', 'Province', 'Region', 'Square', 'Street',
  'Bridge', 'Airport', 'Port', 'Dam', 'Pipeline', 'Field', 'Stadium', 'Highway', 'Railway', 'Bill', 'Law', 'Code', 'Compact', 'Roadmap',
  'Mission', 'Operation', 'Zone', 'Coast', 'Bay', 'Gulf', 'County', 'District', 'Park', 'Hills', 'Plateau', 'Prize', 'Award', 'Report',
  'Rule', 'Directive', 'Regulation', 'Mechanism', 'Facility', 'Talks', 'Round', 'Talks', 'Memorandum', 'Communique', 'Statement', 'Review', 'Week']);

/** Heads of landmark and geographic names that take "of" ("Great Wall of China", "Bay of Bengal"): the whole name is opaque. */
export const LANDMARK_HEADS = new Set(['Wall', 'Canal', 'Strait', 'Straits', 'Sea', 'Gulf', 'Bay', 'Mountains', 'River', 'Desert', 'Peninsula', 'Islands',
  'Lake', 'Gate', 'Tower', 'Palace', 'Horn', 'Cape', 'Coast', 'Sound']);

export const GEO_LEADS = new Set(['Gulf', 'Strait', 'Straits', 'Bay', 'Sea', 'Lake', 'Mount', 'Cape', 'Isle', 'Horn', 'Port', 'Mouth', 'Gulf', 'Sahel']);

/** Capitalised words that are never part of a name (sentence starters and function words). */
export const FUNCTION_WORDS = new Set(('The A An In On At By For From Since Until To Of With Within Without During After Before Between Through ' +
  'Over Under About Around Nearly Almost Roughly Some Just Only More Less Up And But Or Nor Yet So This That These Those Its Their His Her ' +
  'Our Last Next Each Every All Both As If When While Where Because Although Though Another Earlier Later Early Late Also Still Even Then Now ' +
  'Here There It We They He She I You Asked Meanwhile However Despite Amid Among Against Under Why What How Who Which Such Many Most Much ' +
  'Several Few No Not Under Like Unlike Once Instead Further Finally Already ' +
  'Yesterday Today Tomorrow Tonight Separately Elsewhere Overall Following According Speaking Writing Despite Given Per Via Toward Towards ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December').split(' '));

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };

/** Currency words shared by several countries: the article's most-mentioned matching country decides. */
export const AMBIGUOUS_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  peso: ['MXN', 'ARS', 'CLP', 'COP', 'PHP', 'UYU', 'DOP', 'CUP'], rupee: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  shilling: ['KES', 'UGX', 'TZS', 'SOS'], dinar: ['IQD', 'KWD', 'JOD', 'BHD', 'LYD', 'TND', 'RSD', 'DZD', 'MKD'],
  riyal: ['SAR', 'QAR', 'OMR', 'YER'], rial: ['IRR', 'OMR', 'YER', 'QAR'], franc: ['CHF', 'XOF', 'XAF', 'CDF', 'GNF', 'RWF', 'BIF', 'DJF', 'KMF', 'MGA'],
  krone: ['NOK', 'DKK'], kroner: ['NOK', 'DKK'], krona: ['SEK', 'ISK'], kronor: ['SEK', 'ISK'], pound: ['GBP', 'EGP', 'LBP', 'SYP', 'SDG', 'SSP'],
  dollar: ['USD'], won: ['KRW', 'KPW'], real: ['BRL'], rand: ['ZAR'], lira: ['TRY'], som: ['KGS', 'UZS'], 'cfa franc': ['XOF', 'XAF'], sr: ['SAR', 'SCR'],
};

/** All-caps words that are not organisations. */
export const NON_ORG_ACRONYMS = new Set(('GDP GNP GNI CEO CFO CTO COO AI LNG LPG EV EVs GW MW KW TWh GWh US UK COVID HIV AIDS TV PM AM OK IT ID NGO NGOs ' +
  'VAT FDI IPO ETF CPI PMI SUV GPS DNA UAV UAVs CO2 FY MP MPs MEP MEPs PR HQ FAQ PDF URL USB UTC GMT BST EST PST CET AD BC BCE CE ASAP NB PS ' +
  'II III IV VI VII VIII IX XI XII XIV XV XX XXI SMS CCTV LGBT LGBTQ SME SMEs ICBM ICBMs SAM IED IEDs MRI ICU ER OTC API APIs VPN IoT ESG COP ' +
  'BPD MTPA BCM KM KG CM MM SEZ SEZs RMB USD EUR GBP JPY CNY INR TBD N/A CIF FOB LC ROI YoY QoQ MoM BN MN CFA ' +
  // Credit ratings ("downgraded to BB").
  'AAA AA BBB BB CCC CC SD RD').split(' '));

/** Common Chinese, Korean and Vietnamese family names: written first, so a later one-word mention is the first word. */
export const FAMILY_FIRST_SURNAMES = new Set(('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han ' +
  'Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang ' +
  'Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Qian Yin Xi Kim Lee Park Choi Jung Cho Yoon ' +
  'Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Son Bae Baek Nam Noh Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly').split(' '));
