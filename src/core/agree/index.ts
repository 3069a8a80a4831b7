// Agreement between two annotators (two sidecars of one article): scores and disagreements.
export { acceptedMentions } from './accepted';
export { addComparison, compareMentions, emptyComparison } from './compare';
export type { AgreeMeter, ArticleComparison, Disagreement, DisagreementKind, GroupCounts, MeaningCounts, Side } from './compare';
export { agreementReport, DISAGREEMENT_TITLES } from './report';
export type { AgreementReport, GroupScore, MeaningScore } from './report';
export { kappaOf, prf } from './scores';
export type { Kappa, LabelCounts, Prf } from './scores';
