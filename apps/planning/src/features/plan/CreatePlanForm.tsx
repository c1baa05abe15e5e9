import {
  Disclosure,
  SelectField,
  format,
  useMessages,
  useSubmission,
  type Messages,
  FormActions,
} from "@comtem/ui";
import { useState } from "react";
import { graphql } from "../../gql";
import { useNotify } from "./notice";
import { PlanFields, usePlanTexts, type PlanTexts } from "./PlanFields";
import { useSave } from "./save";

const CreateActivityPlan = graphql(`
  mutation CreateActivityPlan($input: CreatePlanInput!) {
    createActivityPlan(input: $input) {
      plan {
        id
        year
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const messages: Messages<"open" | "year" | "submit" | "created"> = {
  it: {
    open: "Crea il PdA {year}",
    year: "Anno del piano",
    submit: "Crea il piano",
    created: "Piano {year} creato in bozza.",
  },
  en: {
    open: "Create the {year} plan",
    year: "Year of the plan",
    submit: "Create the plan",
    created: "{year} plan created as a draft.",
  },
};

/**
 * The years a new plan can be for, without the ones that have a plan: around this year, and
 * the year after the community's newest plan (a community that skipped years catches up with
 * its next PdA, as the seeded ones, whose last plan is 2020, do).
 */
export function openYears(existing: readonly number[], thisYear: number): number[] {
  const candidates = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const newest = Math.max(0, ...existing);
  if (newest) candidates.push(newest + 1);
  return [...new Set(candidates)]
    .filter((y) => y >= 2017 && !existing.includes(y))
    .sort((a, b) => a - b);
}

/** "Crea il PdA <anno>": opens the form in place; the new plan starts as a draft (BOZZA). */
export function CreatePlanForm(props: {
  communityId: string;
  existingYears: number[];
  onCreated: (year: number) => void;
}) {
  const t = useMessages(messages);
  const thisYear = new Date().getFullYear();
  const years = openYears(props.existingYears, thisYear);
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(
    String(years.includes(thisYear) ? thisYear : (years[0] ?? thisYear)),
  );
  const [texts, setTexts] = useState<PlanTexts>({ documentUrl: "", agendaNote: "" });
  const s = useSubmission();
  const save = useSave(s, CreateActivityPlan, (d) => d.createActivityPlan.userErrors);
  const notify = useNotify();
  const checkTexts = usePlanTexts(s);
  if (years.length === 0) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkTexts(texts);
    if (!checked) return;
    const data = await save({
      input: { communityId: props.communityId, year: Number(year), ...checked },
    });
    if (data?.createActivityPlan.plan) {
      setOpen(false);
      notify(format(t.created, { year }));
      props.onCreated(data.createActivityPlan.plan.year);
    }
  };

  return (
    <Disclosure
      id="create-plan"
      label={format(t.open, { year })}
      open={open}
      onOpenChange={setOpen}
      variant="primary"
    >
      <form onSubmit={submit} noValidate data-testid="create-plan-form">
        <SelectField
          id="create-plan-year"
          label={t.year}
          required
          value={year}
          error={s.fieldErrors.year}
          onChange={(v) => {
            setYear(v);
            s.clearField("year");
          }}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <PlanFields id="create-plan" value={texts} onChange={setTexts} submission={s} />
        <FormActions submission={s} submitLabel={t.submit} onCancel={() => setOpen(false)} />
      </form>
    </Disclosure>
  );
}
