export {
  format,
  formatDate,
  formatNumber,
  LOCALES,
  LocaleProvider,
  useLocale,
  useLabels,
  useMessages,
  useReferenceText,
  type Locale,
  type Messages,
} from "./i18n.js";
export { referenceText, UNAVAILABLE } from "./references.js";
export { CardGrid, Page, Section } from "./layout.js";
export { EmptyState, ErrorState, LoadingSkeleton, QueryView } from "./states.js";
export type { SliceProps } from "./slice.js";
export { DataTable, Pagination, type Column } from "./table.js";
export { CheckboxField, Disclosure, SelectField, TextField } from "./form.js";
export { SearchSelectField, type SearchChoice } from "./search-select.js";
export { ENUM_LABELS, enumLabel, enumOptions, type EnumName } from "./labels.js";
export {
  checker,
  FormActions,
  SubmissionFeedback,
  useSubmission,
  type Submission,
  type SubmissionState,
  type UserErrorShape,
} from "./submission.js";
// The design-react-kit pieces slices use, through the one shared UI kit (never a second copy).
export {
  Alert,
  Badge,
  Button,
  Card,
  CardBody,
  CardText,
  CardTitle,
  Col,
  Container,
  Row,
} from "design-react-kit";
export {
  localizeRequestError,
  localizeUserErrors,
  type ServerMessages,
} from "./server-messages.js";
