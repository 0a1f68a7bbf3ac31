import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// the package is CommonJS: its default export arrives wrapped when bundled
const ReactEChartsCore: any = (ReactEChartsCoreModule as any).default ?? ReactEChartsCoreModule;

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** echarts with only the pieces the console draws (keeps the bundle small). */
export function Chart({ option, height = 280, onClick, testId }: { option: EChartsOption; height?: number; onClick?: (p: any) => void; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={onClick ? { click: onClick } : undefined}
      />
    </div>
  );
}

export const STATUS_COLORS: Record<string, string> = {
  ACHIEVED: '#2e7d32', ON_TRACK: '#66bb6a', AT_RISK: '#ffa726', OFF_TRACK: '#e53935', NO_DATA: '#bdbdbd',
  DONE: '#2e7d32', IN_PROGRESS: '#42a5f5', BLOCKED: '#e53935', NOT_STARTED: '#bdbdbd',
};
