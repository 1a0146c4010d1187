MATCH (a:PERSON)-[r]-()
RETURN a.name, a.type, count(r) AS links, collect(r.relation) AS rels
