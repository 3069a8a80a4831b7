// Small helpers shared by the core and the view layer.
export { firstIndex } from './bounds';
export { hashPiecesSteps, hashText } from './hash';
export { commonPrefix, commonSuffix } from './commonAffix';
export { moved, patchOwnSpans, patchSpanSteps, patchSpans, type SpanListPatch } from './spanList';
export { pacer, runSteps, type StepMeter, type Stepped } from './steps';
export { sortSteps } from './sortSteps';
export { applyTextEdit, checkEditFits, textEdit, type TextEdit } from './textEdit';
export { sameMoved } from './sameSpan';
export { jsonLine, jsonText } from './jsonSafe';
