import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { ClientsStep } from './clients-step';
import { ExportStep } from './export-step';
import { FeaturesStep } from './features-step';
import { HomePage } from './home-page';
import { PrintersStep } from './printers-step';
import { ProjectStep } from './project-step';
import { ReviewStep } from './review-step';
import { TopologyStep } from './topology-step';
import { WizardPage } from './wizard-page';

/** The planner as a user sees it, screen by screen. */
export class PlannerApp {
  readonly home: HomePage;
  readonly wizard: WizardPage;
  readonly project: ProjectStep;
  readonly topology: TopologyStep;
  readonly clients: ClientsStep;
  readonly printers: PrintersStep;
  readonly features: FeaturesStep;
  readonly review: ReviewStep;
  readonly exportStep: ExportStep;

  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {
    this.home = new HomePage(page);
    this.wizard = new WizardPage(page);
    this.project = new ProjectStep(page);
    this.topology = new TopologyStep(page);
    this.clients = new ClientsStep(page);
    this.printers = new PrintersStep(page);
    this.features = new FeaturesStep(page);
    this.review = new ReviewStep(page);
    this.exportStep = new ExportStep(page);
  }

  /** A full-page screenshot kept in test-results/ as an artefact of the test. */
  async snapshot(name: string): Promise<void> {
    const path = this.testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path, fullPage: true });
    await this.testInfo.attach(name, { path, contentType: 'image/png' });
  }

  /** axe on the screen as it is now: no serious or critical violation. */
  async expectAccessible(screen: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const blocking = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    const report = blocking
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help}\n${v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
            .join('\n')}`,
      )
      .join('\n');
    expect(blocking, `axe on ${screen}:\n${report}`).toEqual([]);
  }

  /** Screenshot and axe: what every step of a journey gets. */
  async check(screen: string): Promise<void> {
    await this.snapshot(screen);
    await this.expectAccessible(screen);
  }
}
