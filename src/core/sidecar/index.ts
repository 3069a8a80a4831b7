// Public API of the sidecar layer: the only place in Policy Lens that uses `yaml`.
export * from './format';
export * from './fields';
export { parseSidecar, formatDiagnostic, lineStarts, positionAt, type ParsedSidecar, type Path } from './parse';
export { validate, type Report } from './validate';
export { applyPatch, applyPatchDetailed, patchRaw, isEmptyPatch, deepEqual, SidecarEditError, type SidecarPatch, type ItemUpdate, type Section, type PatchOutcome } from './edit';
export { writeSidecar, annotationToRaw, entityToRaw, sortAnnotations, DEFAULT_HEADER, type RawMap, type WriteOptions } from './writer';
export { mergeSidecars, mergeParsed, type MergeConflict, type MergeResult } from './merge';
export { mergeForGit, type GitMergeConflict, type GitMergeResult } from './gitMerge';
export { conflictProblems, type ConflictProblem } from './conflicts';
export { newAnnotationId, newEntityId, fnv1a } from './ids';
export { DEFAULT_SIDECAR_PATTERN, parseSidecarName, sidecarGlob, sidecarName, sidecarPatternProblem } from './naming';
