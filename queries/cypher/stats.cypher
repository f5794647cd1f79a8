// Whole-graph counts. Each count of a single label or relationship type is answered from
// Neo4j's count store, so this stays constant-time as the graph grows.
// example-params: {}
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Position) RETURN count(n) AS positions }
CALL () { MATCH ()-[r:CHAIRED]->() RETURN count(r) AS chaired }
CALL () { MATCH ()-[r:ATTENDED]->() RETURN count(r) AS attended }
CALL () { MATCH ()-[r:HOLDS]->() RETURN count(r) AS holds }
CALL () { MATCH ()-[r:IMPLEMENTS]->() RETURN count(r) AS implementsCount }
CALL () { MATCH ()-[r:ISSUED]->() RETURN count(r) AS issued }
CALL () { MATCH ()-[r:ORGANIZED]->() RETURN count(r) AS organized }
CALL () { MATCH ()-[r:OF]->() RETURN count(r) AS ofCount }
CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS partOf }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions }
CALL () { MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r) AS possiblySameAs }
RETURN articles, people, organizations, documents, events, positions,
       chaired + attended + holds + implementsCount + issued + organized AS claims,
       [
         {type: 'CHAIRED', count: chaired}, {type: 'ATTENDED', count: attended}, {type: 'HOLDS', count: holds},
         {type: 'IMPLEMENTS', count: implementsCount}, {type: 'ISSUED', count: issued},
         {type: 'ORGANIZED', count: organized}, {type: 'OF', count: ofCount}, {type: 'PART_OF', count: partOf},
         {type: 'MENTIONS', count: mentions}, {type: 'POSSIBLY_SAME_AS', count: possiblySameAs}
       ] AS relations
