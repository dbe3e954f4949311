import { ENGAGEMENT_BUCKETS, engagementBucket, engagementHistogram } from './engagement';

describe('engagementBucket', () => {
  it.each([
    [1, '1'],
    [2, '2-5'],
    [5, '2-5'],
    [6, '6-10'],
    [10, '6-10'],
    [11, '11-20'],
    [20, '11-20'],
    [21, '21+'],
    [365, '21+'],
  ])('%i active days → %s', (days, bucket) => {
    expect(engagementBucket(days)).toBe(bucket);
  });

  it('puts developers with no active day in no bucket', () => {
    expect(engagementBucket(0)).toBeNull();
    expect(engagementBucket(-1)).toBeNull();
    expect(engagementBucket(Number.NaN)).toBeNull();
  });
});

describe('engagementHistogram', () => {
  it('counts developers per bucket, every bucket listed in order', () => {
    // 1 → '1'; 3, 5 → '2-5'; 21, 28 → '21+'; 0 → none
    expect(engagementHistogram([1, 3, 5, 21, 28, 0])).toEqual([
      { bucket: '1', developers: 1 },
      { bucket: '2-5', developers: 2 },
      { bucket: '6-10', developers: 0 },
      { bucket: '11-20', developers: 0 },
      { bucket: '21+', developers: 2 },
    ]);
  });

  it('lists the five buckets with zeros when nobody was active', () => {
    expect(engagementHistogram([]).map((entry) => [entry.bucket, entry.developers])).toEqual(
      ENGAGEMENT_BUCKETS.map((bucket) => [bucket, 0]),
    );
  });
});
