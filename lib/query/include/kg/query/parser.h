// Parses the openCypher subset kg understands (see docs/query.md) into an
// AstQuery. Recursive descent with an explicit nesting limit, so a deeply
// nested query is an error, never a stack overflow.
#pragma once
#include <cstddef>
#include <string_view>

#include "kg/query/ast.h"

namespace kg::query {

// Deepest nesting of parentheses, lists, maps and operators a query may use.
inline constexpr std::size_t kMaxNesting = 200;

// Throws kg::Error showing the query with a caret under the error and what
// was expected there.
AstQuery parse_query(std::string_view query);

}  // namespace kg::query
