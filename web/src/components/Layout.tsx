// The frame of every page: skip link, header with the site name, the year switch and the main
// navigation, the main landmark (focused after each navigation), and the footer.
import { Button, Container, Group, Text } from "@mantine/core";
import { type ReactNode, useEffect, useRef } from "react";
import { NavLink, useLocation, useNavigate } from "react-router";
import { useSession } from "../session.tsx";
import { paths } from "./AppLink.tsx";
import { SITE_NAME } from "./PageTitle.tsx";
import { YearStyleSwitch } from "./YearStyleSwitch.tsx";

const NAV = [
  { to: paths.home(), label: "ホーム", end: true },
  { to: paths.departments(), label: "部局", end: false },
  { to: paths.search(), label: "検索", end: false },
  { to: paths.check(), label: "データの食い違い", end: false },
];

/** The signed-in user's name and links, or the way to sign in. */
function AccountMenu() {
  const { me, loaded, refresh } = useSession();
  const navigate = useNavigate();
  if (!loaded) return null;
  if (!me) {
    return (
      <NavLink to={paths.signIn()} className="hyoka-link">
        サインイン
      </NavLink>
    );
  }
  const signOut = async () => {
    await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    await refresh();
    void navigate(paths.home());
  };
  return (
    <Group gap="xs" align="center">
      <Text size="sm" component="span">
        {me.name}
      </Text>
      <NavLink to={paths.account()} className="hyoka-link">
        アカウント
      </NavLink>
      <Button size="compact-sm" variant="default" onClick={() => void signOut()}>
        サインアウト
      </Button>
    </Group>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const { me } = useSession();
  const nav = [
    ...NAV,
    ...(me ? [{ to: paths.work(), label: "評価作業", end: false }] : []),
    ...(me?.admin ? [{ to: paths.users(), label: "利用者の管理", end: false }] : []),
  ];
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
              <AccountMenu />
            </Group>
          </Group>
          <nav aria-label="メインメニュー" className="site-nav">
            <ul>
              {nav.map((n) => (
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
