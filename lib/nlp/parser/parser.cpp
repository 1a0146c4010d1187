#include "kg/nlp/parser.h"

#include <algorithm>

#include "kg/base/atomic_file.h"
#include "kg/base/error.h"
#include "kg/base/model_file.h"
#include "kg/nlp/projectivize.h"
#include "parser_features.h"
#include "parser_model.h"

namespace kg::nlp {
namespace parser_detail {

void ParserModel::index_labels(const std::string& source) {
  std::map<std::string, int> ids;
  for (std::size_t i = 0; i < labels.size(); ++i) ids.emplace(labels[i], static_cast<int>(i));
  plain.assign(labels.size(), -1);
  head_label.assign(labels.size(), -1);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    auto p = labels[i].find(kLiftSeparator);
    if (p == std::string::npos) {
      plain[i] = static_cast<int>(i);
      continue;
    }
    auto a = ids.find(labels[i].substr(0, p));
    auto b = ids.find(labels[i].substr(p + kLiftSeparator.size()));
    if (a == ids.end() || b == ids.end())
      throw Error(source + ": lifted label '" + labels[i] + "' refers to a label the model does not have");
    plain[i] = a->second;
    head_label[i] = b->second;
  }
  auto r = ids.find("root");
  if (r == ids.end()) throw Error(source + ": the parser model has no 'root' label");
  root = r->second;
}

std::string ParserModel::serialize() const {
  ModelWriter w(std::string(kParserKind), header);
  w.str(templates_signature());
  w.u32(static_cast<std::uint32_t>(labels.size()));
  for (const auto& l : labels) w.str(l);
  weights.save(w);
  return w.data();
}

void ParserModel::save(const std::filesystem::path& path) const { write_file_atomic(path, serialize()); }

namespace {

// Per-thread working memory of parse(): grown to the longest sentence seen,
// then reused.
struct Scratch {
  SentenceAtoms atoms;
  ArcHybridState state;
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores;
  std::vector<int> heads, labels;
  DeprojectivizeScratch deproj;
};

}  // namespace
}  // namespace parser_detail

using namespace parser_detail;

Parser::Parser(std::shared_ptr<const ParserModel> model) : model_(std::move(model)) {}

Parser Parser::load(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) throw Error(path.string() + ": parser model file not found");
  ModelReader r(path, kParserKind);
  auto m = std::make_shared<ParserModel>();
  m->header = r.header();
  std::string sig = r.str("feature templates");
  if (sig != templates_signature())
    r.fail("feature templates", "the model was trained with other feature templates; retrain it with this kg");
  std::uint32_t n = r.u32("label count");
  if (n == 0 || n > 4096) r.fail("label count", "out of range (1..4096)");
  for (std::uint32_t i = 0; i < n; ++i) m->labels.push_back(r.str("label"));
  m->index_labels(path.string());
  m->weights = CompactWeights::load(r, m->action_count());
  r.expect_end();
  return Parser(std::move(m));
}

const std::map<std::string, std::string>& Parser::header() const { return model_->header; }
const std::vector<std::string>& Parser::labels() const { return model_->labels; }

void Parser::parse(Sentence& sentence) const {
  thread_local Scratch s;
  const ParserModel& m = *model_;
  const int n = static_cast<int>(sentence.words.size());
  if (n == 0) return;
  s.atoms.fill(sentence);
  s.state.reset(n);
  s.features.resize(templates().size());
  s.scores.resize(std::max<std::size_t>(m.weights.score_size(), static_cast<std::size_t>(m.action_count())));
  while (!s.state.terminal()) {
    extract_features(s.state, s.atoms, s.features);
    std::fill(s.scores.begin(), s.scores.end(), 0);
    m.weights.score(s.features, s.scores);
    int a = best_valid_action<std::int32_t>(s.state, std::span<const std::int32_t>(s.scores).first(static_cast<std::size_t>(m.action_count())), m.root);
    s.state.apply(action_move(a), action_label(a));
  }
  s.heads.assign(static_cast<std::size_t>(n) + 1, 0);
  s.labels.assign(static_cast<std::size_t>(n) + 1, m.root);
  for (int i = 1; i <= n; ++i) {
    s.heads[static_cast<std::size_t>(i)] = s.state.head(i);
    s.labels[static_cast<std::size_t>(i)] = s.state.label(i);
  }
  deprojectivize(s.heads, s.labels, m.plain, m.head_label, s.deproj);
  for (int i = 1; i <= n; ++i) {
    Word& w = sentence.words[static_cast<std::size_t>(i - 1)];
    w.head = s.heads[static_cast<std::size_t>(i)];
    w.deprel = m.labels[static_cast<std::size_t>(s.labels[static_cast<std::size_t>(i)])];
  }
}

const std::vector<std::string>& ud_relations() {
  static const std::vector<std::string> r = {
      "acl",   "advcl", "advmod",    "amod",     "appos",  "aux",    "case",   "cc",      "ccomp",
      "clf",   "compound", "conj",   "cop",      "csubj",  "dep",    "det",    "discourse", "dislocated",
      "expl",  "fixed", "flat",      "goeswith", "iobj",   "list",   "mark",   "nmod",    "nsubj",
      "nummod", "obj",  "obl",       "orphan",   "parataxis", "punct", "reparandum", "root", "vocative",
      "xcomp"};
  return r;
}

bool is_ud_relation(std::string_view deprel) {
  auto colon = deprel.find(':');
  std::string_view base = deprel.substr(0, colon);
  if (colon != std::string_view::npos) {
    std::string_view sub = deprel.substr(colon + 1);
    if (sub.empty() || !std::all_of(sub.begin(), sub.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  }
  const auto& r = ud_relations();
  return std::find(r.begin(), r.end(), base) != r.end();
}

}  // namespace kg::nlp
