// Public API of the entity registry: the file format, its parser, comment-preserving edits, and
// the compiled form the engine takes (ExtractOptions.registry).
export * from './format';
export { parseRegistry, formatRegistryDiagnostic, type ParsedRegistry } from './parse';
export { addEntityToRegistry, addNeverToRegistry, REGISTRY_HEADER, type RegistryEdit } from './edit';
export { CompiledRegistry, compileRegistry, normalizeName } from './compile';
export { applyRegistry, applyRegistryToParagraph, findRegistryNames, registryHits, type RegistryHit, type RegistryMemo } from './apply';
export { NamedPersons } from './namedPersons';
