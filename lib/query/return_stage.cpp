#include "return_stage.h"

#include <algorithm>

#include "kg/base/error.h"
#include "query_error.h"

namespace kg::query {

struct ReturnStage::AggState {
  std::int64_t count = 0;
  std::int64_t int_sum = 0;
  double float_sum = 0.0;
  bool floating = false;
  Value best;  // min or max
  ValueList items;
  std::unique_ptr<std::unordered_set<Value, ValueHash, ValueEq>> seen;  // DISTINCT
};

ReturnStage::ReturnStage(const BoundQuery& q, const QueryOptions& options) : q_(q), options_(options) {
  if (q.limit) wanted_ = static_cast<std::size_t>(q.skip.value_or(0) + *q.limit);
  key_columns_.assign(q.columns.size(), -1);
  for (std::size_t c = 0; c < q.columns.size(); ++c)
    if (!q.columns[c].aggregate) key_columns_[c] = static_cast<int>(key_size_++);
  if (!q.aggregating || key_size_ == 0 || key_size_ > 2) return;
  for (std::size_t c = 0; c < q.columns.size(); ++c) {
    if (key_columns_[c] < 0) continue;
    const BoundExpr& e = *q.columns[c].expr;
    SymbolKey k;
    if (e.kind == BoundKind::NodeProperty) {
      auto p = static_cast<NodeProp>(e.prop);
      if (p != NodeProp::Id && p != NodeProp::Name && p != NodeProp::Type) return;
      k.node = true;
    } else if (e.kind == BoundKind::RelProperty) {
      auto p = static_cast<RelProp>(e.prop);
      if (p != RelProp::Relation && p != RelProp::EventClass && p != RelProp::QuadClass && p != RelProp::Modality) return;
    } else {
      return;
    }
    k.slot = e.children[0]->slot;
    k.prop = e.prop;
    symbol_keys_.push_back(k);
  }
  symbol_grouping_ = true;
}

graph::Symbol ReturnStage::symbol_of(const SymbolKey& k, const Frame& f, const EvalEnv& env) {
  if (k.node) {
    const graph::ActorVertex& v = env.kg[f.nodes[static_cast<std::size_t>(k.slot)]];
    switch (static_cast<NodeProp>(k.prop)) {
      case NodeProp::Id: return v.id;
      case NodeProp::Name: return v.name;
      default: return v.type;
    }
  }
  if (static_cast<RelProp>(k.prop) == RelProp::Relation) return f.relations[static_cast<std::size_t>(k.slot)];
  const graph::RelationEdge& r = env.kg[f.rels[static_cast<std::size_t>(k.slot)]];
  switch (static_cast<RelProp>(k.prop)) {
    case RelProp::EventClass: return r.event_class;
    case RelProp::QuadClass: return r.quad_class;
    default: return r.modality;
  }
}

std::uint32_t ReturnStage::group_of(const Frame& f, const EvalEnv& env) {
  if (symbol_grouping_) {
    std::uint64_t key = 0;
    for (const SymbolKey& k : symbol_keys_) key = (key << 32) | symbol_of(k, f, env).id();
    CacheSlot& slot = group_cache_[(key * 0x9e3779b97f4a7c15ULL) >> 55];
    if (slot.key == key) return slot.group;
    auto [it, added] = symbol_groups_.try_emplace(key, static_cast<std::uint32_t>(group_keys_.size()));
    slot.key = key;
    slot.group = it->second;
    if (added) {
      std::vector<Value> values;
      for (const SymbolKey& k : symbol_keys_) {
        graph::Symbol s = symbol_of(k, f, env);
        // As the property readers do: the empty string reads as null, except for names and ids.
        bool keep_empty = k.node ? static_cast<NodeProp>(k.prop) != NodeProp::Type
                                 : static_cast<RelProp>(k.prop) == RelProp::Relation;
        values.push_back(s.empty() && !keep_empty ? Value() : Value::string_view(s.view()));
      }
      group_keys_.push_back(std::move(values));
      states_.resize(states_.size() + q_.aggregates.size());
      check_rows(group_keys_.size());
    }
    return it->second;
  }
  scratch_.resize(key_size_);
  for (std::size_t c = 0; c < q_.columns.size(); ++c)
    if (key_columns_[c] >= 0) scratch_[static_cast<std::size_t>(key_columns_[c])] = eval(*q_.columns[c].expr, f, env);
  auto it = groups_.find(scratch_);
  if (it != groups_.end()) return it->second;
  auto g = static_cast<std::uint32_t>(group_keys_.size());
  groups_.emplace(scratch_, g);
  group_keys_.push_back(scratch_);
  states_.resize(states_.size() + q_.aggregates.size());
  check_rows(group_keys_.size());
  return g;
}

ReturnStage::~ReturnStage() = default;

void ReturnStage::check_rows(std::size_t n) const {
  if (n > options_.max_rows)
    throw Error("the query returns more than " + std::to_string(options_.max_rows) +
                " rows (the row limit): add LIMIT, aggregate with count(), or raise it with --max-rows");
}

bool ReturnStage::row_less(const std::vector<Value>& a, const std::vector<Value>& b) const {
  for (const BoundSort& s : q_.order_by) {
    int c = order_compare(a[s.column], b[s.column]);
    if (c != 0) return s.descending ? c > 0 : c < 0;
  }
  return false;
}

// Keeps the best `wanted_` rows in order; stable, so ties keep match order.
void ReturnStage::compact() {
  std::stable_sort(rows_.begin(), rows_.end(), [&](const auto& a, const auto& b) { return row_less(a, b); });
  if (rows_.size() > wanted_) rows_.resize(wanted_);
}

bool ReturnStage::add(const Frame& f, const EvalEnv& env) {
  if (!q_.aggregating) {
    std::vector<Value> row;
    row.reserve(q_.columns.size());
    for (const auto& c : q_.columns) row.push_back(eval(*c.expr, f, env));
    if (q_.distinct) {
      std::vector<Value> key(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(q_.visible_columns));
      if (!distinct_.insert(std::move(key)).second) return true;
      check_rows(distinct_.size());
    }
    rows_.push_back(std::move(row));
    if (wanted_ && q_.order_by.empty()) return rows_.size() < wanted_;
    if (wanted_ && rows_.size() >= 2 * std::max<std::size_t>(wanted_, 1024)) compact();
    check_rows(rows_.size());
    return true;
  }
  std::uint32_t g = group_of(f, env);
  AggState* states = states_.data() + static_cast<std::size_t>(g) * q_.aggregates.size();
  for (std::size_t a = 0; a < q_.aggregates.size(); ++a) update(states[a], *q_.aggregates[a], f, env);
  return true;
}

bool ReturnStage::counts_by_relation(int rel_slot) const {
  if (!q_.aggregating || q_.distinct || key_size_ > 1) return false;
  if (key_size_ == 1) {
    if (!symbol_grouping_ || symbol_keys_.size() != 1) return false;
    const SymbolKey& k = symbol_keys_[0];
    if (k.node || k.slot != rel_slot || static_cast<RelProp>(k.prop) != RelProp::Relation) return false;
  }
  for (const auto& agg : q_.aggregates) {
    if (agg->func != Func::Count || agg->distinct) return false;
    if (agg->star) continue;
    const BoundExpr& arg = *agg->children[0];
    if (arg.kind != BoundKind::Var) return false;
    VarKind kind = q_.variables[static_cast<std::size_t>(arg.slot)].kind;
    if (kind != VarKind::Node && kind != VarKind::Rel) return false;
  }
  return true;
}

void ReturnStage::add_count(const Frame& f, const EvalEnv& env, std::int64_t n) {
  std::uint32_t g = group_of(f, env);
  AggState* states = states_.data() + static_cast<std::size_t>(g) * q_.aggregates.size();
  for (std::size_t a = 0; a < q_.aggregates.size(); ++a) states[a].count += n;
}

void ReturnStage::update(AggState& s, const BoundExpr& agg, const Frame& f, const EvalEnv& env) {
  if (agg.star) {
    ++s.count;
    return;
  }
  Value v = eval(*agg.children[0], f, env);
  if (v.is_null()) return;
  if (agg.distinct) {
    if (!s.seen) s.seen = std::make_unique<std::unordered_set<Value, ValueHash, ValueEq>>();
    if (!s.seen->insert(v).second) return;
  }
  ++s.count;
  switch (agg.func) {
    case Func::Count: break;
    case Func::Collect:
      s.items.push_back(std::move(v));
      check_rows(s.items.size());
      break;
    case Func::Sum:
    case Func::Avg:
      if (!v.is_number())
        fail_at(env.query, agg.pos, std::string("sum() and avg() need numbers, got ") + Value::kind_name(v.kind()));
      if (v.kind() == Value::Kind::Float) s.floating = true;
      if (!s.floating && __builtin_add_overflow(s.int_sum, v.as_int(), &s.int_sum)) s.floating = true;
      s.float_sum += v.as_double();
      break;
    case Func::Min:
    case Func::Max: {
      if (s.count == 1) {
        s.best = std::move(v);
        break;
      }
      int c = order_compare(v, s.best);
      if (agg.func == Func::Min ? c < 0 : c > 0) s.best = std::move(v);
      break;
    }
    default: break;
  }
}

Value ReturnStage::final_value(const AggState& s, const BoundExpr& agg) const {
  switch (agg.func) {
    case Func::Count: return Value::integer(s.count);
    case Func::Collect: return Value::list(s.items);
    case Func::Sum: return s.floating ? Value::real(s.float_sum) : Value::integer(s.int_sum);
    case Func::Avg: return s.count ? Value::real(s.float_sum / static_cast<double>(s.count)) : Value();
    case Func::Min:
    case Func::Max: return s.best;
    default: return {};
  }
}

QueryResult ReturnStage::finish(const EvalEnv& env) {
  if (q_.aggregating) {
    // Aggregating without grouping keys gives one row even with no match (count(*) = 0).
    if (group_keys_.empty() && key_size_ == 0) {
      group_keys_.emplace_back();
      states_.resize(q_.aggregates.size());
    }
    Frame none;
    rows_.clear();
    rows_.reserve(group_keys_.size());
    std::vector<Value> finals(q_.aggregates.size());
    EvalEnv agg_env = env;
    agg_env.aggregates = &finals;
    for (std::size_t g = 0; g < group_keys_.size(); ++g) {
      for (std::size_t a = 0; a < q_.aggregates.size(); ++a)
        finals[a] = final_value(states_[g * q_.aggregates.size() + a], *q_.aggregates[a]);
      std::vector<Value> row(q_.columns.size());
      for (std::size_t c = 0; c < q_.columns.size(); ++c)
        row[c] = key_columns_[c] >= 0 ? group_keys_[g][static_cast<std::size_t>(key_columns_[c])]
                                      : eval(*q_.columns[c].expr, none, agg_env);
      rows_.push_back(std::move(row));
    }
  }
  if (!q_.order_by.empty())
    std::stable_sort(rows_.begin(), rows_.end(), [&](const auto& a, const auto& b) { return row_less(a, b); });
  std::size_t skip = static_cast<std::size_t>(q_.skip.value_or(0));
  QueryResult out;
  for (std::size_t c = 0; c < q_.visible_columns; ++c) out.columns.push_back(q_.columns[c].name);
  std::size_t end = rows_.size();
  if (q_.limit) end = std::min(end, skip + static_cast<std::size_t>(*q_.limit));
  for (std::size_t r = skip; r < end; ++r) {
    rows_[r].resize(q_.visible_columns);
    out.rows.push_back(std::move(rows_[r]));
  }
  return out;
}

}  // namespace kg::query
