export { buildModel, applyDecisions, annotationMention, isRejected } from './articleModel';
export type { ArticleModel, ModelMention, MentionState, AnchoredAnnotation, AppliedMention, BuildOptions } from './articleModel';
export {
  confirmMention, rejectMention, addAnnotation, correctMention, setFigureCheck, setNote, removeDecision,
  reattachAnnotation, renameEntity, mergeEntities, setEntityFields, pruneEntities, refreshAnchors, setReferenceDate, reattach,
} from './operations';
export type { EditContext, EditResult, Meaning, FigureCheck } from './operations';
