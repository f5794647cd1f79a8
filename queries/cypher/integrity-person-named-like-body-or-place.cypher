// kg check, invariant person-named-like-body-or-place: a Person whose name reads as a body or a
// place, most likely a body or place the extractor took for a name ("Đoàn Than Quảng Ninh",
// "Ban Tổ chức"). Three tests, their data in ingest/lexicon/shared/integrity-words.tsv:
// - the lower-cased name starts with a phrase of $bodyStarts (lower case, with diacritics, in
//   both tone placements: "Trường" is not the family name "Trương");
// - a phrase of $placeWords is followed by another word ("tỉnh Đồng Tháp", "đường Lê Lợi");
// - the folded name is a province ($provinceKeys), or ends in one of two or more words after two
//   or more words of its own: "Nguyễn Hòa Bình" (a family name and "Hòa Bình") is a person.
// Whole-graph: one pass over Person; examples ($limit) by id.
// example-params: {"bodyStarts": ["ban", "công đoàn"], "placeWords": ["tỉnh", "huyện"], "provinceKeys": ["quang ninh", "hue"], "limit": 10}
MATCH (p:Person)
WITH p, toLower(coalesce(p.name, '')) AS name, coalesce(p.nameKey, '') AS key
WITH p, key,
     [w IN $bodyStarts WHERE name = w OR name STARTS WITH w + ' '] AS bodyWords,
     [w IN $placeWords WHERE name STARTS WITH w + ' ' OR name CONTAINS ' ' + w + ' '] AS placeWords,
     [k IN $provinceKeys WHERE key = k OR (
        k CONTAINS ' ' AND key ENDS WITH ' ' + k
        AND size(split(trim(left(key, size(key) - size(k))), ' ')) >= 2)] AS provinces
WHERE size(bodyWords) + size(placeWords) + size(provinces) > 0
WITH p, bodyWords, placeWords, provinces ORDER BY p.id
WITH collect({node: p, bodyWords: bodyWords, placeWords: placeWords, provinces: provinces}) AS found
CALL (found) {
  UNWIND found[..toInteger($limit)] AS f
  WITH f, f.node AS p
  RETURN collect({
    ids: [p.id],
    names: [p.name],
    articleIds: COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 50 },
    note: substring(
      reduce(s = '', w IN f.bodyWords | s + '; starts with the body word "' + w + '"') +
      reduce(s = '', w IN f.placeWords | s + '; has the place word "' + w + '" before a name') +
      reduce(s = '', k IN f.provinces | s + '; is or ends in the province "' + k + '"'), 2)
  }) AS examples
}
RETURN size(found) AS count, examples
