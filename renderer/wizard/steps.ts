import type { Component } from 'svelte';
import type { MessageKey } from '../lib/i18n.svelte';
import ClientsStep from '../steps/ClientsStep.svelte';
import ExportStep from '../steps/ExportStep.svelte';
import FeaturesStep from '../steps/FeaturesStep.svelte';
import PresalesStep from '../steps/PresalesStep.svelte';
import PrintersStep from '../steps/PrintersStep.svelte';
import ProbesStep from '../steps/ProbesStep.svelte';
import ProjectStep from '../steps/ProjectStep.svelte';
import ReviewStep from '../steps/ReviewStep.svelte';
import TopologyStep from '../steps/TopologyStep.svelte';

export interface Step {
  id: string;
  title: MessageKey;
  /** The plan fields the step edits: issues whose path starts with one of them belong to it. */
  fields: readonly string[];
  /** null: announced in the step list, built by a later issue. */
  view: Component | null;
}

/** The wizard, in order. Adding a step is one line here (and its view). */
export const STEPS = [
  {
    id: 'project',
    title: 'ui.steps.project',
    fields: ['', 'schemaVersion', 'project', 'change'],
    view: ProjectStep,
  },
  {
    id: 'topology',
    title: 'ui.steps.topology',
    fields: ['installation', 'nodes', 'managementServer', 'placement', 'loadBalancer'],
    view: TopologyStep,
  },
  { id: 'clients', title: 'ui.steps.clients', fields: ['clientGroups'], view: ClientsStep },
  {
    id: 'printers',
    title: 'ui.steps.printers',
    fields: ['printerNetworks', 'islandSites'],
    view: PrintersStep,
  },
  {
    id: 'features',
    title: 'ui.steps.features',
    fields: ['features', 'externalSystems', 'parameters', 'temporary'],
    view: FeaturesStep,
  },
  { id: 'review', title: 'ui.steps.review', fields: [], view: ReviewStep },
  { id: 'presales', title: 'ui.steps.presales', fields: [], view: PresalesStep },
  { id: 'probes', title: 'ui.steps.probes', fields: [], view: ProbesStep },
  { id: 'export', title: 'ui.steps.export', fields: [], view: ExportStep },
] as const satisfies readonly Step[];

export type StepId = (typeof STEPS)[number]['id'];

const rootOf = (path: string) => /^[^.[]*/.exec(path)![0];

/** The step that edits the field an issue names; unknown fields belong to the first step. */
export function stepOfPath(path: string): StepId {
  const root = rootOf(path);
  return STEPS.find((s) => (s.fields as readonly string[]).includes(root))?.id ?? STEPS[0].id;
}
