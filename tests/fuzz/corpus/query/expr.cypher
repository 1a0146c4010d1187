MATCH (a)-[r:sue|hire]->(c:ORG)
RETURN c.name + ' / ' + toUpper(a.name), startNode(r) = a, -1.5e3 * (2 + 3) % 7
