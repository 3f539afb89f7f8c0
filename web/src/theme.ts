// The Mantine theme, built from the Digital Agency design tokens (@digital-go-jp/design-tokens): colour
// scales, the Noto Sans JP font stack, type sizes, line heights and radii. The tone colours of grades and
// judgements come from the same scales and are exposed as CSS variables (--hyoka-tone-*).
import tokens from "@digital-go-jp/design-tokens";
import { type CSSVariablesResolver, type MantineColorsTuple, createTheme } from "@mantine/core";
import type { Tone } from "./grades.ts";

type Scale = Record<string, { $value?: unknown }>;

const value = (scale: Scale, step: string): string => String(scale[step]?.$value ?? "");

/** Ten steps of a 13-step DA scale for Mantine: index 7 (the filled shade) is the DA step 900. */
function tuple(
  scale: Scale,
  steps = ["50", "100", "200", "300", "400", "600", "800", "900", "1000", "1100"],
) {
  return steps.map((s) => value(scale, s)) as unknown as MantineColorsTuple;
}

const P = tokens.Color.Primitive as unknown as Record<string, Scale>;
const gray = tokens.Color.Neutral.SolidGray as unknown as Scale;
const scale = (name: string): Scale => P[name] ?? {};

export const palette = {
  blue: scale("Blue"),
  lightBlue: scale("LightBlue"),
  green: scale("Green"),
  yellow: scale("Yellow"),
  orange: scale("Orange"),
  red: scale("Red"),
  purple: scale("Purple"),
  gray,
};

/** A colour from the DA scales: color("blue", "900"). */
export function color(name: keyof typeof palette, step: string): string {
  return value(palette[name], step);
}

const fontSize = tokens.FontSize as unknown as Scale;
const lineHeight = tokens.LineHeight as unknown as Scale;
const radius = tokens.BorderRadius as unknown as Scale;

/** DA's sans stack, with the Japanese system fonts before the generic family for machines without Noto. */
const fontFamily = String(tokens.FontFamily.Sans.$value).replace(
  /,\s*sans-serif\s*$/,
  ', "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, sans-serif',
);

export const theme = createTheme({
  colors: {
    blue: tuple(palette.blue),
    cyan: tuple(palette.lightBlue),
    green: tuple(palette.green),
    yellow: tuple(palette.yellow),
    orange: tuple(palette.orange),
    red: tuple(palette.red),
    violet: tuple(palette.purple),
    // The gray's dimmed step (index 6, Mantine's "dimmed" text) is DA Solid Gray 600: 5.7:1 on white.
    gray: tuple(gray, ["50", "100", "200", "300", "420", "536", "600", "700", "800", "900"]),
  },
  primaryColor: "blue",
  primaryShade: 7,
  black: value(gray, "900"),
  white: String(tokens.Color.Neutral.White.$value),
  fontFamily,
  fontFamilyMonospace: String(tokens.FontFamily.Mono.$value),
  headings: {
    fontFamily,
    fontWeight: String(tokens.FontWeight["700"].$value),
    sizes: {
      h1: { fontSize: value(fontSize, "32"), lineHeight: value(lineHeight, "140") },
      h2: { fontSize: value(fontSize, "26"), lineHeight: value(lineHeight, "140") },
      h3: { fontSize: value(fontSize, "20"), lineHeight: value(lineHeight, "150") },
      h4: { fontSize: value(fontSize, "18"), lineHeight: value(lineHeight, "160") },
    },
  },
  fontSizes: {
    xs: value(fontSize, "14"),
    sm: value(fontSize, "16"),
    md: value(fontSize, "17"),
    lg: value(fontSize, "18"),
    xl: value(fontSize, "20"),
  },
  lineHeights: {
    xs: value(lineHeight, "150"),
    sm: value(lineHeight, "160"),
    md: value(lineHeight, "170"),
    lg: value(lineHeight, "170"),
    xl: value(lineHeight, "175"),
  },
  radius: {
    xs: value(radius, "4"),
    sm: value(radius, "6"),
    md: value(radius, "8"),
    lg: value(radius, "12"),
    xl: value(radius, "16"),
  },
  defaultRadius: "md",
  // DA lays out on a 4 / 8 px grid: the same steps as its radius scale (4, 8, 16, 24, 32 px).
  spacing: {
    xs: value(radius, "4"),
    sm: value(radius, "8"),
    md: value(radius, "16"),
    lg: value(radius, "24"),
    xl: value(radius, "32"),
  },
  shadows: {
    xs: String(tokens.Elevation["1"].$value),
    sm: String(tokens.Elevation["1"].$value),
    md: String(tokens.Elevation["2"].$value),
    lg: String(tokens.Elevation["4"].$value),
    xl: String(tokens.Elevation["6"].$value),
  },
  // Focus is drawn by styles.css for every focusable element alike (DA style: black outline, yellow halo).
  focusClassName: "hyoka-focus",
});

/** Background, text and border of each tone: text on its background is 7:1 or more. */
export const toneColors: Record<Tone, { bg: string; fg: string; border: string; bar: string }> = {
  good: {
    bg: color("green", "50"),
    fg: color("green", "1000"),
    border: color("green", "700"),
    bar: color("green", "700"),
  },
  fair: {
    bg: color("blue", "50"),
    fg: color("blue", "1000"),
    border: color("blue", "600"),
    bar: color("blue", "600"),
  },
  warn: {
    bg: color("yellow", "100"),
    fg: color("yellow", "1200"),
    border: color("yellow", "700"),
    bar: color("yellow", "500"),
  },
  bad: {
    bg: color("red", "50"),
    fg: color("red", "1100"),
    border: color("red", "900"),
    bar: color("red", "900"),
  },
  none: {
    bg: color("gray", "50"),
    fg: color("gray", "800"),
    border: color("gray", "536"),
    bar: color("gray", "300"),
  },
};

/** The chart colours, from the same scales. */
export const chartColors = {
  actual: color("blue", "900"),
  target: color("orange", "900"),
  finalTarget: color("red", "1000"),
  baseline: color("gray", "700"),
  reference: color("green", "800"),
  projection: color("lightBlue", "900"),
  grid: color("gray", "100"),
  axis: color("gray", "600"),
  bar: color("blue", "800"),
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {
    ...Object.fromEntries(
      Object.entries(toneColors).flatMap(([tone, c]) => [
        [`--hyoka-tone-${tone}-bg`, c.bg],
        [`--hyoka-tone-${tone}-fg`, c.fg],
        [`--hyoka-tone-${tone}-border`, c.border],
        [`--hyoka-tone-${tone}-bar`, c.bar],
      ]),
    ),
    "--hyoka-focus": color("yellow", "400"),
    "--hyoka-focus-outline": value(gray, "900"),
    "--hyoka-link": color("blue", "1000"),
    "--hyoka-link-visited": color("purple", "900"),
    "--hyoka-border": value(gray, "420"),
    "--hyoka-subtle-bg": value(gray, "50"),
  },
  light: {},
  dark: {},
});
