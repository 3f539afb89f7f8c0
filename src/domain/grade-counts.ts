// The keys under which a plan's indicators are counted, one list for the server and the pages: by grade
// label (the profile's), "noData" for those without a rate yet, "ungraded" for those with a rate under a
// profile without grades; and, for such profiles, by rate band.

/** Indicators without a rate yet. */
export const NO_DATA_KEY = "noData";
/** Indicators with a rate, under a profile without grades. */
export const UNGRADED_KEY = "ungraded";

/** Rate bands, for profiles without grades: the target reached, close to it, short of it. */
export const RATE_BANDS = ["≥100", "80–100", "<80"] as const;
export type RateBand = (typeof RATE_BANDS)[number];

export const RATE_BAND_LABELS: Readonly<Record<RateBand, string>> = {
  "≥100": "100%以上",
  "80–100": "80%以上100%未満",
  "<80": "80%未満",
};

/** The band of a rate (in %). */
export const rateBand = (rate: number): RateBand => (rate >= 100 ? "≥100" : rate >= 80 ? "80–100" : "<80");
