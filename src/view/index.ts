// The view layer: what the tree shows, which marks to draw, the status text. Pure TypeScript over
// core data (no vscode, fs or path), so it is unit-tested in plain Node; src/extension maps it
// onto the VS Code API.
export { entityKey, isUnverifiedFigure, isVisible, type ArticleView, type ViewMention } from './articleView';
export { mentionAt } from './hitTest';
export { changedRun, marksOnlyMoved, planMarks, styleOf, windowDrifted, type AppliedMarks, type MarkOptions, type MarkStyle, type MarkWindow, type MentionChange, type PlannedMarks, type TextSpan } from './marks';
export { unverifiedFigures, visibleCounts, type MentionCounts } from './counts';
export { statusText, type Localizer } from './statusText';
export { parseFigureAnswer } from './figureAnswer';
export { TYPE_ICON, mentionIcon } from './icons';
export {
  mentionOf, refOf, type EntityRef, type FigureTypeRef, type GroupId, type GroupRef, type MentionLink, type MentionRef, type NodeRef, type OrphanRef,
} from './refs';
export {
  GROUPS, buildTree, buildTreeSteps, chronoKey, findMentionNode, groupSpec,
  type ArticleTreeNode, type EntityNode, type FigureTypeNode, type GroupNode, type GroupSpec, type MentionNode, type OrphanNode,
} from './treeModel';
export { countMentions, mentionDescription } from './treeText';
export { plainNotice } from './notice';
export {
  REVIEW_GROUPS, REVIEW_GROUP_IDS, articleFolders, buildReviewTree, filterDescription, findReviewFigure, findingsAbout, findingsLocator, folderLabel, folderOf, inFolder,
  isFiltered, parseReviewFilter, reviewFigureContext, reviewFigureDescription, reviewFigureTooltip, reviewFigures, reviewGroupLabel, reviewGroupSpec,
  type ReviewArticle, type ReviewArticleNode, type ReviewFigure, type ReviewFigureNode, type ReviewFilter, type ReviewGroupId, type ReviewGroupNode,
  type ReviewGroupSpec, type ReviewNode,
} from './reviewTree';
export {
  DEFAULT_DIAGNOSTICS_MODE, DIAGNOSTICS_MODES, PROBLEM_SOURCE, diagnosticsMode, figureActions, figureOfFinding, findingAt, isFindingCode, problemSeverity,
  shownFindings, type DiagnosticsMode, type FigureAction, type ProblemSeverity,
} from './problems';
export { compareItems, compareMarks, takeOther, type CompareItem } from './compare';
export {
  DECISION_STATES, MENTION_KINDS, MENTION_TYPES, WORKSPACE_GROUP_IDS, actorDescription, buildWorkspaceTree, workspaceTreeSteps, decisionState, figureRowDescription,
  isWorkspaceFiltered, ledgerDescription, ledgerLabel, locatedDescription, locatedTooltip, parseWorkspaceFilter, workspaceFilterDescription,
  workspaceGroupLabel, type DecisionState, type WorkspaceArticle, type WorkspaceFilter, type WorkspaceGroupId, type WorkspaceNode, type WsActorArticleNode,
  type WsActorNode, type WsDateNode, type WsFigureNode, type WsGroupNode, type WsLedgerNode, type WsMentionNode,
} from './workspaceTree';
export { MAX_PAGED_LISTS, PAGE_ROWS, PageCounts, moreRowsText, pageOf, rowsShowing, type MoreRowsNode } from './pages';
