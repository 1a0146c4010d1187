// The RETURN clause as a sink for matches: projection, DISTINCT, grouping
// with hash aggregation, then ORDER BY, SKIP and LIMIT when the matches are
// exhausted. With LIMIT and no ORDER BY it tells the matcher to stop early;
// with ORDER BY and LIMIT it keeps only the best rows as it goes.
#pragma once
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "bound.h"
#include "eval.h"
#include "kg/query/query.h"

namespace kg::query {

class ReturnStage {
 public:
  ReturnStage(const BoundQuery& q, const QueryOptions& options);
  ~ReturnStage();
  // Takes one match; false when no more are needed.
  bool add(const Frame& f, const EvalEnv& env);
  // Counting without matches: true when every aggregate is count(*) or
  // count(v) of a pattern variable (never null in a match) and the grouping
  // key, if any, is `rel_slot`.relation alone. Then add_count() may stand
  // for `n` matches whose frames differ only in unread slots.
  bool counts_by_relation(int rel_slot) const;
  void add_count(const Frame& f, const EvalEnv& env, std::int64_t n);
  QueryResult finish(const EvalEnv& env);

 private:
  struct AggState;
  struct ValueHash {
    std::size_t operator()(const Value& v) const { return hash_value(v); }
  };
  struct ValueEq {
    bool operator()(const Value& a, const Value& b) const { return same_value(a, b); }
  };

  void update(AggState& s, const BoundExpr& agg, const Frame& f, const EvalEnv& env);
  Value final_value(const AggState& s, const BoundExpr& agg) const;
  void compact();
  void check_rows(std::size_t n) const;
  bool row_less(const std::vector<Value>& a, const std::vector<Value>& b) const;

  // Grouping keys that are interned strings of the graph (relation, type,
  // id, ...) group by their symbol ids: equal strings have equal ids, so
  // this is the same grouping without hashing any text.
  struct SymbolKey {
    bool node = false;
    int slot = -1;
    std::uint8_t prop = 0;
  };
  bool symbol_grouping_ = false;
  std::vector<SymbolKey> symbol_keys_;
  std::unordered_map<std::uint64_t, std::uint32_t> symbol_groups_;
  // A direct-mapped cache in front of symbol_groups_: with a few dozen
  // groups (relations, types) almost every lookup is one array read.
  struct CacheSlot {
    std::uint64_t key = ~std::uint64_t{0};
    std::uint32_t group = 0;
  };
  std::vector<CacheSlot> group_cache_ = std::vector<CacheSlot>(512);
  std::uint32_t group_of(const Frame& f, const EvalEnv& env);
  static graph::Symbol symbol_of(const SymbolKey& k, const Frame& f, const EvalEnv& env);

  const BoundQuery& q_;
  const QueryOptions& options_;
  std::size_t wanted_ = 0;  // skip + limit, or 0 when unlimited
  std::vector<std::vector<Value>> rows_;
  std::unordered_set<std::vector<Value>, ValueRowHash, ValueRowEq> distinct_;
  // Aggregation: group key -> group number; states are groups x aggregates.
  std::vector<int> key_columns_;  // column -> position in the key, or -1
  std::size_t key_size_ = 0;
  std::vector<Value> scratch_;
  std::unordered_map<std::vector<Value>, std::uint32_t, ValueRowHash, ValueRowEq> groups_;
  std::vector<std::vector<Value>> group_keys_;
  std::vector<AggState> states_;
};

}  // namespace kg::query
