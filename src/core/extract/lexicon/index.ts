// Curated word lists of the extractor, one home per family. Country data comes from data/countries.json.
export * from './companies';
export * from './connectors';
export * from './currencies';
export * from './function';
export * from './hopes';
export * from './institutions';
export * from './names';
export * from './numbers';
export * from './organisations';
export * from './places';
export * from './time';
export * from './titles';
export * from './headlines';
export * from './verbs';
