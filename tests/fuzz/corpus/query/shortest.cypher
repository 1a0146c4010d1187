MATCH p = shortestPath((a {name: 'Alice'})-[*]-(b {name: 'Paris'}))
RETURN p, length(p) AS hops
