import fc from 'fast-check';
import { parseCsvDate } from './csv-date';

describe('parseCsvDate', () => {
  it.each([
    ['2025-06-01', '2025-06-01'],
    [' 2025-06-01 ', '2025-06-01'],
    ['2025-06-01T23:59:59Z', '2025-06-01'],
    ['2025-06-01T08:00:00.1234567+02:00', '2025-06-01'],
    ['2025/06/01', '2025-06-01'],
    ['2025/6/1', '2025-06-01'],
    ['06/01/2025', '2025-06-01'],
    ['6/1/2025', '2025-06-01'],
    ['12/31/2024', '2024-12-31'],
    ['01.06.2025', '2025-06-01'],
    ['1.6.2025', '2025-06-01'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %j as %s', (text, day) => {
    expect(parseCsvDate(text)).toEqual({ ok: true, day });
  });

  it.each([
    ['13/01/2025', 'ambiguous or invalid date "13/01/2025": slash dates are read as US MM/DD/YYYY'],
    ['31/12/2024', 'ambiguous or invalid date "31/12/2024": slash dates are read as US MM/DD/YYYY'],
    ['02/30/2025', 'invalid calendar day "02/30/2025"'],
    ['2025-02-29', 'invalid calendar day "2025-02-29"'],
    ['2025/13/01', 'invalid calendar day "2025/13/01"'],
    ['31.04.2025', 'invalid calendar day "31.04.2025"'],
    ['00.01.2025', 'invalid calendar day "00.01.2025"'],
    ['2025-06-01Tnoon', 'invalid ISO date-time "2025-06-01Tnoon"'],
    ['', 'date is empty'],
    ['yesterday', 'unrecognized date "yesterday": expected YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY or DD.MM.YYYY'],
    ['06-01-2025', 'unrecognized date "06-01-2025": expected YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY or DD.MM.YYYY'],
    ['1/2/25', 'unrecognized date "1/2/25": expected YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY or DD.MM.YYYY'],
  ])('rejects %j', (text, message) => {
    expect(parseCsvDate(text)).toEqual({ ok: false, message });
  });

  it('reads every real day the same in all four notations', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          for (const text of [iso, `${year}/${month}/${day}`, `${month}/${day}/${year}`, `${day}.${month}.${year}`]) {
            expect(parseCsvDate(text)).toEqual({ ok: true, day: iso });
          }
        },
      ),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => expect(typeof parseCsvDate(text).ok).toBe('boolean')));
  });
});
