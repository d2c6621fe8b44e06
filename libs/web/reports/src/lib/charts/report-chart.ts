import { ChangeDetectionStrategy, Component, input, output, ViewEncapsulation } from '@angular/core';
import type { ECharts } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { ReportChartOption } from './chart-types';

/**
 * One report chart (SVG). `categoryClick` tells which category of the first grid was clicked —
 * anywhere in its band, not only on a bar — so a unit can be opened by clicking its row.
 */
@Component({
  selector: 'wa-report-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: the print rules reach into the SVG that ECharts creates.
  encapsulation: ViewEncapsulation.None,
  host: { role: 'img', '[attr.aria-label]': 'label()', '[class.clickable]': 'clickable()' },
  template: `<div
    echarts
    class="chart"
    [options]="options()"
    [initOpts]="{ renderer: 'svg' }"
    [style.height.px]="height()"
    (chartInit)="init($event)"
  ></div>`,
  styles: `
    wa-report-chart {
      display: block;
    }
    wa-report-chart .chart {
      width: 100%;
    }
    wa-report-chart.clickable .chart {
      cursor: pointer;
    }
    /* On paper the chart scales to the sheet's width (the SVG has a viewBox, see init()). */
    @media print {
      wa-report-chart .chart {
        height: auto !important;
      }
      wa-report-chart .chart > div {
        position: static !important;
        width: 100% !important;
        height: auto !important;
      }
      wa-report-chart .chart svg {
        position: static !important;
        display: block;
        width: 100% !important;
        height: auto !important;
      }
    }
  `,
})
export class ReportChart {
  readonly options = input.required<ReportChartOption>();
  readonly height = input(320);
  readonly label = input('');
  /** The axis whose categories `categoryClick` reports; none: clicks are ignored. */
  readonly categoryAxis = input<'x' | 'y' | null>(null);
  readonly categoryClick = output<number>();

  protected clickable(): boolean {
    return this.categoryAxis() !== null;
  }

  protected init(chart: ECharts): void {
    // A viewBox on the SVG lets print CSS scale the chart to the paper, whatever the screen width.
    chart.on('finished', () => {
      const svg = chart.getDom().querySelector('svg');
      const width = svg?.getAttribute('width');
      const height = svg?.getAttribute('height');
      if (svg && width && height) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    });
    chart.getZr().on('click', (event) => {
      const axis = this.categoryAxis();
      const point = [event.offsetX, event.offsetY];
      if (!axis || !chart.containPixel({ gridIndex: 0 }, point)) return;
      const value: unknown = chart.convertFromPixel({ gridIndex: 0 }, point);
      if (!Array.isArray(value)) return;
      // A category axis maps its band to index ± 0.5.
      const index = Math.round(Number(value[axis === 'x' ? 0 : 1]));
      if (Number.isInteger(index) && index >= 0) this.categoryClick.emit(index);
    });
  }
}
