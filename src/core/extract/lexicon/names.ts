// Person-name word lists: function words, family-first surnames, surname particles and the words around a name.

/** Capitalised words that are never part of a name (sentence starters and function words). */
export const FUNCTION_WORDS = new Set(('The A An In On At By For From Since Until To Of With Within Without During After Before Between Through ' +
  'Over Under About Around Nearly Almost Roughly Some Just Only More Less Up And But Or Nor Yet So This That These Those Its Their His Her ' +
  'Our Last Next Each Every All Both As If When While Where Because Although Though Another Earlier Later Early Late Also Still Even Then Now ' +
  'Here There It We They He She I You Asked Meanwhile However Despite Amid Among Against Under Why What How Who Which Such Many Most Much ' +
  'Several Few No Not Under Like Unlike Once Instead Further Finally Already ' +
  'Inside Outside Near Across Throughout Beyond ' +
  'Yesterday Today Tomorrow Tonight Separately Elsewhere Overall Following According Speaking Writing Despite Given Per Via Toward Towards ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December').split(' '));

/** Common Chinese, Korean and Vietnamese family names: written first, so a later one-word mention is the first word. */
export const FAMILY_FIRST_SURNAMES = new Set(('Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han ' +
  'Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang ' +
  'Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Qian Yin Xi Kim Lee Park Choi Jung Cho Yoon ' +
  'Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Son Bae Baek Nam Noh Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Ly').split(' '));

/** Lower-case words after a name and a hyphen that make a compound adjective, not a given name ("Merz-led"). */
export const HYPHEN_SUFFIXES = new Set(['led', 'backed', 'based', 'era', 'style', 'like', 'linked', 'owned', 'run', 'born', 'made', 'aligned', 'allied', 'funded', 'type', 'class', 'listed', 'registered', 'flagged', 'bound']);

/** The Romance particles of names ("Électricité de France", "Petróleos de Venezuela"), which an acronym may spell. */
export const ROMANCE_PARTICLES = new Set(['de', 'des', 'du', 'del', 'della', 'da', 'das', 'do', 'dos', 'di']);

/**
 * Lower-case particles inside a surname ("van der Berg", "de la Cruz", "della Rovere", "bin Salman"): the core of the
 * particle lists below and of the name patterns that read particles (actors/plainNames.ts).
 */
export const SURNAME_PARTICLE_WORDS: readonly string[] = ['de', 'del', 'della', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'da', 'do', 'dos',
  'das', 'du', 'di', 'bin', 'ibn', 'ben'];

/** Particles after a name and before its surname (actors/nameParts.ts: " de la Torre", " von der Leyen"): the core and "abu". */
export const PARTICLES_BEFORE_SURNAME: readonly string[] = [...SURNAME_PARTICLE_WORDS, 'abu'];

/** The particles a list of names reads between a given name and a surname (actors/personList.ts): the core but "della", "ter", "do", "das" and "ben". */
export const LIST_NAME_PARTICLES: readonly string[] = SURNAME_PARTICLE_WORDS.filter((p) => !['della', 'ter', 'do', 'das', 'ben'].includes(p));

/** Particles inside or opening a surname ("Al Neyadi", "van der Berg", "de la Cruz", "della Rovere"). */
export const PARTICLES = new Set([...PARTICLES_BEFORE_SURNAME, 'al', 'el']);

/** Linking particles of South Asian and Persian compound names ("Faruk-e-Azam", "Zia-ul-Haq", "Anwar-ul-Haq"). */
export const HYPHEN_PARTICLES = new Set(['e', 'ul', 'ud', 'ur', 'us', 'un', 'uz', 'al', 'el', 'i', 'o']);

/** Generational suffixes that end a person's name with a full stop ("Ferdinand Marcos Sr.", "Martin Luther King Jr."). */
export const GENERATIONAL_SUFFIXES = new Set(['Jr', 'Sr']);

/**
 * Regnal and generational numerals after a name ("Mohammed VI", "Charles III", "John Smith IV"). The one-letter I, V and X
 * are left out: they are as often a pronoun, a letter or a label.
 */
export const NAME_NUMERALS = new Set(['II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII']);

/**
 * Common given names that carry a generational numeral ("Daniel Okoro III", "John Smith IV"): only a name opened by
 * one is a person by its numeral alone ("Grand Inga III", "Bretton Woods II" are projects and systems).
 */
export const NUMERAL_GIVEN_NAMES = new Set(['John', 'James', 'William', 'Henry', 'Charles', 'George', 'Thomas', 'Robert', 'Richard', 'Joseph',
  'Edward', 'David', 'Daniel', 'Michael', 'Peter', 'Paul', 'Mark', 'Stephen', 'Samuel', 'Benjamin', 'Frederick', 'Louis', 'Francis', 'Albert',
  'Arthur', 'Alexander', 'Andrew', 'Anthony', 'Christopher', 'Harold', 'Howard', 'Hugh', 'Jack', 'Joe', 'Kenneth', 'Lawrence', 'Nelson',
  'Philip', 'Ralph', 'Raymond', 'Roger', 'Ronald', 'Theodore', 'Walter', 'Ernest', 'Douglas', 'Donald', 'Harry', 'Frank', 'Fred', 'Carl',
  'Martin', 'Luis', 'Juan', 'José', 'Carlos', 'Antonio', 'Manuel', 'Pedro', 'Francisco', 'Fernando', 'Eduardo', 'Jorge', 'Ricardo', 'Roberto',
  'Tomas', 'Tomás', 'Miguel', 'Ferdinand', 'Emmanuel', 'Moses', 'Isaac', 'Abraham', 'Ahmed', 'Mohammed', 'Muhammad', 'Ali', 'Hassan',
  'Omar', 'Ibrahim', 'Yusuf', 'Kwame', 'Kofi', 'Olusegun', 'Oluwaseun', 'Chinedu', 'Nnamdi', 'Uhuru', 'Jomo', 'Sipho', 'Thabo', 'Mary',
  'Elizabeth', 'Anne', 'Margaret', 'Catherine', 'Victoria', 'Maria', 'Sarah', 'Jane', 'Grace', 'Lucy', 'Alice', 'Ruth', 'Helen']);

/** Titles of monarchs and popes (lower case) after which a numeral completes even a one-word name ("King Mohammed VI", "Pope Leo XIV"). */
export const REGNAL_TITLES = new Set(['king', 'queen', 'pope', 'emperor', 'empress', 'sultan', 'emir', 'prince', 'princess', 'tsar', 'shah']);

/** Plural nouns of people that a capitalised head word can modify ("Council diplomats", "Commission officials"). */
export const PEOPLE_AFTER = new Set(['diplomats', 'officials', 'sources', 'staff', 'staffers', 'aides', 'envoys', 'insiders', 'negotiators', 'lawyers', 'spokespeople']);

/**
 * Surnames of United States presidents since 1933: "the <Surname> administration" is the United States unless the
 * article ties that person to another country (the default before a bare "President X" takes the article's state).
 */
export const US_PRESIDENT_SURNAMES = new Set(['Roosevelt', 'Truman', 'Eisenhower', 'Kennedy', 'Johnson', 'Nixon', 'Ford', 'Carter', 'Reagan', 'Bush', 'Clinton', 'Obama', 'Trump', 'Biden']);

/**
 * Nouns of people that a name takes in the possessive ("National People's Power", "Irish Farmers' Association"): the
 * possessive is inside the name. A surname in the possessive ("Reyes' Liberal Party") owns the name after it instead.
 */
export const NAME_POSSESSORS = new Set(['People', 'Women', 'Children', 'Youth', 'Men', ...('Peoples Workers Farmers Growers Fishers Fishermen ' +
  'Peasants Citizens Patriots Veterans Toilers Teachers Employers Traders Miners Producers Exporters Importers Manufacturers Journalists Students ' +
  'Nurses Doctors Physicians Lawyers Pensioners Consumers Taxpayers Shareholders Investors Owners Shipowners Landowners Seafarers Dockers Drivers ' +
  'Truckers Pilots Engineers Officers Soldiers Mothers Retailers Bankers Insurers Brokers Planters Ranchers Breeders Builders Merchants Residents').split(' ')]);

/** Given names written abbreviated with a full stop (Bangladeshi and Malaysian usage: "Md. Shahidul Alam"). */
export const ABBREVIATED_GIVEN_NAMES = new Set(['Md', 'Mohd', 'Muhd', 'Mohamad', 'Mhd']);
