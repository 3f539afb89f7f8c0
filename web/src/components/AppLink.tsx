// A link inside the app: a real <a> (react-router), underlined so that it is told apart without colour.
import type { ReactNode } from "react";
import { Link } from "react-router";

export function AppLink({
  to,
  children,
  ...rest
}: {
  to: string;
  children: ReactNode;
  "aria-label"?: string;
}) {
  return (
    <Link to={to} className="hyoka-link" {...rest}>
      {children}
    </Link>
  );
}

export const paths = {
  home: () => "/",
  plan: (key: string) => `/plans/${encodeURIComponent(key)}`,
  node: (id: number | string) => `/nodes/${id}`,
  nodeEditions: (id: number | string) => `/nodes/${id}/editions`,
  indicator: (id: number | string) => `/indicators/${id}`,
  program: (id: number | string) => `/programs/${id}`,
  programEditions: (id: number | string) => `/programs/${id}/editions`,
  departments: () => "/departments",
  department: (id: number | string) => `/departments/${id}`,
  search: (query = "") => `/search${query}`,
  check: () => "/check",
  signIn: () => "/signin",
  account: () => "/account",
  work: () => "/work",
  cycle: (id: number) => `/work/cycles/${id}`,
  item: (cycleId: number, nodeId: number) => `/work/cycles/${cycleId}/items/${nodeId}`,
  users: () => "/admin/users",
  desk: (key: string) => `/plans/${encodeURIComponent(key)}/desk`,
  deskCases: (key: string) => `/work/desk/${encodeURIComponent(key)}`,
  deskCase: (key: string, id: number) => `/work/desk/${encodeURIComponent(key)}/cases/${id}`,
};
