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

/**
 * Registers only the chart.js parts the overview's charts draw with (line, bar, doughnut, pie, scatter) so the
 * rest of chart.js is tree-shaken out of the bundle. Never use withDefaultRegisterables().
 */
export function provideChartParts(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideCharts({
      registerables: [
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
      ],
    }),
  ]);
}
