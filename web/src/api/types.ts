// The API's shapes as the pages use them: names for the schemas of the document (/api/openapi.json), from
// the types openapi-typescript generates from it (schema.d.ts, `npm run generate:api`). Nothing here is
// written by hand: a field the server changes changes here, and a page that disagrees does not compile.
import type { components } from "./schema.d.ts";

type Schemas = components["schemas"];

/** A refusal: code, Japanese message, and the parameter or the fields in error. */
export type ApiError = Schemas["ApiError"];

// Public data.
export type Overview = Schemas["Overview"];
export type PlanSummary = Schemas["PlanSummary"];
export type PlanDetail = Schemas["PlanDetail"];
export type TreeNode = Schemas["TreeNode"];
export type NodeDetail = Schemas["NodeDetail"];
export type NodeProgram = Schemas["NodeProgram"];
/** An indicator of a measure, evaluated by the plan's rules. */
export type IndicatorRecord = Schemas["IndicatorRecord"];
export type IndicatorDetail = Schemas["IndicatorDetail"];
export type IndicatorUsage = Schemas["IndicatorUsage"];
export type SeriesPoint = Schemas["SeriesPoint"];
export type ProgramDetail = Schemas["ProgramDetail"];
export type DepartmentList = Schemas["DepartmentList"];
export type DepartmentDetail = Schemas["DepartmentDetail"];
export type SearchResult = Schemas["SearchResult"];
export type SearchHit = Schemas["SearchHit"];
export type CheckResult = Schemas["CheckResult"];
export type Finding = Schemas["Finding"];
export type ReportList = Schemas["ReportList"];
export type AvailableReport = Schemas["AvailableReport"];
export type ReportFormat = AvailableReport["formats"][number];

// Published editions and their comparison.
export type EditionList = Schemas["EditionList"];
export type EditionDocument = Schemas["EditionDocument"];
export type EditionSummary = Schemas["EditionSummary"];
export type EditionComparison = Schemas["EditionComparison"];
export type ComparedEdition = Schemas["ComparedEdition"];
export type ComparisonSection = Schemas["ComparisonSection"];
export type ComparisonRow = Schemas["ComparisonRow"];
export type RowChange = Schemas["RowChange"];

// The signed-in user and the administrator's users.
/** The signed-in user (GET /api/me answers null for an anonymous one). */
export type Me = NonNullable<Schemas["Me"]["user"]>;
export type UserList = Schemas["UserList"];
export type UserSummary = Schemas["UserSummary"];
export type GrantInput = Schemas["GrantInput"];

// The evaluation work.
export type CycleList = Schemas["CycleList"];
export type CycleSummary = Schemas["CycleSummary"];
export type CycleDashboard = Schemas["CycleDashboard"];
export type ItemView = Schemas["ItemView"];
export type ItemIndicator = Schemas["ItemIndicator"];

// Workbooks: the cycle's entry workbook and the plan set-up workbook.
export type WorkbookProblem = Schemas["WorkbookProblem"];
export type WorkbookChange = Schemas["WorkbookChange"];
export type WorkbookConflict = Schemas["WorkbookConflict"];
export type WorkbookPreviewValid = Schemas["WorkbookPreviewValid"];
export type WorkbookApplied = Schemas["WorkbookApplied"];
export type PlanSetupPreviewValid = Schemas["PlanSetupPreviewValid"];
export type PlanSetupApplied = Schemas["PlanSetupApplied"];

// The support desk (docs/support-desk.md).
export type SupportDeskReference = Schemas["SupportDeskReference"];
export type DeskOrganization = Schemas["DeskOrganization"];
export type SupportDeskChoices = Schemas["SupportDeskChoices"];
export type SupportPlanYearCounts = Schemas["SupportPlanYearCounts"];
export type SupportPlanYear = SupportPlanYearCounts["planYears"][number];
export type SupportQuarterlyCounts = Schemas["SupportQuarterlyCounts"];
export type SupportQuarterlyCell = Schemas["SupportQuarterlyCell"];
export type SupportCaseList = Schemas["SupportCaseList"];
export type SupportCaseSummary = Schemas["SupportCaseSummary"];
export type RegisterCaseInput = Schemas["RegisterCaseInput"];
export type SupportCaseDetail = Schemas["SupportCaseDetail"];
export type SupportCaseStep = Schemas["SupportCaseStep"];
export type SupportOrganizationRef = Schemas["SupportOrganizationRef"];
export type RouteCaseInput = Schemas["RouteCaseInput"];
export type TeamMemberInput = Schemas["TeamMemberInput"];
export type RecordSupportInput = Schemas["RecordSupportInput"];
export type CloseCaseInput = Schemas["CloseCaseInput"];
export type SupportFollowUpsDue = Schemas["SupportFollowUpsDue"];
export type ConfirmQuarterInput = Schemas["ConfirmQuarterInput"];
