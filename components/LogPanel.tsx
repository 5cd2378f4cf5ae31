/**
 * The page's log panel: a header and the shared entry form, or a note when the extension went away;
 * under it, "What was read here": each value the reader took from the page and the label it came from,
 * so the assistant can check the reader before trusting a badge.
 */
import { LogForm, LOG_FORM_CSS, type LogFormProps } from './LogForm';
import { t } from '@/lib/i18n/page';

/** One value read on the page, already in the assistant's words (the overlay formats it). */
export interface ReadHereRow {
  /** The label or column header it was read under, as the page shows it; absent when the adapter anchored on an id. */
  label?: string;
  metric: string;
  metricName: string;
  entity: string;
  /** The value with its unit ("0.42%", "12.30 EUR", "Out of stock"). */
  value: string;
}

/** One step of a guided entry (a traffic drop's walk, issue 16), already in the assistant's words. */
export interface GuideStep {
  module: string;
  title: string;
  lines: readonly string[];
  url: string;
  linkText: string;
}

export interface LogPanelProps extends LogFormProps {
  /** A guided entry: the playbook's steps in order, each filled from the history, above the form. */
  guide?: { title: string; steps: readonly GuideStep[] };
  /** The extension was reloaded under the page: say so instead of showing a form that cannot save. */
  orphaned?: boolean;
  /** The values read on this page when the panel opened; absent on pages the reader does not serve. */
  readHere?: readonly ReadHereRow[];
  onClose: () => void;
}

/** Page text (labels, entities) is rendered by React as text, never as HTML. */
function ReadHere({ rows }: { rows: readonly ReadHereRow[] }) {
  return (
    <details className="sol-read-here" data-sol-read-here="">
      <summary>{t('panel.readHere', { count: rows.length })}</summary>
      {rows.length === 0 ? (
        <p className="sol-note">{t('panel.readHere.none')}</p>
      ) : (
        <div className="sol-read-scroll">
          <table>
            <thead>
              <tr>
                <th>{t('panel.readHere.label')}</th>
                <th>{t('panel.readHere.metric')}</th>
                <th>{t('panel.readHere.entity')}</th>
                <th>{t('panel.readHere.value')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} data-sol-read-metric={row.metric} data-sol-read-entity={row.entity}>
                  <td>{row.label ?? <span className="sol-muted">{t('panel.readHere.noLabel')}</span>}</td>
                  <td>{row.metricName}</td>
                  <td>{row.entity}</td>
                  <td className="sol-num">{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** The steps in the playbook's order, each with what the history shows and the page to look at; ticked as walked. */
function Guide({ guide }: { guide: NonNullable<LogPanelProps['guide']> }) {
  return (
    <div className="sol-guide" data-sol-guide="">
      <p className="sol-guide-title">{guide.title}</p>
      <ol>
        {guide.steps.map((step) => (
          <li key={step.module} data-sol-guide-step={step.module}>
            <label>
              <input type="checkbox" name={`guide-${step.module}`} /> <strong>{step.title}</strong>
            </label>
            <ul>
              {step.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            <a href={step.url} target="_blank" rel="noopener noreferrer" data-sol-guide-link={step.module}>
              {step.linkText}
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function LogPanel(props: LogPanelProps) {
  return (
    <section className="sol-panel" role="dialog" aria-label={t('panel.title')}>
      <header>
        <h2>{t('panel.title')}</h2>
        <button type="button" className="sol-close" aria-label={t('panel.close')} title={t('panel.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.guide && <Guide guide={props.guide} />}
      {props.orphaned ? <p className="sol-note">{t('overlay.reload')}</p> : <LogForm {...props} trustedOnly />}
      {props.readHere && <ReadHere rows={props.readHere} />}
    </section>
  );
}

export const LOG_PANEL_CSS = `
:host { all: initial; }
.sol-panel { position: fixed; top: 72px; right: 16px; z-index: 2147483647; width: 380px; max-width: calc(100vw - 32px);
  box-sizing: border-box; background: #fff; color: #111; border: 1px solid #9aa5a6; border-radius: 8px; padding: 12px 14px;
  box-shadow: 0 8px 28px rgba(0,0,0,.25); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
header { display: flex; align-items: center; justify-content: space-between; margin-bottom: 8px; }
h2 { margin: 0; font-size: 15px; }
.sol-close { border: 0; background: none; font-size: 20px; line-height: 1; cursor: pointer; color: #444; }
.sol-note { margin: 0; color: #7a3b00; }
.sol-read-here { margin-top: 10px; border-top: 1px solid #d5dbdb; padding-top: 6px; }
.sol-read-here summary { cursor: pointer; font-weight: 600; }
.sol-read-scroll { max-height: 220px; overflow: auto; margin-top: 4px; }
.sol-read-here table { border-collapse: collapse; width: 100%; font-size: 12px; }
.sol-read-here th, .sol-read-here td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #eef0f0; vertical-align: top; overflow-wrap: anywhere; }
.sol-read-here .sol-num { text-align: right; white-space: nowrap; }
.sol-muted { color: #6b7575; }
.sol-guide { margin: 0 0 10px; padding: 6px 8px; background: #f3f7f7; border: 1px solid #d5dbdb; border-radius: 6px; max-height: 260px; overflow: auto; }
.sol-guide-title { margin: 0 0 4px; font-weight: 600; }
.sol-guide ol { margin: 0; padding-left: 18px; }
.sol-guide ul { margin: 2px 0; padding-left: 16px; font-size: 12px; }
.sol-guide a { font-size: 12px; color: #0a6e7a; }
${LOG_FORM_CSS}
`;
