import type { SliceProps } from "@comtem/ui";
import { Route, Routes } from "react-router";
import { OverviewPage } from "./features/overview/OverviewPage";

export function App(props: SliceProps) {
  return (
    <div data-slice-root={props.sliceName}>
      <Routes>
        <Route index element={<OverviewPage />} />
      </Routes>
    </div>
  );
}
