// Charts for the dashboard as plain geometry (pure): the template draws them as SVG on the server, so
// the page needs no script, and every label still goes through Handlebars' escaping.

export interface Point {
  label: string;
  value: number;
}

export interface ColumnChart {
  width: number;
  height: number;
  /** The plot area's bottom edge and left edge. */
  baseline: number;
  left: number;
  right: number;
  columns: { x: number; y: number; width: number; height: number; title: string }[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; y: number; label: string }[];
}

export interface BarList {
  width: number;
  height: number;
  labelWidth: number;
  bars: {
    y: number;
    width: number;
    height: number;
    label: string;
    value: string;
    textX: number;
    textY: number;
  }[];
}

/** Up to about `target` tick steps of 1, 2 or 5 times a power of ten, covering `max`. */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** One column per point (a day, say); x labels every `labelEvery` points so they do not overlap. */
export function columnChart(
  points: Point[],
  size = { width: 720, height: 220 },
  labelEvery = 1,
): ColumnChart {
  const left = 44;
  const right = size.width - 8;
  const top = 10;
  const baseline = size.height - 28;
  const ticks = niceTicks(Math.max(0, ...points.map((p) => p.value)));
  const ceiling = ticks.at(-1)!;
  const scale = (v: number) => ((baseline - top) * v) / ceiling;
  const slot = (right - left) / Math.max(1, points.length);
  const width = Math.max(1, slot * 0.7);
  return {
    width: size.width,
    height: size.height,
    baseline,
    left,
    right,
    columns: points.map((p, i) => ({
      x: round(left + i * slot + (slot - width) / 2),
      y: round(baseline - scale(p.value)),
      width: round(width),
      height: round(scale(p.value)),
      title: `${p.label}: ${p.value}`,
    })),
    yTicks: ticks.map((t) => ({ y: round(baseline - scale(t)), label: String(t) })),
    xLabels: points
      .map((p, i) => ({ x: round(left + i * slot + slot / 2), y: baseline + 18, label: p.label, i }))
      // Every labelEvery-th point, and the last one unless it would crowd the one before.
      .filter(
        ({ i }) => i % labelEvery === 0 || (i === points.length - 1 && i % labelEvery >= labelEvery / 2),
      )
      .map(({ i: _, ...l }) => l),
  };
}

/** Horizontal bars, largest first, each with its label and value beside it. */
export function barList(points: Point[], width = 720, rowHeight = 26): BarList {
  const labelWidth = 240;
  const room = width - labelWidth - 60;
  const max = Math.max(1, ...points.map((p) => p.value));
  const sorted = [...points].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  return {
    width,
    height: Math.max(rowHeight, sorted.length * rowHeight),
    labelWidth,
    bars: sorted.map((p, i) => {
      const w = round((room * p.value) / max);
      return {
        y: i * rowHeight + 4,
        width: Math.max(w, p.value > 0 ? 1 : 0),
        height: rowHeight - 8,
        label: p.label,
        value: String(p.value),
        textX: labelWidth + w + 6,
        textY: i * rowHeight + rowHeight / 2 + 5,
      };
    }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
