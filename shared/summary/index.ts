export {
  presalesSummary,
  type PresalesSummary,
  type Opening,
  type ServerCount,
  type ComponentToInstall,
} from './presales';
export { portsText } from './ports-text';
export {
  whatIfAddNodes,
  nextNodeNames,
  MAX_WHAT_IF_NODES,
  type NodesWhatIf,
} from './what-if-nodes';
export { evidenceSplit, type EvidenceSplit } from './evidence-split';
export {
  openQuestions,
  openQuestionsFigure,
  questionNumbers,
  type OpenQuestion,
  type OpenQuestions,
} from './open-questions';
