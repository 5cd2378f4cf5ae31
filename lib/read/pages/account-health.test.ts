import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFixtureOutcome, runFixture } from '../../../test/adapter-fixture-run';
import { adaptersOf, listFixtures, SHARED_FIXTURES, type Fixture } from '../../../test/fixtures';
import { accountHealthAdapter } from './account-health';

const fixtures = listFixtures().filter((f) => adaptersOf(f.expected).includes('account-health'));
const shared: Fixture = {
  name: 'shared/account-health/dashboard-en-us.html',
  htmlPath: resolve(SHARED_FIXTURES, 'account-health/dashboard-en-us.html'),
  html: readFileSync(resolve(SHARED_FIXTURES, 'account-health/dashboard-en-us.html'), 'utf8'),
  expected: JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'account-health/dashboard-en-us.expected.json'), 'utf8')),
};

describe('accountHealthAdapter.matches', () => {
  it.each([
    'https://sellercentral.amazon.com/performance/dashboard',
    'https://sellercentral.amazon.com/performance/dashboard/',
    'https://sellercentral.amazon.de/performance/dashboard/ref=xx_perf_dnav_home',
    'https://sellercentral.amazon.co.jp/Performance/Dashboard?ref_=xx_swlang_head_xx&mons_sel_locale=ja_JP',
    'https://sellercentral.amazon.co.uk/performance/account/health',
    'https://sellercentral-europe.amazon.com/performance/account/health/?mons_sel_mkid=A1PA6795UKMFR9#overview',
  ])('serves %s', (url) => expect(accountHealthAdapter.matches(new URL(url))).toBe(true));

  it.each([
    'https://sellercentral.amazon.com/performance/notifications',
    'https://sellercentral.amazon.com/performance/account/health/product-policies',
    'https://sellercentral.amazon.com/feedback-manager/index.html',
    'https://sellercentral.amazon.com/home',
  ])('does not serve %s', (url) => expect(accountHealthAdapter.matches(new URL(url))).toBe(false));
});

describe.each(fixtures.map((f) => [f.name, f] as const))('account health fixture %s', (_name, fixture) => {
  it('reads exactly the expected values, with no problems', async () => {
    const run = await runFixture(accountHealthAdapter, fixture);
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });

  it('reads the same by labels alone when the page has no ids', async () => {
    const run = await runFixture(accountHealthAdapter, fixture, (doc) => {
      for (const el of Array.from(doc.querySelectorAll('[id]'))) {
        if (!el.closest('#sc-navbar-container')) el.removeAttribute('id');
      }
      for (const el of Array.from(doc.querySelectorAll('.ahd-numeric-ahr-indicator'))) el.classList.remove('ahd-numeric-ahr-indicator');
    });
    try {
      expectFixtureOutcome(run, fixture);
    } finally {
      run.close();
    }
  });
});

describe('account health pages that are broken', () => {
  const metricsOf = (run: Awaited<ReturnType<typeof runFixture>>) => run.result!.readings.map((r) => r.record.metric);

  it('reports the rows whose id and label are both gone, and reads the rest', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      const late = doc.getElementById('shipping-late-shipment-rate-row')!;
      late.removeAttribute('id');
      late.querySelector('.sp-left-col .a-text-bold')!.textContent = 'Shipment metric';
      const nf = Array.from(doc.querySelectorAll('#odr-breakdown-section .sp-left-col span')).find((s) => s.textContent === 'Negative feedback')!;
      nf.textContent = 'Something else';
    });
    try {
      expect(run.result!.problems).toEqual(expect.arrayContaining(['no Late Shipment Rate row', 'no Negative feedback row']));
      expect(metricsOf(run)).not.toContain('lateShipmentRate');
      expect(metricsOf(run)).not.toContain('negativeFeedbackRate');
      expect(metricsOf(run)).toEqual(expect.arrayContaining(['orderDefectRate', 'atozClaimRate', 'validTrackingRate']));
    } finally {
      run.close();
    }
  });

  it('ignores a metric name repeated in a help popover preloaded for later', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      doc.getElementById('shipping-late-shipment-rate-row')!.removeAttribute('id');
      const popover = doc.createElement('div');
      popover.className = 'a-popover-preload';
      const heading = doc.createElement('h4');
      heading.textContent = 'Late Shipment Rate';
      const target = doc.createElement('span');
      target.textContent = '4%';
      popover.append(heading, target);
      doc.body.appendChild(popover);
    });
    try {
      expect(run.result!.problems).toEqual([]);
      expect(run.result!.readings.find((r) => r.record.metric === 'lateShipmentRate')?.record.value).toBe(3.6);
    } finally {
      run.close();
    }
  });

  it('takes an empty value cell as a missing value, and a row without any as a problem', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      doc.querySelector('#shipping-cancellation-rate-row .sp-middle-col span')!.textContent = '';
      const chargeback = Array.from(doc.querySelectorAll('#odr-breakdown-section .a-row')).find((r) => r.textContent!.includes('Chargeback'))!;
      chargeback.querySelector('.sp-middle-col span')!.textContent = '';
      doc.querySelector('#shipping-view-tracking-rate-row .sp-middle-col')!.remove();
      const atoz = Array.from(doc.querySelectorAll('#odr-breakdown-section .a-row')).find((r) => r.textContent!.includes('A-to-z'))!;
      atoz.querySelector('.sp-middle-col')!.remove();
    });
    try {
      expect(run.result!.problems).toEqual([
        'A-to-z Guarantee claims: no figure beside its label',
        'Valid Tracking Rate: its row shows no figure',
      ]);
      for (const metric of ['chargebackRate', 'preFulfillmentCancelRate', 'atozClaimRate', 'validTrackingRate']) {
        expect(metricsOf(run)).not.toContain(metric);
      }
      expect(metricsOf(run)).toHaveLength(4);
    } finally {
      run.close();
    }
  });

  it('turns an unreadable figure into a problem, not a record', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      doc.querySelector('#shipping-cancellation-rate-row .sp-middle-col span')!.textContent = '1.2.3%';
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('preFulfillmentCancelRate:'))).toBe(true);
      expect(metricsOf(run)).not.toContain('preFulfillmentCancelRate');
    } finally {
      run.close();
    }
  });

  it('reads nothing for a label that leads to two different rows', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      const section = doc.getElementById('odr-breakdown-section')!;
      const row = Array.from(section.querySelectorAll('.a-row')).find((r) => r.textContent!.includes('Chargeback claims'))!;
      const copy = row.cloneNode(true) as Element;
      copy.querySelector('.sp-middle-col span')!.textContent = '0.50%';
      section.appendChild(copy);
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('Chargeback claims: several values'))).toBe(true);
      expect(metricsOf(run)).not.toContain('chargebackRate');
    } finally {
      run.close();
    }
  });

  it('reads nothing when a row shows two figures and no header says which is the seller’s', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      doc.querySelector('.sp-header-row .sp-middle-col')!.textContent = '';
      const right = doc.querySelector('#shipping-late-shipment-rate-row .sp-right-col')!;
      const extra = doc.createElement('span');
      extra.textContent = '1.10%';
      right.appendChild(extra);
    });
    try {
      expect(run.result!.problems.some((p) => p.startsWith('Late Shipment Rate: several values'))).toBe(true);
      expect(metricsOf(run)).not.toContain('lateShipmentRate');
    } finally {
      run.close();
    }
  });

  it('reports every metric, and reads none, on a page that has not rendered', async () => {
    const run = await runFixture(accountHealthAdapter, shared, (doc) => {
      doc.getElementById('sc-content-container')!.replaceChildren(doc.createElement('kat-spinner'));
    });
    try {
      expect(run.result!.readings).toEqual([]);
      expect(run.result!.problems).toHaveLength(8);
    } finally {
      run.close();
    }
  });
});

describe('account health labels reworded, unknown and taught', () => {
  const renameChargeback = (name: string) => (doc: Document) => {
    const label = [...doc.querySelectorAll('span')].find((s) => s.textContent?.trim() === 'Chargeback claims')!;
    label.textContent = name;
  };
  const chargeback = (run: Awaited<ReturnType<typeof runFixture>>) => run.result!.readings.find((r) => r.record.metric === 'chargebackRate');

  it('reads a reworded label by its words, under the label the page shows', async () => {
    const run = await runFixture(accountHealthAdapter, shared, renameChargeback('Chargeback claim rate ⓘ Learn more'));
    try {
      expect(chargeback(run)?.label).toBe('Chargeback claim rate');
      expect(chargeback(run)?.record.value).toBe(chargeback(await runFixture(accountHealthAdapter, shared))?.record.value);
    } finally {
      run.close();
    }
  });

  it('leaves an unknown label unread and unplaced, and reads it once taught', async () => {
    const run = await runFixture(accountHealthAdapter, shared, renameChargeback('Card disputes'));
    try {
      expect(chargeback(run)).toBeUndefined();
      expect(run.result!.unplaced).toContain('Card disputes');
      const taught = accountHealthAdapter.read(run.document, {
        ...run.ctx!,
        taught: [{ page: 'account-health', label: 'card disputes', metric: 'chargebackRate' }],
      });
      const read = taught.readings.find((r) => r.record.metric === 'chargebackRate');
      expect(read?.label).toBe('Card disputes');
      expect(taught.unplaced ?? []).not.toContain('Card disputes');
    } finally {
      run.close();
    }
  });
});

describe('account health pages in Korean, Arabic and reworded English', () => {
  const fixtureNamed = (name: string) => fixtures.find((f) => f.name === `own/account-health/${name}.html`)!;
  const labelsRead = (run: Awaited<ReturnType<typeof runFixture>>) =>
    Object.fromEntries(run.result!.readings.map((r) => [r.record.metric, r.label]));

  it.each([
    [
      'newer-layout-ko-us',
      {
        accountHealthRating: '계정 상태 평가',
        orderDefectRate: '주문 결함률',
        chargebackRate: '지불 거절 요청',
        negativeFeedbackRate: '부정적인 피드백',
        preFulfillmentCancelRate: '주문 처리 전 취소율',
        validTrackingRate: '유효 추적률 - 모든 카테고리',
      },
    ],
    [
      'newer-layout-ar-sa',
      { orderDefectRate: 'معدل العيوب في الطلبات', lateShipmentRate: 'معدل تأخر الشحن', onTimeDeliveryRate: 'معدل التسليم في الوقت المحدد' },
    ],
    [
      'reworded-en-us',
      {
        accountHealthRating: 'Account health score',
        orderDefectRate: 'Order defect rate',
        atozClaimRate: 'A-to-z claim rate',
        lateShipmentRate: 'Late dispatch rate',
        onTimeDeliveryRate: 'On-time delivery',
      },
    ],
  ])('%s: each value is read under the label the page shows, less its icon, help text and colon', async (name, labels) => {
    const run = await runFixture(accountHealthAdapter, fixtureNamed(name));
    try {
      expect(labelsRead(run)).toMatchObject(labels);
    } finally {
      run.close();
    }
  });

  it('offers the B2B order defect row to teach, and never reads it as the ODR', async () => {
    const run = await runFixture(accountHealthAdapter, fixtureNamed('reworded-en-us'));
    try {
      expect(run.result!.unplaced).toContain('Order defect rate – B2B');
      expect(run.result!.readings.filter((r) => r.record.metric === 'orderDefectRate').map((r) => r.record.value)).toEqual([0.5]);
    } finally {
      run.close();
    }
  });
});
