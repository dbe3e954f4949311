import { formatCount } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatShare } from './chart-format';
import { baseOptions, legendOptions, tooltipStyle } from './chart-options';
import { CATEGORY_ORDER, type ChartLook } from './chart-theme';
import type { CsvTable } from './csv';
import type { ShareSlice } from './share-slices';

export type ShareChartType = 'doughnut' | 'pie';
export type ShareConfiguration<T extends ShareChartType> = ChartConfiguration<T, number[], string>;

/** Slice colours in palette order; "Other" is always neutral grey so it never looks like a category. */
export function sliceColors(slices: readonly ShareSlice[], look: ChartLook): string[] {
  return slices.map((slice, index) =>
    slice.key === null
      ? look.palette.neutral
      : look.palette[CATEGORY_ORDER[index % CATEGORY_ORDER.length] ?? 'neutral'],
  );
}

/** A doughnut or pie of generations per slice, with the exact count and share in the tooltip. */
export function shareChartConfiguration<T extends ShareChartType>(
  type: T,
  slices: readonly ShareSlice[],
  look: ChartLook,
): ShareConfiguration<T> {
  const colors = sliceColors(slices, look);
  const configuration: ShareConfiguration<'doughnut'> = {
    type: 'doughnut',
    data: {
      labels: slices.map((s) => s.label),
      datasets: [
        {
          label: 'Generations',
          data: slices.map((s) => s.generations),
          backgroundColor: colors,
          borderColor: look.palette.surface,
          borderWidth: 2,
          hoverOffset: 6,
        },
      ],
    },
    options: {
      ...baseOptions(look),
      cutout: type === 'pie' ? 0 : '58%',
      plugins: {
        legend: { ...legendOptions(look), position: 'right' },
        tooltip: {
          ...tooltipStyle(look),
          callbacks: {
            label: (item: TooltipItem<'doughnut'>) => {
              const slice = slices[item.dataIndex];
              return slice === undefined
                ? ''
                : `${slice.label}: ${formatCount(slice.generations)} generations (${formatShare(slice.share)})`;
            },
          },
        },
      },
    },
  };
  // A pie is a doughnut without a hole: same controller options, so only the type differs.
  return { ...configuration, type } as unknown as ShareConfiguration<T>;
}

/** Why a share chart has nothing to draw, or `null` when it has; `what` takes its article: `an IDE`, `a model`. */
export function shareEmptyReason(rows: readonly unknown[], slices: readonly ShareSlice[], what: string): string | null {
  if (rows.length === 0) return 'No data in this period';
  return slices.length > 0 ? null : `No generations attributed to ${what} in this period`;
}

/** One CSV row per slice, exactly as drawn. */
export function shareCsv(dimension: string, slices: readonly ShareSlice[]): CsvTable {
  return {
    header: [dimension, 'Key', 'Generations', 'Acceptances', 'Share of generations'],
    rows: slices.map((s) => [s.label, s.key, s.generations, s.acceptances, s.share]),
  };
}

/** "VS Code has the largest share: 56.1% of 1,234 generations across 3 IDEs." */
export function shareSummary(noun: string, slices: readonly ShareSlice[]): string {
  const first = slices[0];
  if (first === undefined) return `No generations attributed to a ${noun} in this period.`;
  const total = slices.reduce((sum, s) => sum + s.generations, 0);
  const parts = slices.map((s) => `${s.label} ${formatShare(s.share)}`);
  return `Share of ${formatCount(total)} generations by ${noun}: ${parts.join(', ')}.`;
}
