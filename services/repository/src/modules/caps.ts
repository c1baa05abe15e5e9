/**
 * The most items a list field returns (docs/adr/0008-bounded-lists.md): lists that grow with
 * time or use are capped, most relevant first, and their descriptions say so.
 */
export const CAPS = {
  /** Organization.sharedResources: full resource bodies, featured and newest first. */
  organizationResources: 100,
  /** Community.resources, featured and newest first. */
  communityResources: 200,
  /** GoalAction.deliverableResources: a deliverable is one or a few resources. */
  deliverableResources: 20,
  /** Resource.revisions, newest first: snapshots of the whole resource. */
  revisions: 50,
  /** Active support offers per person, per resource, and per helper in whoCanHelp. */
  offers: 100,
} as const;
