import type { SliceProps } from "@comtem/ui";
import { Route, Routes } from "react-router";
import { BoardPage } from "./features/board/BoardPage";
import { DashboardPage } from "./features/dashboard/DashboardPage";
import { GanttPage } from "./features/gantt/GanttPage";

export function App(props: SliceProps) {
  return (
    <Routes>
      <Route index element={<DashboardPage basePath={props.basePath} />} />
      <Route path="cronoprogramma" element={<GanttPage basePath={props.basePath} />} />
      <Route path="comunita/:slug" element={<BoardPage basePath={props.basePath} />} />
    </Routes>
  );
}
