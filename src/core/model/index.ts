export { buildModel, applyDecisions, annotationMention, canPatchModel, isRejected, patchModel, patchModelSteps } from './articleModel';
export type { ArticleModel, ModelMention, MentionState, AnchoredAnnotation, AppliedMention, BuildOptions, MentionPatch } from './articleModel';
export { decide, emptySidecar, meaningOf } from './decide';
export type { DecisionContext, DecisionOp, DecisionOutcome, FigureCheck, Meaning } from './decide';
export {
  confirmMention, rejectMention, addAnnotation, correctMention, setFigureCheck, setNote, removeDecision,
  reattachAnnotation, renameEntity, mergeEntities, refreshAnchors,
} from './operations';
export type { EditContext, EditResult } from './operations';
