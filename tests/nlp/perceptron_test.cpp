#include <cstdint>
#include <vector>

#include "kg/base/error.h"
#include "kg/base/model_file.h"
#include "kg/nlp/perceptron.h"
#include "test_support.h"

using namespace kg::nlp;

namespace {

// Toy problem: the class is the value of atom x mod 3, seen through two features.
PerceptronModel train_toy(std::uint64_t seed) {
  PerceptronTrainer t(3);
  std::vector<int> xs;
  for (int i = 0; i < 60; ++i) xs.push_back(i);
  Shuffler rng(seed);
  for (int epoch = 0; epoch < 5; ++epoch) {
    rng.shuffle(xs);
    for (int x : xs) {
      std::uint64_t f[2] = {feature_hash(1, static_cast<std::uint64_t>(x % 3)), feature_hash(2, 7)};
      float s[3];
      t.score(f, 2, s);
      t.update(f, 2, x % 3, PerceptronModel::best(s, 3));
      t.tick();
    }
  }
  return t.averaged();
}

}  // namespace

TEST_CASE("perceptron: learns a toy problem and round trips through a model file") {
  PerceptronModel m = train_toy(1);
  CHECK(m.num_classes() == 3);
  for (int x = 0; x < 3; ++x) {
    std::uint64_t f[2] = {feature_hash(1, static_cast<std::uint64_t>(x)), feature_hash(2, 7)};
    float s[3];
    m.score(f, 2, s);
    CHECK(PerceptronModel::best(s, 3) == x);
  }
  kg::ModelWriter w("toy", {});
  m.save(w);
  kg::ModelReader r(w.data(), "toy.kgm", "toy");
  PerceptronModel back = PerceptronModel::load(r);
  r.expect_end();
  CHECK(back.num_features() == m.num_features());
  std::uint64_t f = feature_hash(1, 2);
  float a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
  m.add(f, a);
  back.add(f, b);
  CHECK(a[0] == b[0]);
  CHECK(a[2] == b[2]);
  // Unknown features add nothing.
  float z[3] = {0, 0, 0};
  back.add(feature_hash(99, 1), z);
  CHECK(z[0] == 0.0f);
}

TEST_CASE("perceptron: same seed gives identical bytes, truncation is reported") {
  kg::ModelWriter a("toy", {}), b("toy", {});
  train_toy(5).save(a);
  train_toy(5).save(b);
  CHECK(a.data() == b.data());
  kg::ModelReader r(a.data().substr(0, a.data().size() - 2), "toy.kgm", "toy");
  CHECK_THROWS_AS(PerceptronModel::load(r), kg::Error);
}

TEST_CASE("perceptron: hashes are stable across builds") {
  // Stored models depend on these exact values.
  CHECK(hash_text("news") == 7740485993797626628ULL);
  CHECK(feature_hash(3, 5, 7) == 108580504815965583ULL);
  CHECK(hash_text("") != hash_text("a"));
  CHECK(feature_hash(1, 2) != feature_hash(2, 1));
  CHECK(feature_hash(1, 2, 0) == feature_hash(1, 2));
  Shuffler s(42);
  std::uint64_t first = s.next();
  CHECK(Shuffler(42).next() == first);
}

TEST_CASE("huge-page vectors: large blocks are 2 MiB aligned, small ones ordinary, contents intact") {
  HugeVector<std::uint32_t> big(3u << 20);  // 12 MiB
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<std::uint32_t>(i * 2654435761u);
  CHECK(reinterpret_cast<std::uintptr_t>(big.data()) % kHugePage == 0);
  HugeVector<std::uint32_t> copy = big;
  CHECK(copy == big);
  HugeVector<std::uint16_t> small(100, 7);
  small.push_back(8);
  CHECK(small.size() == 101);
  CHECK(small.back() == 8);
  big.clear();
  big.shrink_to_fit();
  CHECK(big.empty());
}
