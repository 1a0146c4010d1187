#include <fstream>
#include <sstream>
#include <unistd.h>

#include "kg/base/error.h"
#include "kg/nlp/parser_trainer.h"
#include "kg/nlp/tagger.h"
#include "kg/nlp/tagger_trainer.h"

namespace kg::nlp {
namespace {

// Removes the temporary directory however the function is left.
struct TempDir {
  std::filesystem::path path;
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

void jackknife_tags(std::vector<Sentence>& train, const std::vector<std::filesystem::path>& dev, int folds,
                    int tagger_epochs, std::uint64_t seed, const std::function<void(const std::string&)>& log) {
  if (folds < 2) throw Error("jackknifing needs at least 2 folds");
  if (train.size() < static_cast<std::size_t>(folds)) throw Error("jackknifing: fewer training sentences than folds");
  TempDir tmp{std::filesystem::temp_directory_path() / ("kg-jackknife-" + std::to_string(::getpid()))};
  std::filesystem::create_directories(tmp.path);
  for (int k = 0; k < folds; ++k) {
    // Fold k = sentences i with i % folds == k; the tagger learns from the rest.
    const std::filesystem::path rest = tmp.path / ("train-" + std::to_string(k) + ".conllu");
    {
      std::ofstream out(rest);
      for (std::size_t i = 0; i < train.size(); ++i)
        if (static_cast<int>(i % static_cast<std::size_t>(folds)) != k) write_conllu(out, train[i]);
      if (!out.flush()) throw Error(rest.string() + ": cannot write a jackknifing fold");
    }
    TaggerTrainOptions topt;
    topt.train = {rest};
    topt.dev = dev;
    topt.output = tmp.path / ("tagger-" + std::to_string(k) + ".kgm");
    topt.seed = seed;
    topt.epochs = tagger_epochs;
    topt.command = "jackknife fold " + std::to_string(k + 1) + "/" + std::to_string(folds);
    std::ostringstream tlog;
    train_tagger(topt, tlog);
    Tagger tagger = Tagger::load(topt.output);
    std::size_t words = 0, same = 0;
    for (std::size_t i = static_cast<std::size_t>(k); i < train.size(); i += static_cast<std::size_t>(folds)) {
      Sentence& s = train[i];
      Sentence tagged = s;
      tagger.tag(tagged);
      for (std::size_t w = 0; w < s.words.size(); ++w) {
        ++words;
        same += tagged.words[w].upos == s.words[w].upos;
        s.words[w].upos = tagged.words[w].upos;
        s.words[w].xpos = tagged.words[w].xpos;
      }
    }
    if (log) {
      std::ostringstream line;
      line.setf(std::ios::fixed);
      line.precision(2);
      line << "jackknife fold " << k + 1 << "/" << folds << ": " << words << " words tagged, UPOS "
           << 100.0 * static_cast<double>(same) / static_cast<double>(std::max<std::size_t>(words, 1)) << "%";
      log(line.str());
    }
  }
}

}  // namespace kg::nlp
