// Apache ECharts, only the parts the console draws (bars and a time line), on canvas.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, AriaComponent, DataZoomComponent, MarkLineComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h } from './dom.js';

echarts.use([BarChart, CustomChart, ScatterChart, GridComponent, TooltipComponent, AriaComponent, DataZoomComponent,
  MarkLineComponent, LegendComponent, CanvasRenderer]);

const live = new Set();
window.addEventListener('resize', () => live.forEach(c => c.resize()));

/** A chart element labelled for assistive technology; its data table follows it (see bars). */
export function chart(label, option, tall) {
  const el = h('div', { class: 'chart' + (tall ? ' tall' : ''), role: 'img', 'aria-label': label });
  requestAnimationFrame(() => {
    const c = echarts.init(el, null, { renderer: 'canvas' });
    c.setOption({ aria: { enabled: true, label: { description: label } }, animation: false, ...option });
    live.add(c);
    el.chart = c;
  });
  return el;
}

/** Horizontal bars of value by category, largest first. */
export function bars(label, rows, category, value, format, series2) {
  const sorted = [...rows].sort((a, b) => Number(value(b)) - Number(value(a))).slice(0, 15).reverse();
  const series = [{ type: 'bar', name: series2 ? series2.names[0] : label, data: sorted.map(r => Number(value(r))) }];
  if (series2) series.push({ type: 'bar', name: series2.names[1], data: sorted.map(r => Number(series2.value(r))) });
  return chart(label, {
    grid: { left: 90, right: 24, top: series2 ? 30 : 10, bottom: 30 },
    legend: series2 ? { top: 0 } : undefined,
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: v => format(v) },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: sorted.map(category) },
    series,
  });
}

export { echarts };
