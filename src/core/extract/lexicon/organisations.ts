// Organisation word lists: curated bodies, head nouns that end or open an organisation name, opaque heads (laws, treaties, places), party leads and company words.
import { COMPANY_SECTOR_HEADS, CORPORATE_FORM_ABBREVIATIONS, CORPORATE_FORM_CODES, CORPORATE_FORM_PREFIXES, CORPORATE_FORM_WORDS } from './companies';
import { FEATURE_HEADS, GEOGRAPHIC_HEADS, ROUTE_HEADS } from './places';
import { TITLE_ABBREVIATIONS } from './titles';

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
  // Mercosur is an abbreviation (Mercado Común del Sur): spelled out in English (guideline 13).
  [['Southern Common Market', 'Mercosur', 'Mercosul', 'MERCOSUR']],
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
  // Westminster-style chambers whose bare name several countries share: qualified by the article's state (institutions.ts).
  [['House of Commons']], [['House of Lords']], [['House of Councillors']], [['House of Assembly']],
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
  // Export credit agencies, named like a country's programme but acting as lenders ("a loan from UK Export Finance").
  [['UK Export Finance', 'UKEF']], [['Export Development Canada', 'EDC']], [['Export Finance Australia']], [['Export-Import Bank of the United States', 'US Exim', 'Ex-Im Bank']],
  [['Export-Import Bank of Korea', 'KEXIM', 'Korea Eximbank']], [['Export-Import Bank of India', 'India Exim Bank']], [['Korea Trade Insurance Corporation', 'K-Sure']],
  [['Nippon Export and Investment Insurance', 'NEXI']], [['China Export and Credit Insurance Corporation', 'Sinosure']], [['Bpifrance']], [['SACE']],
  [['Export and Investment Fund of Denmark', 'EIFO']], [['Finnvera']], [['Swedish Export Credit Agency', 'EKN']], [['Atradius']], [['Euler Hermes']],
  // Banks often quoted by name alone ("an analyst at Rabobank").
  [['Rabobank']], [['HSBC']], [['Standard Chartered']], [['BNP Paribas']], [['Société Générale', 'Societe Generale']], [['Barclays']], [['ING']],
  [['UBS']], [['Nomura']], [['Mizuho']], [['Citigroup', 'Citi']], [['JPMorgan Chase', 'JPMorgan', 'J.P. Morgan']], [['Goldman Sachs']], [['Morgan Stanley']],
  // National statistics agencies quoted by their acronym or own short name ("the statistics agency CAPMAS said").
  [['Central Agency for Public Mobilization and Statistics', 'CAPMAS']], [['National Institute of Statistics and Censuses', 'INDEC']],
  [['Brazilian Institute of Geography and Statistics', 'IBGE']], [['National Institute of Statistics and Informatics', 'INEI']],
  [['National Administrative Department of Statistics', 'DANE']], [['National Institute of Statistics and Geography', 'INEGI']],
  [['Kenya National Bureau of Statistics', 'KNBS']], [['Uganda Bureau of Statistics', 'UBOS']], [['Turkish Statistical Institute', 'TurkStat', 'Turkstat']],
  [['Rosstat']], [['Zimbabwe National Statistics Agency', 'ZIMSTAT', 'ZimStat']], [['Statistics South Africa', 'Stats SA']],
  [['National Institute of Statistics of Rwanda', 'NISR']], [['Italian National Institute of Statistics', 'Istat', 'ISTAT']],
  [['National Institute of Statistics and Economic Studies', 'INSEE']],
];

/** Cities standing for an organisation when they act (guideline 11). */
export const SEAT_ORGS: Readonly<Record<string, string>> = { Brussels: 'European Union' };

/**
 * Movements known by name that govern a country de facto: "the Taliban administration" is that country's government, one
 * state span (guideline 10), where "the Taliban" alone stays an organisation.
 */
export const GOVERNING_GROUPS: Readonly<Record<string, string>> = { Taliban: 'Afghanistan' };

/**
 * Native words for a legislature that head its name as "Parliament" does ("Milli Majlis", "Jatiya Sangsad", "State
 * Great Khural"); the chambers known by the word alone are also in ORGANIZATIONS. Being in ORG_HEADS they are no
 * words of a person's name (actors/words.ts), so words that are also given names or surnames are kept apart below.
 */
const LEGISLATURE_HEADS = ['Majlis', 'Mejlis', 'Majles', 'Khural', 'Hural', 'Sangsad', 'Sejm', 'Seimas', 'Saeima',
  'Knesset', 'Storting', 'Riksdag', 'Folketing', 'Althing', 'Bundestag', 'Bundesrat', 'Nationalrat', 'Landtag', 'Jirga', 'Kenesh', 'Mazhilis',
  'Sobranie', 'Sobranje', 'Skupština', 'Skupshtina', 'Sabor', 'Eduskunta', 'Riigikogu', 'Oireachtas', 'Senedd'];

/**
 * Legislature words that are also names of people ("Maria Cortes", "Ivan Rada", "Shura Petrova"): not in ORG_HEADS,
 * they head a name only after one of LEGISLATURE_LEADS ("Verkhovna Rada", "Rajya Sabha", "State Duma").
 */
export const LED_LEGISLATURE_HEADS = new Set(['Cortes', 'Rada', 'Shura', 'Sabha', 'Duma',
  // The Malay chambers: "Dewan Rakyat", "Dewan Negara", "Dewan Perwakilan Rakyat" ("Rakyat" alone is "people", as in "Bank Rakyat").
  'Rakyat', 'Negara', 'Daerah']);

/** Words that open a legislature's name before a word of LED_LEGISLATURE_HEADS. */
export const LEGISLATURE_LEADS = new Set(['Verkhovna', 'Lok', 'Rajya', 'Vidhan', 'Milli', 'Jatiya', 'Oliy', 'State', 'Federal', 'National',
  'Supreme', 'Great', 'Grand', 'Consultative', 'Dewan', 'Perwakilan']);

/** Romance-language heads that open an organisation name: "Banco Santander and Banco do Brasil" is two names. */
export const OPENING_HEADS = new Set(['Banco', 'Banque', 'Banca', 'Caixa', 'Caisse', 'Cassa', 'Crédit', 'Instituto', 'Institut', 'Ministerio', 'Ministère', 'Ministério', 'Agencia', 'Agência', 'Fondo',
  'Conseil', 'Conselho', 'Comité', 'Comissão', 'Agence', 'Autorité', 'Autoridad', 'Autoridade',
  'Grupo', 'Empresa', 'Empresas', 'Corporación', 'Compañía', 'Companhia', 'Industrias', 'Petróleos', 'Cementos', 'Prensa', 'Diario', 'Sociedad', 'Cooperativa']);

/**
 * Org head nouns: a capitalised sequence ending in one (or "Head of …") is an organisation. Every word here is also no
 * word of a person's name (actors/words.ts isNameWord): the legislature words, "Body", "Limited" and "Incorporated" too.
 */
export const ORG_HEADS = new Set([...LEGISLATURE_HEADS, ...OPENING_HEADS,
  'Comisión', 'Consejo', 'Superintendencia', 'Secretaría', 'Fundación', 'Centro', 'Universidad', 'Universidade', 'Université', 'Ministry', 'Ministries', 'Department', 'Agency', 'Office', 'Bureau', 'Commission', 'Council', 'Court', 'Tribunal',
  'Bank', 'Fund', 'Institute', 'Institution', 'Authority', 'Committee', 'Service', 'Services', 'Party', 'Front', 'Movement', 'Army', 'Navy', 'Forces',
  'Guard', 'Association', 'Federation', 'Confederation', 'Confederación', 'Confederação', 'Confédération', ...CORPORATE_FORM_WORDS, ...CORPORATE_FORM_ABBREVIATIONS, 'Berhad', ...CORPORATE_FORM_CODES, 'University', 'College',
  'Centre', 'Center', 'Survey', 'Barometer', 'Monitor', 'Corps', 'Foundation', 'Organisation', 'Organization', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Cabinet', 'Secretariat',
  'Directorate', 'Inspectorate', 'Treasury', 'Police', 'Airways', 'Embassy', 'Motors', 'Alliance', 'Coalition',
  'Union', 'Chamber', 'Forum', 'Management', 'Partners', 'Capital', 'Board', 'Network', 'Trust', 'Society', 'Brigade', 'Brigades', 'Militia', 'Cartel', 'Exchange', 'Observatory',
  'Academy', 'Operations', 'Operator', 'Intelligence', 'Ratings', 'Tankers', 'Systems', 'Railways', 'Jury', 'Solution', 'Solutions', 'Force', 'Community', 'Body',
  ...COMPANY_SECTOR_HEADS,
  // Agency heads of the Spanish- and Portuguese-speaking states in English ("Superintendency of Tax Administration").
  'Superintendency', 'Superintendence', 'Intendancy', 'Procuratorate', 'Procuracy',
  'Administration', 'Division']);

/**
 * Words of broadcasters and news services ("Tasnim News", "Press TV", "Radio Okapi"), which no person's name takes; not
 * organisation heads, as they follow generic words too ("Good News for Kenya", "State TV", "Local Radio Stations").
 */
export const MEDIA_WORDS = new Set(['News', 'Television', 'TV', 'Radio']);

/** Body nouns a rank word opens before an "of" portfolio: the organisation heads and the nouns of administrations. */
export const RANK_BODY_NOUNS = new Set([...ORG_HEADS, 'Administration', 'Command', 'Staff', 'Customs']);

/**
 * Domain words of government agencies named "<domain> <Country>" ("Statistics Norway", "Health Canada", "Services
 * Australia", "Enterprise Ireland", "Immigration, Refugees and Citizenship Canada"): before a country name they make one
 * organisation with it (rules/agencyName.ts).
 */
export const AGENCY_DOMAINS = new Set(['Statistics', 'Health', 'Global', 'Affairs', 'Services', 'Enterprise', 'Immigration', 'Refugees', 'Citizenship',
  'Transport', 'Parks', 'Employment', 'Social', 'Development', 'Fisheries', 'Oceans', 'Environment', 'Climate', 'Change', 'Public', 'Safety',
  'Innovation', 'Science', 'Economic', 'Infrastructure', 'Agriculture', 'Agri', 'Natural', 'Resources', 'Heritage', 'Tourism', 'Invest', 'Elections',
  'Destination', 'Veterans', 'Indigenous', 'Geoscience', 'Revenue', 'Housing', 'Skills', 'Standards', 'Sport', 'Business']);

/** Domain words that only modify another ("Global Affairs", "Public Safety"): an agency name never ends in one ("Global Britain" is a slogan). */
export const AGENCY_MODIFIERS = new Set(['Global', 'Social', 'Public', 'Economic', 'Natural', 'Indigenous', 'Agri', 'Destination']);

/**
 * Opaque heads that companies also end their names in ("Lobito Atlantic Railway", "Hanwha Ocean", "Abu Dhabi Ports"
 * aside): a cue noun before the name, a company's apposition or a reporting verb after it make the name a body.
 */
export const BODY_CAPABLE_HEADS = new Set([...ROUTE_HEADS, 'Ocean', 'Sea', 'Bay', 'Gulf', 'Port', 'Airport', 'Bridge']);

/** Heads of opaque names (laws, treaties, events, programmes, places, the routes of ROUTE_HEADS): nothing inside is marked. */
/** Heads of law names: opaque names (OPAQUE_HEADS), and before a year their titles' own (YEAR_TITLED_LAWS). */
const LAW_HEADS = ['Act', 'Acts', 'Bill', 'Law', 'Code', 'Regulation', 'Directive'];

/**
 * Capitalised heads of law names whose short title ends in its year ("Finance Act 2025", "Amendment Bill 2026"): the
 * year right after one is inside the name and no date (guidelines 3 and 27); "the Svalbard Treaty of 1920" is outside.
 */
export const YEAR_TITLED_LAWS = new Set([...LAW_HEADS, 'Bills', 'Ordinance', 'Decree', 'Regulations', 'Rules']);

export const OPAQUE_HEADS = new Set([...ROUTE_HEADS, ...LAW_HEADS, 'Agreement', 'Treaty', 'Accord', 'Accords', 'Convention', 'Protocol', 'Resolution', 'Initiative',
  'Programme', 'Program', 'Project', 'Plan', 'Summit', 'Conference', 'Index', 'Strategy', 'Charter', 'Declaration', 'Framework', 'Pact',
  'Deal', 'Doctrine', 'Process', 'Dialogue', 'Games', 'Cup', 'War', 'Crisis', ...GEOGRAPHIC_HEADS, 'Province', 'Region', 'Square', 'Street',
  'Bridge', 'Airport', 'Port', 'Dam', 'Field', 'Stadium', 'Compact', 'Roadmap',
  'Mission', 'Operation', 'Zone', 'County', 'District', 'Park', 'Prize', 'Award', 'Report',
  'Rule', 'Mechanism', 'Facility', 'Talks', 'Round', 'Memorandum', 'Communique', 'Statement', 'Review', 'Week']);

/**
 * Heads of undertakings and laws a run may end in past "and" ("Comprehensive Management and Restoration Project",
 * "Foreign Exchange and Foreign Trade Act"); not those of places ("Kenya Ports Authority and Lamu Port" are two names).
 */
export const UNDERTAKING_HEADS = new Set(['Project', 'Programme', 'Program', 'Plan', 'Initiative', 'Act', 'Law', 'Bill', 'Code', 'Treaty', 'Agreement',
  'Convention', 'Protocol', 'Accord', 'Charter', 'Declaration']);

/** Heads of contests and their stages, which an all-caps league or body names ("NBA Finals", "NFL Draft"). */
export const CONTEST_HEADS = new Set(['Final', 'Finals', 'Draft', 'Cup', 'League', 'Games', 'Open', 'Championship', 'Championships', 'Awards', 'Strike', 'Season']);

/** The members a legislative chamber is named after ("House of Representatives", "House of Peoples' Deputies"): plurals of titles that end the name. */
export const CHAMBER_MEMBERS = new Set(['Representatives', 'Deputies', 'Delegates', 'Councillors', 'Councilors', 'Senators', 'Commons', 'Lords', 'Peers', 'Elders', 'Nationalities']);

/** Words that open a chamber named after its members ("House of …"); unlike Chamber, not organisation heads on their own. */
export const CHAMBER_LEADS = new Set(['House', 'Houses']);

/**
 * Opaque heads that may end a body's remit after its head ("National Agency for Energy Regulation", "Centre for Policy
 * Dialogue", "International Council for the Exploration of the Sea"): four words of documents and the geographic features.
 */
export const REMIT_ENDS = new Set(['Regulation', 'Dialogue', 'Strategy', 'Review', ...FEATURE_HEADS]);

/** Opaque heads that name an organisation when an acronym is defined for the name ("… Support Mission (MSS)"). */
export const ACRONYM_ORG_HEADS = new Set(['Mission']);

/** Lower-case nouns of a party or an alliance of parties: the core of the named bodies, the demonym-led bodies and the party heads. */
const PARTY_BODY_NOUNS: readonly string[] = ['alliance', 'coalition', 'party', 'movement'];

/** Lower-case kinds of political body that follow their name ("the ruling Georgian Dream party", "the Libre alliance"). */
export const NAMED_BODIES = new Set([...PARTY_BODY_NOUNS, 'bloc', 'militia', 'faction']);

/** Bodies a state's demonym may open the name of ("the Georgian Dream party"); a militia or faction keeps it apart ("the Russian Wagner militia"). */
export const DEMONYM_LED_BODIES = new Set(PARTY_BODY_NOUNS);

/** Heads of political bodies a leader's possessive owns ("Lee's Democratic Party", "Muizzu's People's National Congress"). */
export const PARTY_HEADS = new Set([...PARTY_BODY_NOUNS.map((w) => w[0].toUpperCase() + w.slice(1)), 'Front', 'Congress', 'League']);

/**
 * Common English words party names are made of ("Georgian Dream", "Golden Dawn", "Civic Platform"): after a demonym
 * one of them opens the party's name, where a proper name is the party and the demonym its state ("the Hungarian
 * Fidesz party", "the Israeli Likud party").
 */
export const PARTY_NAME_WORDS = new Set(('Dream Dawn Future Hope Unity Democrats Choice Way Path Solidarity Renewal Action Freedom Justice ' +
  'Progress Reform Revival Labour Labor Greens Left Right Patriots Citizens Voice Strength Platform Democracy ' +
  'Liberals Socialists Conservatives Nationalists Independence Homeland Fatherland Rebirth Awakening Change Home ' +
  'Republicans People Spring Vision Forward Together Sovereignty Dignity Truth Light Order List').split(' '));

/** Words before a body's name that mark it as one ("the ruling …", "the far-right …", "the opposition …", "whose …"). */
export const BODY_NAME_CUES = new Set(['the', 'ruling', 'governing', 'opposition', 'right', 'left', 'centrist', 'nationalist', 'populist',
  'conservative', 'liberal', 'socialist', 'communist', 'islamist', 'separatist', 'rebel', 'armed', 'main', 'rival',
  // A possessor: "Milei, whose La Libertad Avanza party won", "his Libre party".
  'whose', 'his', 'her', 'their', 'its', 'our']);

/** Words that open a party name in Spanish, Portuguese or French ("Fuerza Popular", "Juntos por el Perú"). */
export const PARTY_LEADS = new Set(['Fuerza', 'Partido', 'Juntos', 'Frente', 'Alianza', 'Movimiento', 'Unidad', 'Renovación', 'Acción', 'Avanza',
  'Parti', 'Rassemblement', 'Mouvement', 'Partidul', 'Coalición', 'Concertación', 'Somos', 'Podemos',
  // Company-form prefixes ("PT Vale Indonesia", "PJSC Gazprom Neft").
  ...CORPORATE_FORM_PREFIXES]);

/** All-caps words that are not organisations. */
export const NON_ORG_ACRONYMS = new Set([...TITLE_ABBREVIATIONS, ...('GDP GNP GNI CEO CFO CTO COO AI LNG LPG EV EVs GW MW KW TWh GWh US UK COVID HIV AIDS TV PM AM OK IT ID NGO NGOs ' +
  'VAT FDI IPO ETF CPI PMI SUV GPS DNA UAV UAVs CO2 FY MP MPs MEP MEPs PR HQ FAQ PDF URL USB UTC GMT BST EST PST CET AD BC BCE CE ASAP NB PS ' +
  'II III IV VI VII VIII IX XI XII XIV XV XX XXI SMS CCTV LGBT LGBTQ SME SMEs ICBM ICBMs SAM IED IEDs MRI ICU ER OTC API APIs VPN IoT ESG COP ' +
  'BPD MTPA BCM KM KG CM MM SEZ SEZs RMB USD EUR GBP JPY CNY INR TBD N/A CIF FOB LC ROI YoY QoQ MoM BN MN CFA TEU TEUs FEU FEUs ' +
  // Credit ratings ("downgraded to BB").
  'AAA AA BBB BB CCC CC SD RD').split(' ')]);

/** Heads whose "of"/"for" names a portfolio that may be a list ("Ministry of Economy, Trade and Industry"). */
export const PORTFOLIO_HEADS = new Set(['Ministry', 'Department', 'Office', 'Secretariat', 'Agency', 'Commission', 'Committee']);

export const SINGLE_HEADS = new Set(['Parliament', 'Senate', 'Congress', 'Cabinet', 'Commission', 'Council', 'Assembly', 'Treasury', 'Politburo', 'Ministry']);

/**
 * Last words of an employer named before a research occupation ("Verité Research economist", "Capital Economics
 * analyst"): the organisation heads and the words research and advisory firms end in.
 */
export const EMPLOYER_HEADS = new Set([...ORG_HEADS, 'Research', 'Economics', 'Analytics',
  'Consulting', 'Consultants', 'Advisors', 'Advisers', 'Advisory', 'Associates', 'Insight', 'Insights', 'Strategies', 'Investors', 'Studies']);

export const ABBREV = new Set([...CORPORATE_FORM_ABBREVIATIONS, 'St', 'Dept', 'Int', 'Bros']);

export const ID_NAMES = new Set(['Article', 'Section', 'Resolution', 'Vision', 'Chapter', 'Agenda', 'Clause', 'Paragraph', 'Phase', 'Flight', 'Annex', 'Title',
  'Unit', 'Block', 'Route', 'Bus', 'Platform', 'Gate', 'Terminal', 'Pier', 'Berth', 'Reactor', 'Camp', 'Sector', 'Lot', 'Stage', 'Round', 'Tier', 'Category', 'Schedule', 'Protocol', 'Rule']);

/** Nouns after two names joined by a hyphen that make them a pair ("the ANC-DA coalition", "BJP-RSS ties"). */
export const PAIR_NOUNS = new Set(['coalition', 'alliance', 'split', 'talks', 'ties', 'link', 'links', 'pact', 'deal', 'summit', 'merger', 'rivalry', 'relations', 'border', 'axis', 'government', 'dialogue']);

/** Nouns of a written or filmed work whose title may be apposed to them ("The report, Growth Limited, was published"). */
export const WORK_NOUNS = new Set(['report', 'study', 'book', 'paper', 'essay', 'article', 'column', 'film', 'documentary', 'novel', 'memoir', 'album',
  'song', 'play', 'series', 'podcast', 'exhibition', 'survey']);
