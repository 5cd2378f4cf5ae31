// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import { zh_CN } from '../i18n/zh_CN';
import { hideDiagnostic, showDiagnostic, type DiagnosticTeaching } from './diagnostic';

const shadow = () => document.querySelector('[data-sol-diagnostic]')!.shadowRoot!;

function teaching(save: DiagnosticTeaching['save']): DiagnosticTeaching {
  return { labels: ['Angebotszustand <b>x</b>'], metrics: ['available', 'listingStatus'], save };
}

describe('the diagnostic', () => {
  afterEach(() => {
    hideDiagnostic();
    setLanguage('en');
  });

  it('names the unplaced labels as text and the missing metrics in the assistant\'s language', () => {
    setLanguage('zh_CN');
    showDiagnostic({ adapter: 'inventory', lines: [], technical: ['column for available not found'], unplaced: ['<img src=x onerror=alert(1)>'], missing: ['available'] });
    const host = document.querySelector('[data-sol-diagnostic]')!;
    expect(host.getAttribute('data-sol-missing')).toBe('available');
    expect(shadow().querySelector('[data-sol-missing-metric=available]')!.textContent).toBe(zh_CN['metric.available']);
    expect(host.getAttribute('data-sol-detail')).toContain(`未读取到：${zh_CN['metric.available']}（available）`);
    expect(shadow().querySelector('img')).toBeNull();
    expect(shadow().querySelector('[data-sol-unplaced-label]')!.textContent).toBe('“<img src=x onerror=alert(1)>”');
    expect(shadow().querySelector('details')!.textContent).toContain('column for available not found');
  });

  it('teaches a status metric with the page words of each status', async () => {
    const save = vi.fn<DiagnosticTeaching['save']>(async () => ({ ok: true }) as const);
    showDiagnostic({ adapter: 'inventory', lines: [], technical: ['x'], teach: teaching(save) });
    const root = shadow();
    const metric = root.querySelector<HTMLSelectElement>('select[data-sol-teach-metric]')!;
    metric.value = 'listingStatus';
    metric.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLInputElement>('input[data-sol-teach-status-word=active]')!.value = 'Aktiv';
    root.querySelector<HTMLInputElement>('input[data-sol-teach-status-word=inactive]')!.value = 'Inaktiv, Gesperrt';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(save).toHaveBeenCalledWith('Angebotszustand <b>x</b>', 'listingStatus', { Aktiv: 'active', Inaktiv: 'inactive', Gesperrt: 'inactive' });
  });

  it('points: a click on the page takes the figure\'s label, and the page never sees that click', () => {
    const save = vi.fn<DiagnosticTeaching['save']>(async () => ({ ok: true }) as const);
    const row = document.createElement('div');
    const label = Object.assign(document.createElement('span'), { textContent: 'Verfügbar (neu)' });
    const figure = Object.assign(document.createElement('span'), { textContent: '240' });
    row.append(label, figure);
    document.body.append(row);
    const pageClicks = vi.fn();
    figure.addEventListener('click', pageClicks);
    showDiagnostic({ adapter: 'inventory', lines: [], technical: ['x'], teach: { ...teaching(save), labels: [] } });
    const root = shadow();
    root.querySelector<HTMLButtonElement>('button[data-sol-teach-pick]')!.click();
    figure.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(pageClicks).not.toHaveBeenCalled();
    expect(root.querySelector<HTMLSelectElement>('select[data-sol-teach-label]')!.value).toBe('Verfügbar (neu)');
    // One shot: the next click is the page's again.
    figure.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(pageClicks).toHaveBeenCalledTimes(1);
    row.remove();
  });

  it('Esc cancels pointing', () => {
    showDiagnostic({ adapter: 'inventory', lines: [], technical: ['x'], teach: teaching(async () => ({ ok: true })) });
    const root = shadow();
    root.querySelector<HTMLButtonElement>('button[data-sol-teach-pick]')!.click();
    expect(root.querySelector('[data-sol-pick-highlight]')).not.toBeNull();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(root.querySelector('[data-sol-pick-highlight]')).toBeNull();
  });
});
