// Keys that identify the same thing across documents of one organization: an indicator or program is
// the same when its normalised name is the same ("製造業の付加価値生産性" in 000 and 003).
import { nameKey } from "../domain/text.ts";

export const hokkaidoKey = (name: string) => `hokkaido:${nameKey(name)}`;
export const sapporoKey = (name: string) => `sapporo:${nameKey(name)}`;
