// `kg analyse` (decision 0022): the last run is one (:Analysis {id: 'network'}) node, the
// communities it found are (:Community {id}) nodes, and each analysed Person / Organization
// carries `communityId`, read through this index when a community lists its members.
CREATE CONSTRAINT analysis_id IF NOT EXISTS FOR (a:Analysis) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (c:Community) REQUIRE c.id IS UNIQUE;
CREATE INDEX community_rank IF NOT EXISTS FOR (c:Community) ON (c.rank);
CREATE INDEX entity_community IF NOT EXISTS FOR (n:Entity) ON (n.communityId);
CREATE INDEX entity_analysis_version IF NOT EXISTS FOR (n:Entity) ON (n.analysisVersion);
