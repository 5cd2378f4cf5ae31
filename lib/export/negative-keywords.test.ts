import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BULK_COLUMNS, negativeBulkFile, negativeBulkRows } from './negative-keywords';

describe('negative keywords bulk file', () => {
  it('one negative exact Create row per term: ad group level where the ad group is known, campaign level else', () => {
    const rows = negativeBulkRows([
      { term: 'Dog  Bowl Cheap ', campaign: 'SP | Auto', campaignId: '312', adGroup: 'Auto - All', adGroupId: '498' },
      { term: 'dog bowl cheap', campaign: 'SP | Auto', campaignId: '312', adGroup: 'Auto - All', adGroupId: '498' },
      { term: 'steel bowl', campaign: 'SP | Exact', campaignId: '313' },
      { term: '=cmd', campaign: 'SP | Exact', campaignId: '313' },
    ]);
    expect(rows[0]).toEqual([...BULK_COLUMNS]);
    const at = (row: unknown[], column: (typeof BULK_COLUMNS)[number]) => row[BULK_COLUMNS.indexOf(column)];
    expect(rows).toHaveLength(4);
    expect([at(rows[1]!, 'Product'), at(rows[1]!, 'Entity'), at(rows[1]!, 'Operation'), at(rows[1]!, 'Campaign ID'), at(rows[1]!, 'Ad Group ID'), at(rows[1]!, 'Keyword Text'), at(rows[1]!, 'Match Type'), at(rows[1]!, 'State')]).toEqual([
      'Sponsored Products', 'Negative keyword', 'Create', '312', '498', 'dog bowl cheap', 'negativeExact', 'enabled',
    ]);
    expect([at(rows[2]!, 'Entity'), at(rows[2]!, 'Campaign ID'), at(rows[2]!, 'Ad Group ID'), at(rows[2]!, 'Keyword Text')]).toEqual(['Campaign negative keyword', '313', '', 'steel bowl']);
  });

  it('is a CSV with a BOM, named by marketplace and day, and a term cannot run as a formula', () => {
    const file = negativeBulkFile([{ term: '=cmd|calc', campaign: 'C', campaignId: '1' }, { term: '狗碗', campaign: '中文活动', campaignId: '2' }], 'US', '2026-11-21');
    expect(file.name).toBe('seller-ops-log-negative-keywords-US-2026-11-21.csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(file.text.slice(1).trim()).data;
    expect(parsed[0]).toEqual([...BULK_COLUMNS]);
    expect(parsed[1]![BULK_COLUMNS.indexOf('Keyword Text')]).toBe("'=cmd|calc");
    expect(parsed[2]![BULK_COLUMNS.indexOf('Keyword Text')]).toBe('狗碗');
  });
});
