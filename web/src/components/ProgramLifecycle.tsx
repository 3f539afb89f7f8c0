// A program's lifecycle as a sentence with its successor linked: 「令和4年度から中小企業DX推進費に統合」.
import { AppLink, paths } from "./AppLink.tsx";

export function ProgramLifecycle({
  lifecycle,
  successor,
}: {
  lifecycle: string;
  successor: { id: number; name: string } | null;
}) {
  if (!successor || !lifecycle.includes(successor.name)) return <>{lifecycle}</>;
  const [before, after] = lifecycle.split(successor.name);
  return (
    <>
      {before}
      <AppLink to={paths.program(successor.id)}>{successor.name}</AppLink>
      {after}
    </>
  );
}
