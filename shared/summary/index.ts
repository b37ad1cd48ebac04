export {
  presalesSummary,
  type PresalesSummary,
  type OpenQuestion,
  type Opening,
  type ServerCount,
  type ComponentToInstall,
} from './presales';
