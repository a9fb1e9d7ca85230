import { describe, expect, it } from 'vitest';
import { describeQuickBooksTax } from './describe-quickbooks-tax.js';

describe('describeQuickBooksTax', () => {
  it('names the QuickBooks Online Canada codes of the three markets, with the exact combined rate', () => {
    expect(describeQuickBooksTax({ taxes: [{ name: 'GST', rate: '5', amountCents: 1000 }, { name: 'QST', rate: '9.975', amountCents: 1995 }] })).toEqual({
      taxCode: 'GST/QST QC',
      taxRate: '14.975%',
      taxable: 'Y',
    });
    expect(describeQuickBooksTax({ taxes: [{ name: 'HST', rate: '13', amountCents: 2282 }] })).toEqual({ taxCode: 'HST ON', taxRate: '13%', taxable: 'Y' });
    expect(describeQuickBooksTax({ taxes: [] })).toEqual({ taxCode: 'Exempt', taxRate: '0%', taxable: 'N' });
  });

  it('reads rates as decimals, not as text: "5.000" is 5', () => {
    const taxes = [{ name: 'GST' as const, rate: '5.000', amountCents: 1000 }, { name: 'QST' as const, rate: '9.9750', amountCents: 1995 }];
    expect(describeQuickBooksTax({ taxes })).toMatchObject({ taxCode: 'GST/QST QC', taxRate: '14.975%' });
  });

  it('refuses an unknown combination and a rate that is not a decimal', () => {
    expect(() => describeQuickBooksTax({ taxes: [{ name: 'GST', rate: '5', amountCents: 100 }] })).toThrow(/No QuickBooks tax code for "GST 5"/);
    expect(() => describeQuickBooksTax({ taxes: [{ name: 'HST', rate: '1e1', amountCents: 100 }] })).toThrow(/Not a decimal tax rate/);
  });
});
