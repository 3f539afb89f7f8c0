// The bodies and answers of the program-identity routes (program-routes.ts): merge another program into
// one, or split off what one document states about it.
import { MAX_ID } from "../../db/limits.ts";
import { z } from "../contract.ts";

const reason = z.string().openapi({ description: "理由（必須。空のときは 422）。監査記録に残る" });

export const MergeProgramsBody = z
  .object({
    otherId: z
      .number()
      .int()
      .min(1)
      .max(MAX_ID)
      .openapi({ description: "この事業に統合する（なくなる）事業のID" }),
    reason,
  })
  .openapi("MergeProgramsBody", { description: "別の事業をこの事業に統合する" });
export type MergeProgramsBody = z.infer<typeof MergeProgramsBody>;

export const SplitProgramBody = z
  .object({
    document: z.string().openapi({
      description: "新しい事業に分ける記載の資料のキー（例: hokkaido-society5-r4）",
    }),
    reason,
  })
  .openapi("SplitProgramBody", { description: "一つの資料の記載を新しい事業に分ける" });
export type SplitProgramBody = z.infer<typeof SplitProgramBody>;

export const ProgramRef = z
  .object({ id: z.number().int().openapi({ description: "事業のID" }) })
  .openapi("ProgramRef", { description: "統合して残った事業、または分割でできた事業" });
export type ProgramRef = z.infer<typeof ProgramRef>;
