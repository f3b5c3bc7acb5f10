import type { ReactNode } from 'react';
import { dark } from '../theme.ts';

/** A 驾驶舱 tile: dark glass panel with a cyan title bar. */
export function Panel({
  title,
  extra,
  children,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section
      data-testid={testId}
      style={{
        background: 'linear-gradient(180deg, rgba(22,48,92,0.85), rgba(11,26,51,0.9))',
        border: '1px solid rgba(89,126,247,0.35)',
        borderRadius: 8,
        padding: '10px 14px',
        height: '100%',
      }}
    >
      <header
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}
      >
        <h3
          style={{
            margin: 0,
            fontSize: 15,
            color: dark.text,
            borderLeft: '3px solid #36cfc9',
            paddingLeft: 8,
          }}
        >
          {title}
        </h3>
        {extra}
      </header>
      {children}
    </section>
  );
}

/** A headline figure: value, unit and label. */
export function Kpi({
  label,
  value,
  unit,
  testId,
  onClick,
}: {
  label: string;
  value: string;
  unit: string;
  testId?: string;
  onClick?: () => void;
}) {
  return (
    <div
      data-testid={testId}
      onClick={onClick}
      role={onClick ? 'link' : undefined}
      style={{
        cursor: onClick ? 'pointer' : undefined,
        padding: '10px 14px',
        borderRadius: 8,
        background: 'rgba(22,48,92,0.85)',
        border: '1px solid rgba(54,207,201,0.35)',
      }}
    >
      <div style={{ color: dark.muted, fontSize: 13 }}>{label}</div>
      <div style={{ color: '#ffffff', fontSize: 26, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {value} <span style={{ fontSize: 13, color: dark.muted, fontWeight: 400 }}>{unit}</span>
      </div>
    </div>
  );
}
