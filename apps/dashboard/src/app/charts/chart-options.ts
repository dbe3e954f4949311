import { formatCount } from '@devpulse/domain';
import type { LegendItem } from 'chart.js';
import { ACCEPTANCE_BAND_LABELS, type AcceptanceBand, acceptanceBandColor } from './acceptance-band';
import { formatCountTick, formatPercentTick } from './chart-format';
import type { ChartLook } from './chart-theme';

/** Option pieces every chart shares, so axes, legends and tooltips look and behave the same across the overview. */

export function baseOptions(look: ChartLook) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    // prefers-reduced-motion: draw the final state at once.
    animation: look.reducedMotion ? (false as const) : { duration: 400 },
    color: look.palette.textMuted,
  };
}

export function legendOptions(look: ChartLook, display = true) {
  return {
    display,
    position: 'bottom' as const,
    labels: { color: look.palette.textMuted, usePointStyle: true, boxWidth: 8, boxHeight: 8, padding: 16 },
  };
}

export function tooltipStyle(look: ChartLook) {
  return {
    backgroundColor: look.palette.text,
    titleColor: look.palette.surface,
    bodyColor: look.palette.surface,
    footerColor: look.palette.surface,
    padding: 10,
    boxPadding: 4,
    usePointStyle: true,
  };
}

/** Grid, border and tick colours of a cartesian axis. */
export function axisStyle(look: ChartLook) {
  return {
    grid: { color: look.palette.grid },
    border: { color: look.palette.grid },
    ticks: { color: look.palette.textMuted },
  };
}

/** An axis of labels (days, developers, buckets): no grid lines across the bars or points. */
export function categoryAxis(look: ChartLook) {
  return { ...axisStyle(look), grid: { display: false } };
}

/** A count axis from 0 with thousands separators; `wholeNumbers` for things counted in ones, such as developers. */
export function countAxis(look: ChartLook, { wholeNumbers = false } = {}) {
  return {
    ...axisStyle(look),
    beginAtZero: true,
    ticks: { color: look.palette.textMuted, ...(wholeNumbers ? { precision: 0 } : {}), callback: formatCountTick },
  };
}

/** A rate axis from 0%, not capped at 100% (`suggestedMax`): exports can count more acceptances than generations. */
export function rateAxis(look: ChartLook) {
  return {
    ...axisStyle(look),
    min: 0,
    suggestedMax: 1,
    ticks: { color: look.palette.textMuted, callback: formatPercentTick },
  };
}

/** A tooltip line naming the series and its exact count: `Generations: 1,234`. */
export function seriesCountLabel(item: { dataset: { label?: string }; parsed: { y: number | null } }): string {
  return `${item.dataset.label ?? ''}: ${formatCount(item.parsed.y ?? 0)}`;
}

/** An axis title in the muted text colour. */
export function axisTitle(look: ChartLook, text: string) {
  return { display: true, text, color: look.palette.textMuted };
}

/**
 * A legend that explains bar colours by acceptance band instead of listing datasets; clicking it does nothing,
 * since the bands are not datasets that could be hidden.
 */
export function acceptanceBandLegend(look: ChartLook, bands: readonly AcceptanceBand[]) {
  return {
    ...legendOptions(look),
    onClick: (): void => undefined,
    labels: {
      ...legendOptions(look).labels,
      generateLabels: (): LegendItem[] =>
        bands.map((band) => ({
          text: ACCEPTANCE_BAND_LABELS[band],
          fillStyle: acceptanceBandColor(band, look.palette),
          strokeStyle: acceptanceBandColor(band, look.palette),
          fontColor: look.palette.textMuted,
          lineWidth: 0,
          pointStyle: 'rectRounded' as const,
          hidden: false,
        })),
    },
  };
}
