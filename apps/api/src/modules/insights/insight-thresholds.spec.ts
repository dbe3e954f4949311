import { DEFAULT_INSIGHT_THRESHOLDS } from '@devpulse/domain';
import { insightThresholdsFrom } from './insight-thresholds';

describe('insightThresholdsFrom', () => {
  it('takes each usable override and keeps the defaults for the rest', () => {
    expect(insightThresholdsFrom({ insightThresholds: { quotaGenerations: 250.5, powerUserMax: 3 } })).toEqual({
      ...DEFAULT_INSIGHT_THRESHOLDS,
      quotaGenerations: 250.5,
      powerUserMax: 3,
    });
  });

  it('ignores negative, non-finite, non-numeric and fractional counts', () => {
    const settings = {
      insightThresholds: {
        powerUserMax: 2.5,
        quotaMax: -1,
        topLinesMax: 'x',
        highAcceptanceRate: Infinity,
        trendMinDays: 7.5,
      },
    };
    expect(insightThresholdsFrom(settings)).toEqual(DEFAULT_INSIGHT_THRESHOLDS);
    expect(insightThresholdsFrom(null)).toEqual(DEFAULT_INSIGHT_THRESHOLDS);
    expect(insightThresholdsFrom({ insightThresholds: 'strict' })).toEqual(DEFAULT_INSIGHT_THRESHOLDS);
  });
});
