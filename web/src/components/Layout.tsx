// The frame of every page: skip link, header with the site name, the year switch and the main
// navigation, the main landmark (focused after each navigation), and the footer.
import { Container, Group, Text } from "@mantine/core";
import { type ReactNode, useEffect, useRef } from "react";
import { NavLink, useLocation } from "react-router";
import { paths } from "./AppLink.tsx";
import { SITE_NAME } from "./PageTitle.tsx";
import { YearStyleSwitch } from "./YearStyleSwitch.tsx";

const NAV = [
  { to: paths.home(), label: "ホーム", end: true },
  { to: paths.departments(), label: "部局", end: false },
  { to: paths.search(), label: "検索", end: false },
  { to: paths.check(), label: "データの食い違い", end: false },
];

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After a client-side navigation, move focus to the new content, as a page load would.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        本文へ移動
      </a>
      <header className="site-header">
        <Container size="xl" py="sm">
          <Group justify="space-between" align="center" gap="sm">
            <NavLink to={paths.home()} className="site-title">
              {SITE_NAME}
            </NavLink>
            <Group gap="xs" align="center">
              <Text size="xs" component="span" id="year-style-label">
                年の表示
              </Text>
              <YearStyleSwitch />
            </Group>
          </Group>
          <nav aria-label="メインメニュー" className="site-nav">
            <ul>
              {NAV.map((n) => (
                <li key={n.to}>
                  <NavLink to={n.to} end={n.end}>
                    {n.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </Container>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Container size="xl" py="lg">
          {children}
        </Container>
      </main>
      <footer className="site-footer">
        <Container size="xl" py="md">
          <Text size="xs">
            Hyoka（評価）— 政策評価と成果指標（KPI）の進捗管理。率と判定は各計画の評価ルールで計算した値です。
          </Text>
        </Container>
      </footer>
    </>
  );
}
