import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import type { DueReading } from '../read/pages/types';
import { defaultSettings } from '../store/settings';
import { dueFormValues } from './due-form-values';

const settings = { ...defaultSettings(), defaultOwner: { operations: 'Mei', product: 'Jonas', compliance: 'Ana' } };
const review = (rating: number, defect: boolean): DueReading => ({ row: { kind: 'review', id: 'R2K8QW4N1ZT7XA', entity: 'B0BX8QW3LM', rating, date: '2026-11-20', due: '2026-11-27' }, defect, title: 'Pump died after a week' });

describe('the log panel filled in from a due badge', () => {
  it('a review asks for a removal request by the end of its deadline day, to operations', () => {
    setLanguage('en');
    const { initial, context } = dueFormValues(review(2, false), settings, 'US', 'https://sellercentral.amazon.com/brand-customer-reviews/');
    expect(initial).toMatchObject({ module: 'customer', category: 'operations', entity: 'B0BX8QW3LM', owner: 'Mei', due: '2026-11-27T23:59', status: 'open' });
    expect(initial.summary).toBe('Review 2★ on B0BX8QW3LM (R2K8QW4N1ZT7XA), dated 2026-11-20 "Pump died after a week"');
    expect(initial.action).toContain('Request removal');
    expect(context).toMatchObject({ marketplace: 'US', pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/' });
    expect(context.contextLine).toContain('Breach');
  });

  it('a review that names a defect goes to the product owner', () => {
    setLanguage('en');
    const { initial } = dueFormValues(review(3, true), settings, 'US', '');
    expect(initial).toMatchObject({ category: 'product', owner: 'Jonas' });
    expect(initial.action).toContain('product owner');
  });

  it('feedback asks for an answer within its 48 hours, in 中文 too', () => {
    setLanguage('zh_CN');
    const reading: DueReading = { row: { kind: 'feedback', id: '112-7730591-0049316', entity: '112-7730591-0049316', rating: 3, date: '2026-11-19', due: '2026-11-21' } };
    const { initial, context } = dueFormValues(reading, settings, 'US', '');
    expect(initial).toMatchObject({ category: 'operations', entity: '112-7730591-0049316', due: '2026-11-21T23:59' });
    expect(initial.summary).toBe('订单 112-7730591-0049316 的 3 星反馈，日期 2026-11-19');
    expect(initial.action).toContain('48 小时');
    expect(context.contextLine).toContain('警告');
    setLanguage('en');
  });
});
