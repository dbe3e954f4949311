import type { LegendItem } from 'chart.js';
import { ACCEPTANCE_BAND_LABELS, type AcceptanceBand, acceptanceBandColor } from './acceptance-band';
import type { ChartPalette } from './chart-theme';

/** Option pieces every chart shares, so axes, legends and tooltips look and behave the same across the overview. */

/** What a chart's options depend on besides its data. */
export interface ChartLook {
  palette: ChartPalette;
  reducedMotion: boolean;
}

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
