import { LoadingSkeleton, type SliceProps } from "@comtem/ui";
import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { DashboardPage } from "./features/dashboard/DashboardPage";
import { GanttPage } from "./features/gantt/GanttPage";

// The plan page carries the planning forms: loaded when a community's plan is opened, not with
// the dashboard.
const PlanPage = lazy(() =>
  import("./features/plan/PlanPage").then((m) => ({ default: m.PlanPage })),
);

export function App(props: SliceProps) {
  return (
    <Routes>
      <Route index element={<DashboardPage basePath={props.basePath} />} />
      <Route path="cronoprogramma" element={<GanttPage basePath={props.basePath} />} />
      <Route
        path="comunita/:slug"
        element={
          <Suspense fallback={<LoadingSkeleton lines={8} />}>
            <PlanPage basePath={props.basePath} />
          </Suspense>
        }
      />
    </Routes>
  );
}
