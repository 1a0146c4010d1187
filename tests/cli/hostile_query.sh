#!/usr/bin/env bash
## kg query on hostile graphs and queries: syntax errors, deep nesting, huge
## numbers and exploding patterns end with one clean error, never a crash.
source "$(dirname "$0")/lib/hostile.sh"
require_command query
require_command build
make_graphs
G=$T/good.kg.json
protect "$G"  # a query never writes to its graph
Q='MATCH (a)-[r]->(b) RETURN a.name'
deep_parens=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "("; printf "1"; for (i = 0; i < 20000; i++) printf ")" }')
deep_lists=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "["; }')
deep_not=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "NOT "; printf "true" }')
deep_maps=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{a: "; }')

expect_fail "truncated graph" "truncated.kg.json" -- "$KG" -q query "$T/truncated.kg.json" "$Q"
expect_fail "newer graph version" "newer.kg.json" -- "$KG" -q query "$T/newer.kg.json" "$Q"
expect_fail "corrupt graph" "corrupt.kg.json" -- "$KG" -q query "$T/corrupt.kg.json" "$Q"
expect_fail "deeply nested graph" "deep.kg.json" -- "$KG" -q query "$T/deep.kg.json" "$Q"
expect_fail "binary graph" "binary.txt" -- "$KG" -q query "$T/in/binary.txt" "$Q"
expect_fail "empty graph file" "empty.txt" -- "$KG" -q query "$T/in/empty.txt" "$Q"
expect_fail "missing graph" -- "$KG" -q query "$T/nonexistent.kg.json" "$Q"
expect_fail "directory graph" -- "$KG" -q query "$T/dir" "$Q"
expect_fail "syntax error" -- "$KG" -q query "$G" 'MATCH (a RETURN a'
expect_fail "empty query" -- "$KG" -q query "$G" ''
expect_fail "unknown function" -- "$KG" -q query "$G" 'MATCH (a) RETURN nosuchfn(a)'
expect_fail "unterminated string" -- "$KG" -q query "$G" "MATCH (a {name: 'x}) RETURN a"
expect_fail "invalid UTF-8 in query" "invalid UTF-8" -- "$KG" -q query "$G" "$(printf 'MATCH (a {name: \x27\xff\xfe\x27}) RETURN a')"
expect_fail "deep parentheses" "nested too deeply" -- "$KG" -q query "$G" "MATCH (a) RETURN $deep_parens"
expect_fail "deep lists" -- "$KG" -q query "$G" "MATCH (a) RETURN $deep_lists"
expect_fail "deep NOT" -- "$KG" -q query "$G" "MATCH (a) WHERE $deep_not RETURN a"
expect_fail "deep maps" -- "$KG" -q query "$G" "MATCH (a) RETURN $deep_maps"
expect_fail "huge integer" -- "$KG" -q query "$G" 'MATCH (a) RETURN 99999999999999999999999999'
expect_fail "huge LIMIT" -- "$KG" -q query "$G" 'MATCH (a) RETURN a LIMIT 99999999999999999999999999'
expect_fail "huge hop count" -- "$KG" -q query "$G" 'MATCH (a)-[*1..99999999999999999999]->(b) RETURN b'
expect_fail "hop bound above the limit" -- "$KG" -q query "$G" 'MATCH (a)-[*1..100000]->(b) RETURN b'
expect_fail "negative SKIP" -- "$KG" -q query "$G" 'MATCH (a) RETURN a SKIP -1'
expect_fail "integer overflow" -- "$KG" -q query "$G" 'MATCH (a) RETURN 9223372036854775807 + 1'
expect_fail "row limit" "rows" -- "$KG" -q query "$G" 'MATCH (a), (b), (c) RETURN a, b, c' --max-rows 10
expect_fail "bad --max-rows" -- "$KG" -q query "$G" "$Q" --max-rows -5
expect_fail "bad --timeout" -- "$KG" -q query "$G" "$Q" --timeout banana
done_checks
