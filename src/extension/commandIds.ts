/** Every command id in one place (package.json declares the public ones). */
export const enum CommandId {
  ToggleMarks = 'policyLens.toggleMarks',
  ToggleActors = 'policyLens.toggleActors',
  ToggleFigures = 'policyLens.toggleFigures',
  ToggleDates = 'policyLens.toggleDates',
  AnnotateActor = 'policyLens.annotateActor',
  AnnotateFigure = 'policyLens.annotateFigure',
  AnnotateDate = 'policyLens.annotateDate',
  ConfirmMention = 'policyLens.confirmMention',
  RejectMention = 'policyLens.rejectMention',
  ConfirmAllIdentical = 'policyLens.confirmAllIdentical',
  RejectAllIdentical = 'policyLens.rejectAllIdentical',
  EditSpan = 'policyLens.editSpan',
  EditMention = 'policyLens.editMention',
  AddNote = 'policyLens.addNote',
  SetFigureStatus = 'policyLens.setFigureStatus',
  VerifyFigure = 'policyLens.verifyFigure',
  DisputeFigure = 'policyLens.disputeFigure',
  RenameEntity = 'policyLens.renameEntity',
  ReattachOrphan = 'policyLens.reattachOrphan',
  CopyCitation = 'policyLens.copyCitation',
  ShowAllMentions = 'policyLens.showAllMentions',
  NextMention = 'policyLens.nextMention',
  PreviousMention = 'policyLens.previousMention',
  NextUnverifiedFigure = 'policyLens.nextUnverifiedFigure',
  PreviousUnverifiedFigure = 'policyLens.previousUnverifiedFigure',
  OpenSidecar = 'policyLens.openSidecar',
  Reextract = 'policyLens.reextract',
  UndoLastDecision = 'policyLens.undoLastDecision',
  ShowView = 'policyLens.showView',
  /** Internal: reveal and select a mention (tree clicks). */
  Reveal = '_policyLens.reveal',
}

/** What hover links and tree items pass to mention commands. */
export interface MentionRef {
  uri: string;
  start: number;
  end: number;
}
