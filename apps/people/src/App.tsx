import type { SliceProps } from "@comtem/ui";
import { Route, Routes } from "react-router";
import { AdminGate } from "./features/admin/AdminGate";
import { DirectoryPage } from "./features/directory/DirectoryPage";
import { OrganizationPage } from "./features/organization/OrganizationPage";
import { ProfilePage } from "./features/profile/ProfilePage";

export function App(props: SliceProps) {
  return (
    <Routes>
      <Route index element={<DirectoryPage basePath={props.basePath} />} />
      <Route path="enti/:id" element={<OrganizationPage basePath={props.basePath} />} />
      <Route path="profilo" element={<ProfilePage basePath={props.basePath} />} />
      <Route
        path="amministrazione/*"
        element={<AdminGate basePath={props.basePath} sliceName={props.sliceName} />}
      />
    </Routes>
  );
}
