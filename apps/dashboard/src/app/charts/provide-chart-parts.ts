import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PieController,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
} from 'chart.js';
import { provideCharts } from 'ng2-charts';

/** The chart.js parts the charts draw with (line, bar, doughnut, pie, scatter); specs register the same list. */
export const CHART_PARTS = [
  LineController,
  BarController,
  DoughnutController,
  PieController,
  ScatterController,
  LineElement,
  BarElement,
  ArcElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Filler,
  Legend,
  Tooltip,
  Title,
];

/**
 * Registers only `CHART_PARTS` so the rest of chart.js is tree-shaken out of the bundle. Never use
 * withDefaultRegisterables().
 */
export function provideChartParts(): EnvironmentProviders {
  return makeEnvironmentProviders([provideCharts({ registerables: CHART_PARTS })]);
}
