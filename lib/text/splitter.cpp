#include "kg/text/splitter.h"

#include <cstdlib>
#include <mutex>

#include "kg/base/error.h"
#include "kg/base/model_file.h"
#include "splitter_features.h"

namespace kg::text {

namespace {
constexpr std::string_view kKind = "splitter";
}

SentenceSplitter::SentenceSplitter(unsigned hash_bits, std::vector<float> weights)
    : bits_(hash_bits), weights_(std::move(weights)) {
  if (bits_ < 8 || bits_ > 26 || weights_.size() != (std::size_t{1} << bits_))
    throw Error("sentence splitter: weight table size does not match its hash bits");
}

std::vector<Sentence> SentenceSplitter::split(std::string_view text, const std::vector<Token>& tokens) const {
  std::vector<Sentence> out;
  if (tokens.empty()) return out;
  detail::BoundaryContext c;
  c.build(text, tokens);
  std::uint32_t feats[detail::kMaxFeatures];
  std::size_t first = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    bool boundary;
    if (!detail::decided_by_rule(c, i, tokens, boundary)) {
      const int n = detail::boundary_features(c, i, i - first, bits_, feats);
      float score = 0;
      for (int k = 0; k < n; ++k) score += weights_[feats[k]];
      boundary = score > 0;
    }
    if (!boundary) continue;
    Sentence s;
    s.start = tokens[first].start;
    s.end = tokens[i].end;
    s.first_token = static_cast<std::uint32_t>(first);
    s.token_count = static_cast<std::uint32_t>(i + 1 - first);
    // A headline: the sentence ends a line without final punctuation
    // (closing quotes and brackets after the stop do not count).
    std::size_t last = i;
    while (last > first && (c.facts[last].kind & detail::kClosing)) --last;
    const bool line_end = i + 1 == tokens.size() || c.facts[i + 1].gap_before == detail::Gap::kNewline ||
                          c.facts[i + 1].gap_before == detail::Gap::kParagraph;
    s.headline = line_end && !(c.facts[last].kind & detail::kFinalPunct) && tokens[last].form != ":";
    out.push_back(s);
    first = i + 1;
  }
  return out;
}

void SentenceSplitter::save(const std::filesystem::path& path, const std::map<std::string, std::string>& header) const {
  ModelWriter w(std::string(kKind), header);
  w.u32(bits_);
  std::vector<std::uint32_t> index;
  std::vector<float> value;
  for (std::size_t k = 0; k < weights_.size(); ++k)
    if (weights_[k] != 0.0f) {
      index.push_back(static_cast<std::uint32_t>(k));
      value.push_back(weights_[k]);
    }
  w.array(index);
  w.array(value);
  w.save(path);
}

SentenceSplitter SentenceSplitter::load(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw Error(path.string() + ": sentence splitter model not found (train it with 'kg train splitter', or point "
                                "--models DIR or KG_MODELS at a directory holding splitter.kgm)");
  ModelReader r(path, kKind);
  const std::uint32_t bits = r.u32("hash bits");
  if (bits < 8 || bits > 26) r.fail("hash bits", "must be between 8 and 26");
  auto index = r.array<std::uint32_t>("weight indexes");
  auto value = r.array<float>("weight values");
  if (index.size() != value.size()) r.fail("weight values", "count differs from the number of indexes");
  r.expect_end();
  std::vector<float> weights(std::size_t{1} << bits, 0.0f);
  for (std::size_t k = 0; k < index.size(); ++k) {
    if (index[k] >= weights.size()) r.fail("weight indexes", "index outside the weight table");
    weights[index[k]] = value[k];
  }
  return SentenceSplitter(bits, std::move(weights));
}

std::filesystem::path SentenceSplitter::default_path() {
  if (const char* env = std::getenv("KG_MODELS"); env && *env) return std::filesystem::path(env) / "splitter.kgm";
  return std::filesystem::path(KG_SOURCE_DIR) / "models" / "splitter.kgm";
}

const SentenceSplitter& SentenceSplitter::default_splitter() {
  static std::once_flag once;
  static std::unique_ptr<SentenceSplitter> model;
  std::call_once(once, [] { model = std::make_unique<SentenceSplitter>(load(default_path())); });
  return *model;
}

}  // namespace kg::text
