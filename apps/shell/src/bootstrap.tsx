import "@comtem/ui/styles.css";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App";
import { loadConfig } from "./config";
import { applyContentSecurityPolicy } from "./csp";

void loadConfig().then((config) => {
  applyContentSecurityPolicy(config);
  const root = document.getElementById("root");
  if (!root) throw new Error("#root missing from index.html");
  createRoot(root).render(
    <BrowserRouter>
      <App config={config} />
    </BrowserRouter>,
  );
});
