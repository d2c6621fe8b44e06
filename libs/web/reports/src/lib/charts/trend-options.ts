import { formatFen } from '@worker-aid/shared/domain';
import { compactYuan, type Trend } from '../data/report-figures';
import { CASE_TYPE_COLORS, CHART_FONT, CHART_GRID, CHART_MUTED, CHART_TEXT } from './chart-palette';
import {
  categoryTooltip,
  count,
  escapeHtml,
  monthLabel,
  type ChartLabels,
  type ReportChartOption,
} from './chart-types';

/**
 * The monthly trend: amount paid per month, stacked by kind of aid; the tooltip lists each kind's
 * amount, persons and person-times, and the month's total amount.
 */
export function trendOptions(trend: Trend, labels: ChartLabels): ReportChartOption {
  const { language } = labels;
  const tooltip = (index: number): string => {
    const lines = trend.series.map((s) => {
      const dot = `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${CASE_TYPE_COLORS[s.type]}"></span>`;
      return (
        `<tr><td>${dot}${escapeHtml(labels.typeNames[s.type])}</td>` +
        `<td style="text-align:right;padding-left:16px;font-weight:600">${formatFen(s.amounts[index])}</td>` +
        `<td style="text-align:right;padding-left:12px;color:${CHART_MUTED}">${count(s.persons[index], language)} ${escapeHtml(labels.personsUnit)}</td>` +
        `<td style="text-align:right;padding-left:12px;color:${CHART_MUTED}">${count(s.personTimes[index], language)} ${escapeHtml(labels.personTimesUnit)}</td></tr>`
      );
    });
    const total = trend.series.reduce((sum, s) => sum + s.amounts[index], 0);
    return (
      `<div style="font-weight:600;margin-bottom:6px">${escapeHtml(monthLabel(trend.months[index], language))}</div>` +
      `<table style="border-collapse:collapse;font-size:12px;line-height:1.7">${lines.join('')}` +
      `<tr><td style="border-top:1px solid ${CHART_GRID};padding-top:2px">${escapeHtml(labels.total)}</td>` +
      `<td style="border-top:1px solid ${CHART_GRID};text-align:right;padding:2px 0 0 16px;font-weight:600">${formatFen(total)}</td><td colspan="2" style="border-top:1px solid ${CHART_GRID}"></td></tr></table>`
    );
  };
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
    color: trend.series.map((s) => CASE_TYPE_COLORS[s.type]),
    animationDuration: 400,
    legend: {
      top: 0,
      left: 'center',
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 12,
      itemGap: 20,
      textStyle: { color: CHART_TEXT, fontSize: 13 },
    },
    grid: {
      left: 8,
      right: 16,
      top: 44,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: categoryTooltip(tooltip),
    xAxis: {
      type: 'category',
      data: trend.months,
      axisTick: { alignWithLabel: true },
      axisLine: { lineStyle: { color: CHART_GRID } },
      axisLabel: { color: CHART_MUTED, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: labels.amount,
      nameTextStyle: { color: CHART_MUTED, align: 'left' },
      splitLine: { lineStyle: { color: CHART_GRID, type: 'dashed' } },
      axisLabel: { color: CHART_MUTED, formatter: (value: number) => compactYuan(value * 100, language) },
    },
    series: trend.series.map((s) => ({
      type: 'bar',
      name: labels.typeNames[s.type],
      stack: 'amount',
      barMaxWidth: 36,
      emphasis: { focus: 'series' },
      data: s.amounts.map((fen) => fen / 100),
    })),
  };
}
