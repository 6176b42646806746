"use client";
// Charts for the class overview. Each chart sits in a <figure> with a caption and a data table
// alternative, because an SVG chart alone says nothing to a screen reader.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { styles } from "../common";

export interface BarDatum {
  label: string;
  value: number;
}

interface ChartProps {
  data: BarDatum[];
  caption: string;
  valueLabel: string;
  unit?: string;
  color?: string;
  /** Fixed upper bound of the value axis (100 for percentages); otherwise fitted to the data. */
  max?: number;
  tickFormatter?: (label: string) => string;
}

export function SimpleBarChart({ data, caption, valueLabel, unit = "", color = "#1d4ed8", max, tickFormatter }: ChartProps) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 600 }}>{caption}</figcaption>
      <div style={{ width: "100%", height: 220 }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} tickFormatter={tickFormatter} />
            <YAxis allowDecimals={false} width={56} unit={unit} domain={max === undefined ? undefined : [0, max]} />
            <Tooltip />
            <Bar dataKey="value" name={valueLabel} fill={color} isAnimationActive={false} maxBarSize={64} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>Data table</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Bucket</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <td>{d.label}</td>
                <td>
                  {d.value}
                  {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
