import axe from 'axe-core';

/**
 * Serious and critical axe-core violations inside `element`, as "rule: target" lines for readable failures.
 * jsdom does not lay out or paint, so colour contrast is checked in the browser, not here.
 */
export async function seriousAxeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}
