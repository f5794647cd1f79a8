// kg sources add: one Source per address; adding it again changes nothing but says so.
MERGE (s:Source {url: $url})
ON CREATE SET s.addedAt = datetime(), s.parentUrl = null, s.added = true
WITH s, coalesce(s.added, false) AS created
REMOVE s.added
RETURN s {.*, addedAt: toString(s.addedAt)} AS source, created
