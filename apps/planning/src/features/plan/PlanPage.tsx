import { useQuery } from "@comtem/client";
import {
  Disclosure,
  EmptyState,
  Page,
  QueryView,
  Section,
  format,
  useLabels,
  useLocale,
  useMessages,
  type Messages,
} from "@comtem/ui";
import { useCallback, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { PlanBoard } from "../board/PlanBoard";
import { CreatePlanForm } from "./CreatePlanForm";
import { GoalActionForm } from "./GoalActionForm";
import { GoalActionItem } from "./GoalActionItem";
import { NoticeArea } from "./notice";
import { planPermissions } from "./permissions";
import { PlanSummary } from "./PlanSummary";
import {
  PlanDetailsDocument,
  PlanPageDocument,
  type Plan,
  type PlanCommunity,
  type PlanListItem,
} from "./query";

const messages: Messages<
  | "title"
  | "none"
  | "back"
  | "notFound"
  | "years"
  | "planOf"
  | "board"
  | "actions"
  | "noActions"
  | "addAction"
  | "newAction"
> = {
  it: {
    title: "Piano delle attività — {name}",
    none: "Questa comunità non ha ancora un piano delle attività.",
    back: "Torna al cruscotto",
    notFound: "Comunità non trovata.",
    years: "Piani per anno",
    planOf: "PdA {year}",
    board: "Quadro per stato",
    actions: "Azioni obiettivo",
    noActions: "Il piano non ha ancora azioni obiettivo.",
    addAction: "Aggiungi un'azione obiettivo",
    newAction: "Nuova azione obiettivo",
  },
  en: {
    title: "Activity plan — {name}",
    none: "This community has no activity plan yet.",
    back: "Back to the dashboard",
    notFound: "Community not found.",
    years: "Plans by year",
    planOf: "{year} plan",
    board: "Board by status",
    actions: "Goal-actions",
    noActions: "The plan has no goal-actions yet.",
    addAction: "Add a goal-action",
    newAction: "New goal-action",
  },
};

/**
 * A community's PdA (`comunita/:slug`, `?anno=2021` for another year): status and workflow,
 * document and agenda note, the board, the goal-actions with their working groups. Actions
 * appear only for viewers who may do them (`viewerCan`, through `planPermissions`).
 */
export function PlanPage(props: { basePath: string }) {
  const { slug = "" } = useParams();
  const state = useQuery(PlanPageDocument, { slug });
  const t = useMessages(messages);
  return (
    <QueryView state={state} lines={8}>
      {(data) =>
        data.community ? (
          <NoticeArea>
            <PlanView
              basePath={props.basePath}
              community={data.community}
              refetch={state.refetch}
            />
          </NoticeArea>
        ) : (
          <Page title={t.notFound}>
            <p>
              <Link to={props.basePath}>{t.back}</Link>
            </p>
          </Page>
        )
      }
    </QueryView>
  );
}

function PlanView(props: { basePath: string; community: PlanCommunity; refetch: () => void }) {
  const t = useMessages(messages);
  const { locale } = useLocale();
  const label = useLabels();
  const [params, setParams] = useSearchParams();
  const { community } = props;
  const can = planPermissions(community);
  // Null only when planning itself did not answer: the page then shows its error.
  const plans = [...(community.plans ?? [])].sort((a, b) => b.year - a.year);
  const asked = Number(params.get("anno"));
  const plan = plans.find((p) => p.year === asked) ?? plans[0];
  const name = locale === "en" ? community.nameEn : community.name;
  return (
    <Page
      title={format(t.title, { name })}
      actions={
        can.createPlan ? (
          <CreatePlanForm
            communityId={community.id}
            existingYears={plans.map((p) => p.year)}
            onCreated={(year) => {
              setParams({ anno: String(year) });
              props.refetch();
            }}
          />
        ) : null
      }
    >
      <p>
        <Link to={props.basePath}>{t.back}</Link>
      </p>
      {plans.length > 1 ? (
        <nav aria-label={t.years} className="mb-3">
          <ul className="nav nav-pills">
            {plans.map((p) => (
              <li className="nav-item" key={p.id}>
                <Link
                  className={`nav-link${p === plan ? " active" : ""}`}
                  aria-current={p === plan ? "page" : undefined}
                  to={`?anno=${p.year}`}
                >
                  {format(t.planOf, { year: p.year })} · {label("PlanStatus", p.status)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {!plan ? (
        <EmptyState title={t.none} />
      ) : (
        <PlanContent
          key={plan.id}
          planId={plan.id}
          plans={plans}
          community={community}
          refetchPage={props.refetch}
        />
      )}
    </Page>
  );
}

/** The selected plan, read in full on its own (one query per plan keeps the cost low). */
function PlanContent(props: {
  planId: string;
  plans: readonly PlanListItem[];
  community: PlanCommunity;
  refetchPage: () => void;
}) {
  const state = useQuery(PlanDetailsDocument, { id: props.planId });
  const { refetch: refetchPlan } = state;
  const { refetchPage } = props;
  const refetch = useCallback(() => {
    refetchPlan();
    refetchPage();
  }, [refetchPlan, refetchPage]);
  return (
    <QueryView state={state} lines={8}>
      {({ activityPlan }) =>
        activityPlan ? (
          <PlanBody
            plan={activityPlan}
            plans={props.plans}
            community={props.community}
            refetch={refetch}
          />
        ) : null
      }
    </QueryView>
  );
}

function PlanBody(props: {
  plan: Plan;
  plans: readonly PlanListItem[];
  community: PlanCommunity;
  refetch: () => void;
}) {
  const t = useMessages(messages);
  const [adding, setAdding] = useState(false);
  const { plan, community } = props;
  const can = planPermissions(community, plan);
  const actions = [...plan.goalActions].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <>
      <h2 className="h3">{format(t.planOf, { year: plan.year })}</h2>
      <PlanSummary plan={plan} can={can} onChanged={props.refetch} />
      {plan.goalActions.length ? (
        <Section title={t.board} id="board">
          <PlanBoard plan={plan} />
        </Section>
      ) : null}
      <Section title={t.actions} id="goal-actions">
        {can.addGoalAction ? (
          <Disclosure
            id="add-goal-action"
            label={t.addAction}
            open={adding}
            onOpenChange={setAdding}
            variant="primary"
          >
            <h3 className="h5">{t.newAction}</h3>
            <GoalActionForm
              id="ga-new"
              planId={plan.id}
              codePrefix={suggestCode(props.plans, plan.year)}
              members={community.memberships}
              contributions={community.contributions}
              onDone={() => {
                setAdding(false);
                props.refetch();
              }}
              onCancel={() => setAdding(false)}
              onReload={props.refetch}
            />
          </Disclosure>
        ) : null}
        {actions.length === 0 ? <EmptyState title={t.noActions} /> : null}
        {actions.map((a) => (
          <GoalActionItem
            key={a.id}
            action={a}
            planId={plan.id}
            communityId={community.id}
            can={can}
            members={community.memberships}
            contributions={community.contributions}
            onChanged={props.refetch}
          />
        ))}
      </Section>
    </>
  );
}

/** "CD-2021-": the community's letters (from any of its codes) and the plan's year. */
export function suggestCode(
  plans: readonly { goalActions: readonly { code: string }[] }[],
  year: number,
): string {
  const letters = plans.flatMap((p) => p.goalActions)[0]?.code.split("-")[0];
  return letters ? `${letters}-${year}-` : "";
}
