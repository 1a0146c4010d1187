// Runs a plan: nested-loop pattern matching over the adjacency lists (each
// step extends the current match and calls the next), feeding every complete
// match to the RETURN stage (projection, DISTINCT, hash aggregation, ORDER BY,
// SKIP, LIMIT).
#pragma once
#include <string_view>

#include "bound.h"
#include "kg/query/query.h"
#include "plan.h"

namespace kg::query {

QueryResult execute(const BoundQuery& q, const Plan& plan, const graph::KnowledgeGraph& kg,
                    std::string_view query_text, const QueryOptions& options);

}  // namespace kg::query
