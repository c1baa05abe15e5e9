import type { SliceProps } from "@comtem/ui";
import { Route, Routes } from "react-router";
import { EditResourcePage } from "./features/editor/EditResourcePage";
import { NewResourcePage } from "./features/editor/NewResourcePage";
import { ImportPage } from "./features/import/ImportPage";
import { ResourcePage } from "./features/resource/ResourcePage";
import { SearchPage } from "./features/search/SearchPage";

export function App(props: SliceProps) {
  return (
    <Routes>
      <Route index element={<SearchPage basePath={props.basePath} />} />
      <Route path="risorse/:id" element={<ResourcePage basePath={props.basePath} />} />
      <Route path="risorse/:id/modifica" element={<EditResourcePage basePath={props.basePath} />} />
      <Route path="nuova" element={<NewResourcePage basePath={props.basePath} />} />
      <Route path="importa" element={<ImportPage basePath={props.basePath} />} />
    </Routes>
  );
}
