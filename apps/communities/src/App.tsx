import type { SliceProps } from "@comtem/ui";
import { Route, Routes } from "react-router";
import { CommunityPage } from "./features/community/CommunityPage";
import { CommunityListPage } from "./features/list/CommunityListPage";
import { MeetingPage } from "./features/meeting/MeetingPage";

export function App(props: SliceProps) {
  return (
    <Routes>
      <Route index element={<CommunityListPage basePath={props.basePath} />} />
      <Route path=":slug" element={<CommunityPage basePath={props.basePath} />} />
      <Route path=":slug/incontri/:meetingId" element={<MeetingPage basePath={props.basePath} />} />
    </Routes>
  );
}
