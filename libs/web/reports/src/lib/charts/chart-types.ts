import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { AidType } from '@worker-aid/shared/domain';

/** The options of the report charts: bars with grid, tooltip and legend (the modules registered). */
export type ReportChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** The words of the charts in the interface language, and the language for numbers and months. */
export interface ChartLabels {
  language: string;
  typeNames: Readonly<Record<AidType, string>>;
  amount: string;
  persons: string;
  personTimes: string;
  /** After a count of persons / person-times: `人` / `人次`. */
  personsUnit: string;
  personTimesUnit: string;
  total: string;
  /** `{{name}}`'s own cases, for the report unit's own line. */
  ownUnit: (name: string) => string;
}

/** Text safe to put into a tooltip's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `2017年3月` / `Mar 2017` for a `YYYY-MM` key. */
export function monthLabel(month: string, language: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

/** A grouped number, `12,345`. */
export function count(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'zh-CN' ? 'zh-CN' : 'en').format(value);
}

/** The tooltip of a bar chart: one for the whole category under the pointer, written by `describe`. */
export function categoryTooltip(describe: (index: number) => string): TooltipComponentOption {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    confine: true,
    formatter: (params) => {
      const first = Array.isArray(params) ? params[0] : params;
      return first ? describe(first.dataIndex) : '';
    },
  };
}
