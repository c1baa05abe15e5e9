import { Col, Container, Row } from "design-react-kit";
import type { ReactNode } from "react";

/** The page frame of a slice or shell page: one h1, an optional lead, the content. */
export function Page(props: {
  title: string;
  lead?: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Container className="py-4">
      <Row>
        <Col>
          <div className="d-flex flex-wrap align-items-start justify-content-between gap-2 mb-3">
            <div>
              <h1 className="h2">{props.title}</h1>
              {props.lead ? <p className="lead">{props.lead}</p> : null}
            </div>
            {props.actions}
          </div>
          {props.children}
        </Col>
      </Row>
    </Container>
  );
}

/** A titled section inside a page (h2 by default). */
export function Section(props: {
  title: string;
  level?: 2 | 3;
  children?: ReactNode;
  id?: string;
}) {
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <section className="mb-5" aria-labelledby={props.id ? `${props.id}-title` : undefined}>
      <Heading id={props.id ? `${props.id}-title` : undefined} className="h4 mb-3">
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

/** A grid of cards: one column on phones, up to three on wide screens. */
export function CardGrid(props: { children?: ReactNode }) {
  return <div className="row row-cols-1 row-cols-md-2 row-cols-lg-3 g-3">{props.children}</div>;
}
