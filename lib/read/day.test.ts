import { format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { isoWithOffset, localDay } from './day';

const savedTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = savedTz;
});

describe('local day and time', () => {
  // Zones east and west of UTC, with half and quarter hours, and a date on each side of a DST change.
  const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham'];
  const instants = [Date.UTC(2026, 0, 15, 23, 30, 5, 7), Date.UTC(2026, 6, 1, 0, 15, 0, 999), Date.UTC(2026, 2, 8, 10, 0, 0, 0)];

  it.each(zones)('writes what date-fns format writes, offset included, in %s', (zone) => {
    process.env.TZ = zone;
    for (const ms of instants) {
      const at = new Date(ms);
      expect(isoWithOffset(at)).toBe(format(at, "yyyy-MM-dd'T'HH:mm:ss.SSSxxx"));
      expect(localDay(at)).toBe(format(at, 'yyyy-MM-dd'));
      // The same instant, read back.
      expect(new Date(isoWithOffset(at)).getTime()).toBe(ms);
    }
  });
});
