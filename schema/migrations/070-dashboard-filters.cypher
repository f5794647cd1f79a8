// Dashboards (issue 14 item 7, decision 0023): the lists' `where` filters and the aggregates start
// their read from the most selective filter given. These indexes are the starting points the
// queries seek on: bodies of a province or of some kinds, posts of a role.
// (Event.date has event_date since 030; documents and bodies by id have their constraints.)
CREATE INDEX organization_province IF NOT EXISTS FOR (o:Organization) ON (o.province);
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind);
CREATE INDEX position_role IF NOT EXISTS FOR (p:Position) ON (p.role);
