// Monaco's workers, bundled and loaded from this origin (never a CDN).
import "graphiql/setup-workers/webpack";
import "graphiql/style.css";
import "./explorer.css";
import { createRoot } from "react-dom/client";
import { Explorer } from "./Explorer";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(<Explorer />);
