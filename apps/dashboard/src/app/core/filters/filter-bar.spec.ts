import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { seriousAxeViolations } from '../../../testing/axe';
import { nextTask } from '../../../testing/fixtures';
import { FilterBar, type FilterOptions } from './filter-bar';

const OPTIONS: FilterOptions = {
  teams: [{ value: 'team-1', label: 'Platform' }],
  developers: [
    { value: 'dev-1', label: 'octocat' },
    { value: 'dev-2', label: 'hubot' },
  ],
  ides: [{ value: 'vscode', label: 'VS Code' }],
  languages: [{ value: 'typescript', label: 'TypeScript' }],
  features: [{ value: 'code_completion', label: 'Code Completion' }],
  models: [{ value: 'gpt-4.1', label: 'GPT-4.1' }],
};

@Component({
  imports: [FilterBar],
  template: `<app-filter-bar [options]="options" [range]="{ from: '2026-10-05', to: '2026-11-01' }" />`,
})
class Host {
  protected readonly options = OPTIONS;
}

describe('FilterBar', () => {
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'overview', component: Host }])] });
    harness = await RouterTestingHarness.create(url);
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await nextTask();
    await harness.fixture.whenStable();
  }

  const url = (): string => decodeURIComponent(TestBed.inject(Router).url);
  const button = (root: HTMLElement, label: string): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`No button ${label}`);
    return found;
  };
  const choose = async (root: HTMLElement, name: string, value: string): Promise<void> => {
    const select = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (!select) throw new Error(`No select ${name}`);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  };

  it('shows the URL filter: the preset pressed and each select on its value', async () => {
    const root = await open('/overview?days=90&developer=dev-2&ide=vscode');
    expect(button(root, 'Last 90 days').getAttribute('aria-pressed')).toBe('true');
    expect(button(root, 'Last 28 days').getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector<HTMLSelectElement>('select[name="developerIds"]')?.value).toBe('dev-2');
    expect(root.querySelector<HTMLSelectElement>('select[name="ides"]')?.value).toBe('vscode');
    expect(root.querySelector<HTMLSelectElement>('select[name="sources"]')?.value).toBe('');
    expect(await seriousAxeViolations(root)).toEqual([]);
  });

  it('writes presets, choices and clearing into the URL', async () => {
    const root = await open('/overview');
    button(root, 'Last 7 days').click();
    await settle();
    expect(url()).toBe('/overview?days=7');

    await choose(root, 'sources', 'CLAUDE_CODE');
    await choose(root, 'teamIds', 'team-1');
    await choose(root, 'models', 'gpt-4.1');
    expect(url()).toBe('/overview?days=7&tool=CLAUDE_CODE&team=team-1&model=gpt-4.1');

    await choose(root, 'teamIds', '');
    expect(url()).toBe('/overview?days=7&tool=CLAUDE_CODE&model=gpt-4.1');

    button(root, 'Clear filters').click();
    await settle();
    expect(url()).toBe('/overview?days=7');

    button(root, 'Last 28 days').click();
    await settle();
    expect(url()).toBe('/overview');
  });

  it('applies a custom range, prefilled with the days shown, and refuses a reversed one', async () => {
    const root = await open('/overview');
    button(root, 'Custom').click();
    await settle();
    const from = root.querySelector<HTMLInputElement>('input[name="from"]');
    const to = root.querySelector<HTMLInputElement>('input[name="to"]');
    expect(from?.value).toBe('2026-10-05');
    expect(to?.value).toBe('2026-11-01');

    if (from) from.value = '2026-11-02';
    button(root, 'Apply dates').click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('must not be after');
    expect(url()).toBe('/overview');

    if (from) from.value = '2026-09-01';
    button(root, 'Apply dates').click();
    await settle();
    expect(url()).toBe('/overview?from=2026-09-01&to=2026-11-01');
    expect(button(root, 'Custom').getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps a selected value the options do not list, and shows several values as a count', async () => {
    const root = await open('/overview?language=rust&developer=dev-1&developer=dev-2');
    const language = root.querySelector<HTMLSelectElement>('select[name="languages"]');
    expect(language?.value).toBe('rust');
    const developer = root.querySelector<HTMLSelectElement>('select[name="developerIds"]');
    expect(developer?.selectedOptions[0]?.textContent?.trim()).toBe('2 selected');
  });
});
