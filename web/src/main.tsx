import "@mantine/core/styles.css";
import "./styles.css";
import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";
import { SessionProvider } from "./session.tsx";
import { YearStyleProvider } from "./year-style.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("#root がありません。");

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <YearStyleProvider>
        <SessionProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </SessionProvider>
      </YearStyleProvider>
    </MantineProvider>
  </StrictMode>,
);
