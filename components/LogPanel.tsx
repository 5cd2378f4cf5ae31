/** The page's log panel: a header and the shared entry form, or a note when the extension went away. */
import { LogForm, LOG_FORM_CSS, type LogFormProps } from './LogForm';
import { t } from '@/lib/i18n';

export interface LogPanelProps extends LogFormProps {
  /** The extension was reloaded under the page: say so instead of showing a form that cannot save. */
  orphaned?: boolean;
  onClose: () => void;
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
      {props.orphaned ? <p className="sol-note">{t('overlay.reload')}</p> : <LogForm {...props} trustedOnly />}
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
${LOG_FORM_CSS}
`;
