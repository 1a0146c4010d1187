MATCH (a)-[r:meet]->(b)
WHERE r.count > 0 AND NOT r.negated
RETURN a.name AS who, b.name, r.count AS times ORDER BY times DESC LIMIT 5
