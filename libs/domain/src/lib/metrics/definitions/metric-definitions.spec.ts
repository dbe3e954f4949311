import { METRIC_IDS, metricDefinition, metricDefinitions } from './metric-definitions';

describe('metric definitions', () => {
  it('defines every metric once, in METRIC_IDS order', () => {
    const ids = metricDefinitions().map((definition) => definition.id);
    expect(ids).toEqual([...METRIC_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'totalGenerations',
        'acceptanceRate',
        'netLines',
        'activeUsers',
        'activeDays',
        'estimatedValue',
        'totalValue',
        'engagement',
        'byIde',
        'byLanguage',
        'byFeature',
        'byModel',
        'zeroAcceptanceDays',
      ]),
    );
  });

  it('gives every metric a label and a formula in words', () => {
    for (const definition of metricDefinitions()) {
      expect(definition.label.trim()).not.toBe('');
      expect(definition.formula.trim()).not.toBe('');
    }
  });

  it('says that IDE and model breakdowns are shares of attributed activity that do not add up to totals', () => {
    for (const id of ['byIde', 'byModel'] as const) {
      expect(metricDefinition(id).caveats.join(' ')).toMatch(
        /share of attributed activity.*do not add up to the totals/,
      );
    }
  });

  it('names the breakdowns language and model are read from', () => {
    expect(metricDefinition('byLanguage').formula).toContain('language × feature');
    expect(metricDefinition('byModel').formula).toContain('language × model');
  });

  it('states the rate gate with its number and that the rate is not capped', () => {
    const caveats = metricDefinition('acceptanceRate').caveats.join(' ');
    expect(caveats).toContain('at least 50 generations');
    expect(caveats).toContain('Not capped at 100%');
    expect(metricDefinition('byIde').caveats.join(' ')).toContain('at least 50 generations');
    expect(metricDefinition('byLanguage').caveats.join(' ')).toContain('at least 50 generations');
  });

  it('states the value rule with the default settings', () => {
    expect(metricDefinition('estimatedValue').formula).toContain('lines per hour (default 30)');
    expect(metricDefinition('estimatedValue').formula).toContain('rate per hour (default 90 USD)');
  });

  it('defines an active day the same way wherever it is used', () => {
    for (const id of ['activeUsers', 'activeDays', 'daysActive'] as const) {
      expect(metricDefinition(id).formula).toContain('at least one interaction or one generation');
    }
  });

  it('hands out copies, so a caller cannot change the shared definition', () => {
    metricDefinition('netLines').caveats.push('edited');
    expect(metricDefinition('netLines').caveats).not.toContain('edited');
  });
});
