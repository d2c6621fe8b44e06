import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { provideEchartsCore } from 'ngx-echarts';
import type { Provider } from '@angular/core';

// Only what the report charts use: bars, axes, tooltip, legend, and the SVG renderer (crisp on a
// wall screen and on paper). This file is reached from the lazy route only, so ECharts stays out of
// the initial bundle.
echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** The ECharts instance for `NgxEchartsDirective`, provided on the reports route. */
export function provideReportCharts(): Provider {
  return provideEchartsCore({ echarts });
}
