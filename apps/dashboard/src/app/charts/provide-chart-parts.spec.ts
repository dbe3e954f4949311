import { CHART_PARTS } from './provide-chart-parts';
import { SHELL_CHART_PARTS } from './testing/render-chart';

describe('chart parts', () => {
  it('registers in specs exactly the parts the shell registers', () => {
    expect(SHELL_CHART_PARTS).toBe(CHART_PARTS);
  });
});
