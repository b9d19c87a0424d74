import { describe, expect, it } from 'vitest';
import { aCohort, aRevenueCustomer, campaignAccountability, campaignLosses, someFigures } from '../testing/revenue';
import { accountabilityCsv, churnPredictorsCsv, csvField, customersCsv, fileNamePart, lossesCsv, toCsv } from './csv';

/** The records of a CSV, split at its CRLFs (the test data has no line break inside a field). */
function lines(csv: string): string[] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(0, -2).split('\r\n');
}

describe('CSV (RFC 4180)', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('The "big" one')).toBe('"The ""big"" one"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('writes numbers and booleans as they are, and unknown values as empty fields', () => {
    expect(csvField(0.71)).toBe('0.71');
    expect(csvField(-1200)).toBe('-1200');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('+1 campaign')).toBe("'+1 campaign");
    expect(csvField('-')).toBe("'-");
    expect(csvField('@team')).toBe("'@team");
  });

  it('ends every record, the header first, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 1],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n"x, y",1\r\n,z\r\n');
  });
});

describe('the accountability CSV', () => {
  it('has the dimension, then each figure and its n in columns of their own', () => {
    const [header] = lines(accountabilityCsv(campaignAccountability()));
    expect(header.split(',')).toEqual([
      'campaign',
      'leads',
      'leads n',
      'converted',
      'converted n',
      'arrWon',
      'arrWon n',
      'medianMinutesToFirstContact',
      'medianMinutesToFirstContact n',
      'handoffReturns',
      'handoffReturns n',
      'medianDaysToValue',
      'medianDaysToValue n',
      'shareRedNow',
      'shareRedNow n',
      'arrChurned',
      'arrChurned n',
      'arrDowngraded',
      'arrDowngraded n',
      'arrSaved',
      'arrSaved n',
      'savePlayWinRate',
      'savePlayWinRate n',
      'grr90',
      'grr90 n',
      'grr180',
      'grr180 n',
      'grr365',
      'grr365 n',
      'nrr90',
      'nrr90 n',
      'nrr180',
      'nrr180 n',
      'nrr365',
      'nrr365 n',
    ]);
  });

  it('writes one record per row as the table shows them, the unknown row empty, and the total last', () => {
    const [, spring, fall, unknown, total] = lines(accountabilityCsv(campaignAccountability()));
    expect(spring).toBe(
      'spring-webinar,40,40,12,40,480000,12,,0,,0,,0,,0,96000,12,,0,48000,3,,0,0.95,12,0.88,11,0.71,9,,0,,0,,0',
    );
    expect(fall.startsWith('fall-launch,,0,,0,96000,2,')).toBe(true);
    expect(unknown.startsWith(',,0,,0,12000,1,')).toBe(true);
    expect(total.startsWith('Total,40,40,12,40,588000,15,')).toBe(true);
  });

  it('leaves out leads and converted where lead-service does not count them', () => {
    const csv = accountabilityCsv({
      ...campaignAccountability(),
      dimension: 'segment',
      rows: [{ value: 'mid-market, EU', figures: someFigures({ grr365: { value: 0.9, n: 5 } }) }],
    });
    const [header, row] = lines(csv);
    expect(header.startsWith('segment,arrWon,arrWon n,')).toBe(true);
    expect(row.startsWith('"mid-market, EU",,0,')).toBe(true);
  });
});

describe('the churn predictors CSV', () => {
  it('writes the customers with each factor beside those without', () => {
    const csv = churnPredictorsCsv({
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-12-03T10:00:00Z',
      factors: [
        {
          factor: 'brief-returned',
          with: aCohort(12, 4, { value: 0.71, n: 9 }),
          without: aCohort(40, 2, { value: 0.97, n: 30 }),
        },
      ],
    });
    expect(lines(csv)).toEqual([
      'factor,with customers,with churned,with churnRate,with grr365,with grr365 n,' +
        'without customers,without churned,without churnRate,without grr365,without grr365 n',
      'brief-returned,12,4,0.3333,0.71,9,40,2,0.05,0.97,30',
    ]);
  });
});

describe('the customers CSV', () => {
  it('writes each customer with every key of their lineage, unknown ones empty', () => {
    const [header, row] = lines(customersCsv([aRevenueCustomer()]));
    const columns = header.split(',');
    expect(columns.slice(0, 9)).toEqual([
      'customerId',
      'customerName',
      'contractDate',
      'startingArr',
      'arr',
      'band',
      'lifecycle',
      'churnedOn',
      'leadId',
    ]);
    expect(columns).toHaveLength(28);
    expect(row).toBe(
      'D-1001,"Acme, Inc.",2026-03-02,48000,36000,yellow,active,,,spring-webinar,,,Enterprise fast lane,,,,,,,,,,,,,,true,',
    );
  });

  it('writes the day a customer lost churned', () => {
    const [, row] = lines(
      customersCsv([aRevenueCustomer({ arr: 0, lifecycle: 'churned', churnedOn: '2026-08-14', lineage: undefined })]),
    );
    expect(row).toBe('D-1001,"Acme, Inc.",2026-03-02,48000,0,yellow,churned,2026-08-14' + ','.repeat(20));
  });
});

describe('the losses CSV', () => {
  it('writes every figure and its n, the unknown row empty and last, the total after it', () => {
    const [header, ...records] = lines(lossesCsv(campaignLosses()));
    expect(header).toBe(
      'campaign,customersLost,customersLost n,arrLost,arrLost n,shareBriefReturned,shareBriefReturned n,' +
        'shareFirstContactOutsideSla,shareFirstContactOutsideSla n,shareFirstValueLate,shareFirstValueLate n,' +
        'sharePromiseMissed,sharePromiseMissed n,medianHoursToAccept,medianHoursToAccept n,' +
        'medianDaysToValue,medianDaysToValue n,medianMinutesToFirstContact,medianMinutesToFirstContact n,' +
        'medianMonthsAsCustomer,medianMonthsAsCustomer n',
    );
    expect(records).toEqual([
      'spring-webinar,2,2,120000,2,1,2,0.5,2,0.5,2,0.5,2,12.5,1,42.5,2,65,2,10.5,2',
      ',1,1,9000,1,,0,,0,,0,,0,,0,,0,,0,13,1',
      'Total,3,3,129000,3,1,2,0.5,2,0.5,2,0.5,2,12.5,1,42.5,2,65,2,13,3',
    ]);
  });

  it('guards a campaign named like a formula', () => {
    const losses = campaignLosses();
    losses.rows[1].value = '=HYPERLINK("http://evil")';
    expect(lines(lossesCsv(losses))[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil""\)",2,2,/);
  });
});

describe('file names', () => {
  it('are made of letters, digits and dashes', () => {
    expect(fileNamePart('Spring webinar / EU')).toBe('spring-webinar-eu');
    expect(fileNamePart('Frühjahr')).toBe('fruhjahr');
    expect(fileNamePart('***')).toBe('unknown');
  });
});
