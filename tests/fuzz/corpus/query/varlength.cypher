MATCH (a {name: 'Bob'})-[*1..3]-(x:ORG)
RETURN DISTINCT x.name, size(x.documents), x.mentions
