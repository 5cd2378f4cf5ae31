/**
 * The marketplace picker of the dashboard's views (log filter, history, economics, report files,
 * negative keywords, rules): the listed marketplaces, optionally after a first option that stands for
 * none or all of them. Other attributes (name, data-*) go to the <select>.
 */
import type { SelectHTMLAttributes } from 'react';
import type { Marketplace } from '@/lib/read/marketplaces';

type MarketplaceSelectProps<V extends string> = {
  value: V;
  onChange: (value: V) => void;
  options: readonly Marketplace[];
  first?: { value: V; label: string };
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>;

export function MarketplaceSelect<V extends string>({ value, onChange, options, first, ...select }: MarketplaceSelectProps<V>) {
  return (
    <select {...select} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {first ? <option value={first.value}>{first.label}</option> : null}
      {options.map((m) => (
        <option key={m} value={m}>
          {m}
        </option>
      ))}
    </select>
  );
}
