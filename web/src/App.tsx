// Routes: the server answers every non-/api path with index.html, and the router picks the page.
// Each page is its own chunk, fetched when its route is first shown: a visitor of the public pages
// never downloads the signed-in work pages (web/src/work/), and code used by some pages only (the
// charts, zod behind the item form) comes with those pages. docs/web.md has the numbers.
import { type ComponentType, Suspense, lazy } from "react";
import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { PageCodeError, PageLoading } from "./components/LoadState.tsx";

/** A page loaded on first use; if its chunk cannot be fetched, a message with a reload button instead. */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  const failed: ComponentType<P> = PageCodeError;
  return lazy(() =>
    load().then(
      (Page) => ({ default: Page }),
      () => ({ default: failed }),
    ),
  );
}

const HomePage = lazyPage(() => import("./pages/HomePage.tsx").then((m) => m.HomePage));
const PlanPage = lazyPage(() => import("./pages/PlanPage.tsx").then((m) => m.PlanPage));
const NodePage = lazyPage(() => import("./pages/NodePage.tsx").then((m) => m.NodePage));
const EditionsPage = lazyPage(() => import("./pages/EditionsPage.tsx").then((m) => m.EditionsPage));
const IndicatorPage = lazyPage(() => import("./pages/IndicatorPage.tsx").then((m) => m.IndicatorPage));
const ProgramPage = lazyPage(() => import("./pages/ProgramPage.tsx").then((m) => m.ProgramPage));
const DepartmentsPage = lazyPage(() => import("./pages/DepartmentsPage.tsx").then((m) => m.DepartmentsPage));
const DepartmentPage = lazyPage(() => import("./pages/DepartmentPage.tsx").then((m) => m.DepartmentPage));
const SearchPage = lazyPage(() => import("./pages/SearchPage.tsx").then((m) => m.SearchPage));
const CheckPage = lazyPage(() => import("./pages/CheckPage.tsx").then((m) => m.CheckPage));
const DeskSummaryPage = lazyPage(() => import("./pages/DeskSummaryPage.tsx").then((m) => m.DeskSummaryPage));
const NotFoundPage = lazyPage(() => import("./pages/NotFoundPage.tsx").then((m) => m.NotFoundPage));
const SignInPage = lazyPage(() => import("./work/SignInPage.tsx").then((m) => m.SignInPage));
const AccountPage = lazyPage(() => import("./work/AccountPage.tsx").then((m) => m.AccountPage));
const WorkPage = lazyPage(() => import("./work/WorkPage.tsx").then((m) => m.WorkPage));
const CyclePage = lazyPage(() => import("./work/CyclePage.tsx").then((m) => m.CyclePage));
const ItemPage = lazyPage(() => import("./work/ItemPage.tsx").then((m) => m.ItemPage));
const WorkbookPage = lazyPage(() => import("./work/WorkbookPage.tsx").then((m) => m.WorkbookPage));
const WorkbookPlanSetupPage = lazyPage(() =>
  import("./work/WorkbookPlanSetupPage.tsx").then((m) => m.WorkbookPlanSetupPage),
);
const DeskCasesPage = lazyPage(() => import("./work/DeskCasesPage.tsx").then((m) => m.DeskCasesPage));
const DeskCasePage = lazyPage(() => import("./work/DeskCasePage.tsx").then((m) => m.DeskCasePage));
const UsersPage = lazyPage(() => import("./work/UsersPage.tsx").then((m) => m.UsersPage));

export function App() {
  return (
    <Layout>
      {/* Shown only on the first page of a visit: later navigations are transitions, which keep the
          current page on screen until the next one's chunk has arrived. */}
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/plans/:key" element={<PlanPage />} />
          <Route path="/plans/:key/desk" element={<DeskSummaryPage />} />
          <Route path="/nodes/:id" element={<NodePage />} />
          <Route path="/nodes/:id/editions" element={<EditionsPage subject="node" />} />
          <Route path="/indicators/:id" element={<IndicatorPage />} />
          <Route path="/programs/:id" element={<ProgramPage />} />
          <Route path="/programs/:id/editions" element={<EditionsPage subject="program" />} />
          <Route path="/departments" element={<DepartmentsPage />} />
          <Route path="/departments/:id" element={<DepartmentPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/check" element={<CheckPage />} />
          <Route path="/signin" element={<SignInPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route path="/work" element={<WorkPage />} />
          <Route path="/work/cycles/:id" element={<CyclePage />} />
          <Route path="/work/cycles/:id/items/:node" element={<ItemPage />} />
          <Route path="/work/cycles/:id/workbook" element={<WorkbookPage />} />
          <Route path="/work/plan-setup" element={<WorkbookPlanSetupPage />} />
          <Route path="/work/desk/:key" element={<DeskCasesPage />} />
          <Route path="/work/desk/:key/cases/:id" element={<DeskCasePage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
