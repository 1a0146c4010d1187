#include "parser_features.h"

#include <algorithm>

namespace kg::nlp::parser_detail {
namespace {

// Atom indexes. w = word, t = tag, l = arc label, s = suffix, vl/vr = number
// of left/right dependents, d = distance.
enum Atom : std::uint8_t {
  S0w, S0t, S1w, S1t, S2w, S2t, B0w, B0t, B1w, B1t, B2w, B2t,
  S0L1w, S0L1t, S0L1l, S0L2w, S0L2t, S0L2l, S0R1w, S0R1t, S0R1l, S0R2w, S0R2t, S0R2l,
  S1L1w, S1L1t, S1L1l, S1R1w, S1R1t, S1R1l, S1R2t, S1R2l,
  B0L1w, B0L1t, B0L1l, B0L2w, B0L2t, B0L2l,
  S0vl, S0vr, S1vl, S1vr, B0vl, D01, D10, S0s, B0s, B1s, S0l, S1l, B0p, S3t,
  AtomEnd
};
static_assert(AtomEnd == kAtomCount);

constexpr Template T(std::initializer_list<Atom> a) {
  Template t{{0, 0, 0, 0}, 0};
  for (Atom x : a) t.atoms[t.arity++] = x;
  return t;
}

const Template kTemplates[] = {
    // single positions
    T({S0w}), T({S0t}), T({S0w, S0t}), T({S1w}), T({S1t}), T({S1w, S1t}), T({S2w}), T({S2t}), T({S2w, S2t}),
    T({B0w}), T({B0t}), T({B0w, B0t}), T({B1w}), T({B1t}), T({B1w, B1t}), T({B2w}), T({B2t}), T({B2w, B2t}),
    T({S0s}), T({B0s}), T({B1s}), T({S0s, S0t}), T({B0s, B0t}),
    // s0 with b0 (LEFT decisions)
    T({S0w, S0t, B0w, B0t}), T({S0w, S0t, B0w}), T({S0w, B0w, B0t}), T({S0w, S0t, B0t}), T({S0t, B0w, B0t}),
    T({S0w, B0w}), T({S0t, B0t}), T({B0t, B1t}), T({B0w, B1w}), T({B0w, B1t}), T({B0t, B1w}),
    // s1 with s0 (RIGHT decisions)
    T({S1w, S1t, S0w, S0t}), T({S1w, S1t, S0w}), T({S1w, S0w, S0t}), T({S1w, S1t, S0t}), T({S1t, S0w, S0t}),
    T({S1w, S0w}), T({S1t, S0t}), T({S1t, S0t, S0l}), T({S1w, S0w, B0w}), T({S1t, S0t, B0w}),
    // tag trigrams
    T({B0t, B1t, B2t}), T({S0t, B0t, B1t}), T({S1t, S0t, B0t}), T({S2t, S1t, S0t}), T({S3t, S2t, S1t, S0t}),
    T({S0t, S0L1t, B0t}), T({S0t, S0R1t, B0t}), T({S0t, B0t, B0L1t}), T({S1t, S1R1t, S0t}), T({S1t, S0t, S0L1t}),
    T({S1t, S0t, S0R1t}), T({S1t, S1L1t, S0t}), T({S2t, S1t, S0t, B0t}), T({S1t, S0t, B0t, B1t}),
    // distance
    T({S0w, D01}), T({S0t, D01}), T({B0w, D01}), T({B0t, D01}), T({S0w, B0w, D01}), T({S0t, B0t, D01}),
    T({S1w, D10}), T({S1t, D10}), T({S0w, D10}), T({S0t, D10}), T({S1w, S0w, D10}), T({S1t, S0t, D10}),
    // valency
    T({S0w, S0vr}), T({S0t, S0vr}), T({S0w, S0vl}), T({S0t, S0vl}), T({S1w, S1vr}), T({S1t, S1vr}),
    T({S1w, S1vl}), T({S1t, S1vl}), T({B0w, B0vl}), T({B0t, B0vl}), T({S0t, S0vl, S0vr, B0t}),
    // children
    T({S0L1w}), T({S0L1t}), T({S0L1l}), T({S0R1w}), T({S0R1t}), T({S0R1l}), T({S1R1w}), T({S1R1t}), T({S1R1l}),
    T({S1L1w}), T({S1L1t}), T({S1L1l}), T({B0L1w}), T({B0L1t}), T({B0L1l}),
    T({S0t, S0L1l}), T({S0t, S0R1l}), T({S1t, S1R1l}), T({S1t, S1L1l}), T({B0t, B0L1l}),
    T({S0w, S0L1l}), T({S0w, S0R1l}), T({B0w, B0L1l}), T({S1w, S1R1l}),
    // second children
    T({S0L2w}), T({S0L2t}), T({S0L2l}), T({S0R2w}), T({S0R2t}), T({S0R2l}), T({B0L2w}), T({B0L2t}), T({B0L2l}),
    T({S1R2t}), T({S1R2l}),
    T({S0t, S0L1t, S0L2t}), T({S0t, S0R1t, S0R2t}), T({B0t, B0L1t, B0L2t}), T({S1t, S1R1t, S1R2t}),
    T({S0t, S0L1l, S0L2l}), T({S0t, S0R1l, S0R2l}), T({B0t, B0L1l, B0L2l}), T({S1t, S1R1l, S1R2l}),
    // punctuation between s0 and b0, and labels already given to the stack words
    T({S0t, B0t, B0p}), T({S0l, B0t}), T({S0l, S0t, B0t}), T({S1l, S1t, S0t}),
};

inline std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

constexpr std::uint64_t kNone = 0x9e3779b97f4a7c15ULL;  // value of an absent position

}  // namespace

std::uint64_t hash_string(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return mix(h);
}

void SentenceAtoms::fill(const Sentence& s) {
  const std::size_t n = s.words.size();
  word.resize(n + 1);
  tag.resize(n + 1);
  suffix.resize(n + 1);
  word[0] = hash_string("<root>");
  tag[0] = hash_string("<ROOT>");
  suffix[0] = word[0];
  std::string lower;
  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = s.words[i];
    lower.assign(w.form);
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    word[i + 1] = hash_string(lower);
    // Suffix of up to 3 bytes, not cutting a UTF-8 sequence.
    std::size_t cut = lower.size() > 3 ? lower.size() - 3 : 0;
    while (cut > 0 && (static_cast<unsigned char>(lower[cut]) & 0xC0) == 0x80) --cut;
    suffix[i + 1] = hash_string(std::string_view(lower).substr(cut)) ^ 0x5u;
    tag[i + 1] = hash_string(w.xpos.empty() ? w.upos : w.xpos);
  }
}

std::span<const Template> templates() { return kTemplates; }

std::string templates_signature() {
  std::string sig = "arc-hybrid-v1:";
  for (const Template& t : kTemplates) {
    for (int i = 0; i < t.arity; ++i) sig += std::to_string(t.atoms[static_cast<std::size_t>(i)]) + (i + 1 < t.arity ? "," : "");
    sig += ';';
  }
  return sig;
}

void extract_features(const ArcHybridState& st, const SentenceAtoms& sa, std::span<std::uint64_t> out) {
  std::uint64_t a[kAtomCount];
  auto word = [&](int i) { return i < 0 ? kNone : sa.word[static_cast<std::size_t>(i)]; };
  auto tag = [&](int i) { return i < 0 ? kNone : sa.tag[static_cast<std::size_t>(i)]; };
  auto lab = [&](int i) { return i < 0 ? kNone : static_cast<std::uint64_t>(st.label(i) + 2); };
  auto small = [](int v) { return static_cast<std::uint64_t>(std::min(v, 6)) + 11; };
  const int s0 = st.stack(0), s1 = st.stack(1), s2 = st.stack(2), s3 = st.stack(3);
  const int b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
  a[S0w] = word(s0), a[S0t] = tag(s0), a[S1w] = word(s1), a[S1t] = tag(s1), a[S2w] = word(s2), a[S2t] = tag(s2);
  a[S3t] = tag(s3);
  a[B0w] = word(b0), a[B0t] = tag(b0), a[B1w] = word(b1), a[B1t] = tag(b1), a[B2w] = word(b2), a[B2t] = tag(b2);
  auto child = [&](int c, Atom w, Atom t, Atom l) {
    a[w] = word(c), a[t] = tag(c), a[l] = lab(c);
  };
  child(st.left1(s0), S0L1w, S0L1t, S0L1l);
  child(st.left2(s0), S0L2w, S0L2t, S0L2l);
  child(st.right1(s0), S0R1w, S0R1t, S0R1l);
  child(st.right2(s0), S0R2w, S0R2t, S0R2l);
  child(st.left1(s1), S1L1w, S1L1t, S1L1l);
  child(st.right1(s1), S1R1w, S1R1t, S1R1l);
  int s1r2 = st.right2(s1);
  a[S1R2t] = tag(s1r2), a[S1R2l] = lab(s1r2);
  child(st.left1(b0), B0L1w, B0L1t, B0L1l);
  child(st.left2(b0), B0L2w, B0L2t, B0L2l);
  a[S0vl] = small(st.left_count(s0)), a[S0vr] = small(st.right_count(s0));
  a[S1vl] = small(st.left_count(s1)), a[S1vr] = small(st.right_count(s1));
  a[B0vl] = small(st.left_count(b0));
  auto dist = [](int x, int y) -> std::uint64_t {
    if (x < 0 || y < 0) return kNone;
    int d = y - x;
    return static_cast<std::uint64_t>(d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7) + 21;
  };
  a[D01] = dist(s0, b0), a[D10] = dist(s1, s0);
  a[S0s] = s0 < 0 ? kNone : sa.suffix[static_cast<std::size_t>(s0)];
  a[B0s] = b0 < 0 ? kNone : sa.suffix[static_cast<std::size_t>(b0)];
  a[B1s] = b1 < 0 ? kNone : sa.suffix[static_cast<std::size_t>(b1)];
  a[S0l] = s0 < 0 ? kNone : lab(s0);
  a[S1l] = s1 < 0 ? kNone : lab(s1);
  // The tag of the word just before b0, and whether that word is s0: tells
  // LEFT decisions whether material (often punctuation) separates the two.
  a[B0p] = b0 > 1 ? sa.tag[static_cast<std::size_t>(b0 - 1)] ^ (s0 == b0 - 1 ? 1u : 2u) : kNone;

  std::size_t k = 0;
  for (const Template& t : kTemplates) {
    std::uint64_t h = (k + 1) * 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < t.arity; ++i) h = mix(h ^ a[t.atoms[static_cast<std::size_t>(i)]]) + static_cast<std::uint64_t>(i);
    out[k++] = h | 1;  // 0 marks an empty slot in the weight tables
  }
}

}  // namespace kg::nlp::parser_detail
