// Lower-case connector words inside names (organisations, parties) and skipped when spelling an acronym.

/** Lower-case words inside a Romance-language party name. */
export const PARTY_CONNECTORS = new Set(['por', 'el', 'la', 'los', 'las', 'de', 'del', 'para', 'y', 'e', 'do', 'da', 'dos', 'das', 'du', 'des', 'pour', 'le', 'et', 'en']);

export const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'des', 'la', 'al', 'y', '&', 'do', 'da', 'del', 'e', 'et', 'di', 'el', 'los', 'las', 'para', 'por', 'pour', 'les', 'dos', 'das', 'und']);

export const INITIAL_SKIP = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'la', 'du', 'des', 'del', '&', 'und']);

/** Short connectors inside a city's name written in capitals ("PORT OF SPAIN", "RIO DE JANEIRO"), which no unknown-word test sees as part of an all-caps headline. */
export const CITY_CONNECTORS = new Set(['OF', 'DE', 'DA', 'DO', 'DU', 'LA', 'LE', 'EL', 'AL', 'DEL', 'LOS', 'LAS', 'ES', 'AS']);
