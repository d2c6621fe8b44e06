import { AID_TYPES, formatFen } from '@worker-aid/shared/domain';
import { compactYuan, type UnitLine } from '../data/report-figures';
import { CASE_TYPE_COLORS, CHART_FONT, CHART_GRID, CHART_MUTED, CHART_TEXT } from './chart-palette';
import { categoryTooltip, count, escapeHtml, type ChartLabels, type ReportChartOption } from './chart-types';

/** Height of the unit chart for so many units: a bar row each, plus room for the legend and axis. */
export function unitChartHeight(units: number): number {
  return Math.max(220, units * 34 + 84);
}

/**
 * The units below the selected unit as horizontal bars of amount, stacked by kind of aid, the
 * largest on top. A bar's `dataIndex` is its line's index in `lines`.
 */
export function unitOptions(lines: readonly UnitLine[], labels: ChartLabels): ReportChartOption {
  const { language } = labels;
  const name = (line: UnitLine) => (line.own ? labels.ownUnit(line.unitName) : line.unitName);
  const types = AID_TYPES.filter((type) => lines.some((line) => line.byType[type] !== 0));
  const tooltip = (index: number): string => {
    const line = lines[index];
    const rows = types
      .filter((type) => line.byType[type] !== 0)
      .map(
        (type) =>
          `<tr><td><span style="display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;background:${CASE_TYPE_COLORS[type]}"></span>${escapeHtml(labels.typeNames[type])}</td>` +
          `<td style="text-align:right;padding-left:16px">${formatFen(line.byType[type])}</td></tr>`,
      );
    return (
      `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(name(line))}</div>` +
      `<table style="border-collapse:collapse;font-size:12px;line-height:1.7">${rows.join('')}` +
      `<tr><td style="border-top:1px solid ${CHART_GRID}">${escapeHtml(labels.total)}</td>` +
      `<td style="border-top:1px solid ${CHART_GRID};text-align:right;padding-left:16px;font-weight:600">${formatFen(line.amount)}</td></tr></table>` +
      `<div style="color:${CHART_MUTED};margin-top:4px">${count(line.persons, language)} ${escapeHtml(labels.personsUnit)} · ${count(line.personTimes, language)} ${escapeHtml(labels.personTimesUnit)}</div>`
    );
  };
  return {
    aria: { enabled: true },
    textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT },
    color: types.map((type) => CASE_TYPE_COLORS[type]),
    animationDuration: 400,
    legend: {
      top: 0,
      left: 'center',
      icon: 'roundRect',
      itemWidth: 12,
      itemHeight: 12,
      itemGap: 16,
      textStyle: { color: CHART_TEXT, fontSize: 12 },
    },
    grid: {
      left: 8,
      right: 24,
      top: 40,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: categoryTooltip(tooltip),
    yAxis: {
      type: 'category',
      inverse: true,
      data: lines.map(name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: CHART_GRID } },
      axisLabel: { color: CHART_TEXT, width: 150, overflow: 'truncate', fontSize: 12 },
      triggerEvent: true,
    },
    xAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: CHART_GRID, type: 'dashed' } },
      axisLabel: {
        color: CHART_MUTED,
        hideOverlap: true,
        formatter: (value: number) => compactYuan(value * 100, language),
      },
    },
    series: types.map((type) => ({
      type: 'bar',
      name: labels.typeNames[type],
      stack: 'amount',
      barMaxWidth: 22,
      cursor: 'pointer',
      emphasis: { focus: 'series' },
      data: lines.map((line) => line.byType[type] / 100),
    })),
  };
}
