#include "kg/nlp/lemmatizer.h"

#include <algorithm>

#include "kg/base/model_file.h"
#include "lemmatizer_model.h"
#include "word_features.h"
#include "word_table.h"

namespace kg::nlp {

using namespace lemma_detail;

namespace lemma_detail {

bool apply_rule(const Rule& r, std::string_view form, std::string& out) {
  if (r.strip > form.size()) return false;
  out.assign(form.substr(0, form.size() - r.strip));
  switch (r.lower) {
    case kLowercase:
    case kTitlecase:
      for (std::size_t i = (r.lower == kTitlecase ? 1 : 0); i < out.size(); ++i)
        if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
      break;
    case kDropCommas:
      out.erase(std::remove(out.begin(), out.end(), ','), out.end());
      break;
    default:
      break;
  }
  out += r.append;
  return true;
}

}  // namespace lemma_detail

struct Lemmatizer::Impl {
  std::map<std::string, std::string> header;
  std::vector<Rule> rules;
  std::vector<std::string> lemmas;
  WordTable<std::uint32_t> rule_index;       // rule_key -> index into rules
  WordTable<std::uint32_t> exception_index;  // exception_key -> index into lemmas
};

Lemmatizer Lemmatizer::read(ModelReader& in) {
  auto impl = std::make_shared<Impl>();
  impl->header = in.header();
  std::uint32_t nrules = in.u32("rule count");
  if (nrules > (1u << 24)) in.fail("rule count", "too many rules");
  impl->rules.resize(nrules);
  for (Rule& r : impl->rules) {
    r.lower = in.u8("rule lowercase flag");
    r.strip = in.u8("rule strip");
    r.append = in.str("rule append");
  }
  std::uint64_t nkeys = in.u64("rule key count");
  if (nkeys > (1u << 24)) in.fail("rule key count", "too many rule keys");
  std::vector<std::pair<std::uint64_t, std::uint32_t>> items;
  for (std::uint64_t i = 0; i < nkeys; ++i) {
    std::uint64_t k = in.u64("rule key");
    std::uint32_t v = in.u32("rule id");
    if (v >= nrules) in.fail("rule id", "rule id out of range");
    items.emplace_back(k, v);
  }
  impl->rule_index = WordTable<std::uint32_t>(items);
  items.clear();
  std::uint64_t nex = in.u64("exception count");
  if (nex > (1u << 24)) in.fail("exception count", "too many exceptions");
  for (std::uint64_t i = 0; i < nex; ++i) {
    std::uint64_t k = in.u64("exception key");
    items.emplace_back(k, static_cast<std::uint32_t>(impl->lemmas.size()));
    impl->lemmas.push_back(in.str("exception lemma"));
  }
  impl->exception_index = WordTable<std::uint32_t>(items);
  in.expect_end();
  Lemmatizer l;
  l.impl_ = std::move(impl);
  return l;
}

Lemmatizer Lemmatizer::load(const std::filesystem::path& path) {
  ModelReader in(path, "lemmatizer");
  return read(in);
}

Lemmatizer Lemmatizer::load_bytes(std::string data, std::string source) {
  ModelReader in(std::move(data), std::move(source), "lemmatizer");
  return read(in);
}

const std::map<std::string, std::string>& Lemmatizer::header() const { return impl_->header; }

void Lemmatizer::lemma(std::string_view form, std::string_view xpos, std::string& out) const {
  const Impl& m = *impl_;
  if (const std::uint32_t* e = m.exception_index.find(exception_key(form, xpos))) {
    out.assign(m.lemmas[*e]);
    return;
  }
  thread_local std::string lower;
  lowercase_into(form, lower);
  if (lower != form)
    if (const std::uint32_t* e = m.exception_index.find(exception_key(lower, xpos))) {
      out.assign(m.lemmas[*e]);
      return;
    }
  std::string_view low = lower;
  for (int n = kMaxSuffixChars; n >= 0; --n) {
    std::size_t start = utf8_suffix_start(low, n);
    if (n > 0 && start == 0 && utf8_suffix_start(low, n - 1) == 0) continue;  // word shorter than n chars
    if (const std::uint32_t* r = m.rule_index.find(rule_key(xpos, low.substr(start))))
      if (apply_rule(m.rules[*r], form, out)) return;
  }
  out.assign(form);
}

void Lemmatizer::lemmatize(Sentence& s) const {
  for (Word& w : s.words) lemma(w.form, w.xpos, w.lemma);
}

}  // namespace kg::nlp
