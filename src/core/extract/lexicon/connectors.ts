// Lower-case connector words inside names (organisations, parties) and skipped when spelling an acronym.

/** English connectors inside a name ("Bank of England", "Ministry for Trade and Industry"): the core of CONNECTORS and INITIAL_SKIP. */
const ENGLISH_CONNECTORS: readonly string[] = ['of', 'for', 'and', 'the', 'on'];

/** Romance-language connectors inside a name ("Banco de la Nación", "Partido por la Democracia"): the core of CONNECTORS and PARTY_CONNECTORS. */
const ROMANCE_CONNECTORS: readonly string[] = ['por', 'el', 'la', 'los', 'las', 'de', 'del', 'para', 'y', 'e', 'do', 'da', 'dos', 'das', 'du', 'des', 'pour', 'et'];

/** Lower-case words inside a Romance-language party name. */
export const PARTY_CONNECTORS = new Set([...ROMANCE_CONNECTORS, 'le', 'en']);

/** Lower-case words (and "&") inside an organisation's name, which the organisation run reads through. */
export const CONNECTORS = new Set([...ENGLISH_CONNECTORS, ...ROMANCE_CONNECTORS, 'al', 'di', 'les', '&', 'und']);

/** Words skipped when spelling a name's initials. */
export const INITIAL_SKIP = new Set([...ENGLISH_CONNECTORS, 'in', 'de', 'la', 'du', 'des', 'del', '&', 'und']);

/** Short connectors inside a city's name written in capitals ("PORT OF SPAIN", "RIO DE JANEIRO"), which no unknown-word test sees as part of an all-caps headline. */
export const CITY_CONNECTORS = new Set(['OF', 'DE', 'DA', 'DO', 'DU', 'LA', 'LE', 'EL', 'AL', 'DEL', 'LOS', 'LAS', 'ES', 'AS']);
