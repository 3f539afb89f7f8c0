// Routes: the server answers every non-/api path with index.html, and the router picks the page.
import { Route, Routes } from "react-router";
import { Layout } from "./components/Layout.tsx";
import { CheckPage } from "./pages/CheckPage.tsx";
import { DepartmentPage } from "./pages/DepartmentPage.tsx";
import { DepartmentsPage } from "./pages/DepartmentsPage.tsx";
import { EditionsPage } from "./pages/EditionsPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { IndicatorPage } from "./pages/IndicatorPage.tsx";
import { NodePage } from "./pages/NodePage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { PlanPage } from "./pages/PlanPage.tsx";
import { ProgramPage } from "./pages/ProgramPage.tsx";
import { SearchPage } from "./pages/SearchPage.tsx";
import { AccountPage } from "./work/AccountPage.tsx";
import { CyclePage } from "./work/CyclePage.tsx";
import { ItemPage } from "./work/ItemPage.tsx";
import { SignInPage } from "./work/SignInPage.tsx";
import { UsersPage } from "./work/UsersPage.tsx";
import { WorkPage } from "./work/WorkPage.tsx";
import { WorkbookPage } from "./work/WorkbookPage.tsx";
import { WorkbookPlanSetupPage } from "./work/WorkbookPlanSetupPage.tsx";

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/plans/:key" element={<PlanPage />} />
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
        <Route path="/admin/users" element={<UsersPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
