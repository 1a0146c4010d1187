#include <chrono>
#include <cstdio>
#include <map>
#include <ostream>
#include <set>

#include "kg/base/error.h"
#include "kg/nlp/ner_trainer.h"
#include "kg/nlp/tagger.h"
#include "kg/nlp/tagger_trainer.h"
#include "ner_features.h"
#include "ner_model.h"

namespace kg::nlp {

using namespace ner_detail;

namespace {

std::string fixed(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  return b;
}

std::vector<int> bilou_classes(const std::vector<Mention>& mentions, std::size_t n,
                               const std::map<std::string, int>& type_ids) {
  std::vector<int> out(n, 0);
  for (const Mention& m : mentions) {
    auto it = type_ids.find(m.type);
    if (it == type_ids.end()) continue;
    int base = 1 + 4 * it->second;
    if (m.first == m.last) {
      out[static_cast<std::size_t>(m.first)] = base + 3;
      continue;
    }
    out[static_cast<std::size_t>(m.first)] = base;
    for (int k = m.first + 1; k < m.last; ++k) out[static_cast<std::size_t>(k)] = base + 1;
    out[static_cast<std::size_t>(m.last)] = base + 2;
  }
  return out;
}

// Training data: sentences grouped into documents, gold classes per word.
struct Corpus {
  std::vector<Sentence> sentences;
  std::vector<std::vector<Mention>> mentions;
  std::vector<std::vector<int>> gold;
  std::vector<std::pair<std::size_t, std::size_t>> docs;  // [first, end) sentence ranges
};

void read_corpus(const std::vector<std::filesystem::path>& paths, bool cut_titles, bool inner_names, Corpus& c) {
  for (const auto& p : paths) {
    std::vector<Sentence> file = read_conllu(p);
    const std::size_t base = c.sentences.size();
    for (const auto& d : conllu_documents(file)) {
      const std::size_t first = base + static_cast<std::size_t>(d.data() - file.data());
      c.docs.emplace_back(first, first + d.size());
    }
    for (Sentence& s : file) {
      c.mentions.push_back(gum_named_mentions(s, p.string(), cut_titles, inner_names));
      c.sentences.push_back(std::move(s));
    }
  }
}

// One pass's training: the sentences of the given documents in seeded random
// order, `doc` atoms (null: the first pass); the epoch with the best dev score
// (scored by `evaluate`) is kept.
struct PassTrainer {
  const Corpus& train;
  const Gazetteer& gazetteer;
  const CaseLexicon& lexicon;
  int num_classes;
  const ContextAtoms* context;  // per training sentence; null: no context features
  float min_abs_weight;  // pruning of every exported model, epochs scored as saved
  std::ostream& log;
  std::chrono::steady_clock::time_point t0;

  template <class Evaluate>
  PerceptronModel run(const char* name, const std::vector<std::size_t>& doc_ids, const DocumentAtoms* doc,
                      std::uint64_t seed, int epochs, bool has_dev, Evaluate&& evaluate, int& best_epoch,
                      std::map<std::string, NerScores>& best_scores) const {
    std::vector<std::size_t> order;
    for (std::size_t d : doc_ids)
      for (std::size_t k = train.docs[d].first; k < train.docs[d].second; ++k) order.push_back(k);
    PerceptronTrainer trainer(num_classes);
    Shuffler rng(seed);
    Scratch scratch;
    PerceptronModel best;
    double best_f1 = -1;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
      rng.shuffle(order);
      for (std::size_t idx : order) {
        scratch.context = context ? &(*context)[idx] : nullptr;
        compute_atoms(train.sentences[idx], gazetteer, lexicon, doc ? &(*doc)[idx] : nullptr, scratch);
        const std::vector<int>& g = train.gold[idx];
        decode(
            scratch, num_classes, doc != nullptr,
            [&](const std::uint64_t* f, std::size_t n, float* scores) { trainer.score(f, n, scores); },
            [&](std::size_t i, const std::uint64_t* f, int nf, int guess) {
              trainer.update(f, static_cast<std::size_t>(nf), g[i], guess);
              trainer.tick();
              return guess;
            });
      }
      // Without dev data (the jackknife folds) the last epoch is kept.
      const bool select = has_dev;
      if (!select && epoch < epochs) continue;
      PerceptronModel weights = trainer.averaged({min_abs_weight});
      std::map<std::string, NerScores> scores;
      if (select) scores = evaluate(weights);
      const NerScores core = scores["core"];
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      log << name << " epoch " << epoch << "/" << epochs << ":";
      if (select) log << " dev PERSON/ORG/GPE/LOC p=" << fixed(core.p()) << " r=" << fixed(core.r()) << " f1=" << fixed(core.f1()) << ",";
      log << " " << weights.num_features() << " features, " << fixed(secs) << " s" << std::endl;
      if (!select || core.f1() > best_f1) {
        best_f1 = core.f1();
        best_epoch = epoch;
        best_scores = scores;
        best = std::move(weights);
      }
    }
    return best;
  }
};

}  // namespace

std::vector<std::span<Sentence>> conllu_documents(std::vector<Sentence>& sentences) {
  std::vector<std::span<Sentence>> out;
  std::size_t first = 0;
  for (std::size_t i = 0; i <= sentences.size(); ++i) {
    bool starts = i == sentences.size();
    if (!starts)
      for (const std::string& c : sentences[i].comments)
        if (c.rfind("newdoc", 0) == 0) starts = true;
    if (starts && i > first) out.emplace_back(sentences.data() + first, i - first);
    if (starts) first = i;
  }
  return out;
}

void train_ner(const NerTrainOptions& opt, std::ostream& log) {
  if (opt.train.empty()) throw Error("train ner: no training data (--train)");
  if (opt.epochs < 1) throw Error("train ner: --epochs must be at least 1");
  if (!(opt.prune >= 0)) throw Error("train ner: --prune must be at least 0");
  if (opt.two_pass && opt.folds < 2) throw Error("train ner: --folds must be at least 2");
  const auto t0 = std::chrono::steady_clock::now();
  NerModel model;
  model.context = opt.context;
  model.gazetteer = Gazetteer::read_sources(opt.iso_codes, opt.gazetteer_dir);

  Corpus train, dev;
  read_corpus(opt.train, opt.cut_titles, true, train);
  read_corpus(opt.dev, opt.cut_titles, false, dev);
  std::set<std::string> type_set;
  std::size_t mentions = 0;
  for (const auto& g : train.mentions)
    for (const Mention& m : g) type_set.insert(m.type), ++mentions;
  if (type_set.empty()) throw Error("train ner: the training data has no named Entity= mentions");
  std::map<std::string, int> type_ids;
  for (const auto& t : type_set) {
    type_ids[t] = static_cast<int>(model.types.size());
    model.types.push_back(t);
  }
  const int nclasses = 1 + 4 * static_cast<int>(model.types.size());
  for (std::size_t i = 0; i < train.sentences.size(); ++i)
    train.gold.push_back(bilou_classes(train.mentions[i], train.sentences[i].words.size(), type_ids));
  if (!opt.tagger.empty()) {
    // Dev is scored as at run time: on predicted POS tags.
    Tagger tagger = Tagger::load(opt.tagger);
    for (Sentence& s : dev.sentences) tagger.tag(s);
  }
  std::string types_list;
  for (const auto& t : model.types) types_list += (types_list.empty() ? "" : ",") + t;
  log << "train ner: " << train.sentences.size() << " sentences in " << train.docs.size() << " documents, "
      << mentions << " named mentions (" << types_list << "), " << model.gazetteer.size() << " gazetteer phrases\n";

  // Dev scores of a model, tagging dev document by document as at run time.
  auto evaluate = [&](const NerModel& m) {
    std::map<std::string, NerScores> scores;
    if (dev.sentences.empty()) return scores;
    ModelWriter w("ner", {});
    write_ner_model(w, m);
    EntityRecognizer rec = EntityRecognizer::load_bytes(w.data(), "(epoch model)");
    std::vector<std::vector<Mention>> predicted;
    for (auto [first, end] : dev.docs) {
      std::vector<Sentence> doc(dev.sentences.begin() + static_cast<std::ptrdiff_t>(first),
                                dev.sentences.begin() + static_cast<std::ptrdiff_t>(end));
      rec.tag_document(doc, opt.cut_titles ? EntityRecognizer::Titles::kCut : EntityRecognizer::Titles::kKeep);
      for (const Sentence& s : doc) predicted.push_back(rec.mentions(s));
    }
    return score_mentions(dev.mentions, predicted);
  };
  for (const Sentence& s : train.sentences) model.case_lexicon.count(s);
  for (const auto& p : opt.lexicon)
    for (const Sentence& s : read_conllu(p)) model.case_lexicon.count(s);
  model.case_lexicon.finish();
  ContextAtoms context;
  if (model.context) {
    ContextAtoms one;
    context.resize(train.sentences.size());
    for (auto [first, end] : train.docs) {
      context_atoms(std::span<const Sentence>(train.sentences.data() + first, end - first), one);
      for (std::size_t k = first; k < end; ++k) context[k] = std::move(one[k - first]);
    }
  }
  PassTrainer pass{train, model.gazetteer, model.case_lexicon, nclasses, model.context ? &context : nullptr, opt.prune, log, t0};
  std::vector<std::size_t> all_docs(train.docs.size());
  for (std::size_t d = 0; d < all_docs.size(); ++d) all_docs[d] = d;
  int best_epoch = 0, first_epoch = 0;
  std::map<std::string, NerScores> best_all;
  model.weights = pass.run(
      "pass 1", all_docs, nullptr, opt.seed, opt.epochs, !dev.sentences.empty(),
      [&](const PerceptronModel& w) {
        NerModel m{model.types, model.gazetteer, model.case_lexicon, w, {}, model.context};
        return evaluate(m);
      },
      first_epoch, best_all);
  best_epoch = first_epoch;
  if (opt.two_pass) {
    // First-pass labels of every training sentence from a model that did not
    // see its document, so the second pass learns how far to trust them.
    std::vector<std::vector<int>> labels(train.sentences.size());
    Scratch scratch;
    for (int fold = 0; fold < opt.folds; ++fold) {
      std::vector<std::size_t> in, out;
      for (std::size_t d = 0; d < train.docs.size(); ++d)
        (static_cast<int>(d % static_cast<std::size_t>(opt.folds)) == fold ? out : in).push_back(d);
      int e = 0;
      std::map<std::string, NerScores> ignored;
      const std::string name = "fold " + std::to_string(fold + 1) + "/" + std::to_string(opt.folds);
      PerceptronModel w = pass.run(
          name.c_str(), in, nullptr, opt.seed + 1 + static_cast<std::uint64_t>(fold), first_epoch, false,
          [](const PerceptronModel&) { return std::map<std::string, NerScores>{}; }, e, ignored);
      for (std::size_t d : out)
        for (std::size_t k = train.docs[d].first; k < train.docs[d].second; ++k) {
          scratch.context = model.context ? &context[k] : nullptr;
          decode_with(w, model.gazetteer, model.case_lexicon, train.sentences[k], nullptr, scratch);
          labels[k] = scratch.labels;
        }
    }
    DocumentAtoms atoms(train.sentences.size());
    DocumentAtoms doc_atoms;
    for (auto [first, end] : train.docs) {
      std::vector<std::vector<int>> doc_labels(labels.begin() + static_cast<std::ptrdiff_t>(first),
                                               labels.begin() + static_cast<std::ptrdiff_t>(end));
      document_atoms(train.sentences.data() + first, end - first, doc_labels, nclasses, doc_atoms);
      for (std::size_t k = first; k < end; ++k) atoms[k] = std::move(doc_atoms[k - first]);
    }
    model.doc_weights = pass.run(
        "pass 2", all_docs, &atoms, opt.seed, opt.epochs, !dev.sentences.empty(),
        [&](const PerceptronModel& w) {
          NerModel m{model.types, model.gazetteer, model.case_lexicon, model.weights, w, model.context};
          return evaluate(m);
        },
        best_epoch, best_all);
  }
  const NerScores best = best_all["core"];
  std::string per_type;
  for (const auto& [t, s] : best_all)
    per_type += (per_type.empty() ? "" : " ") + t + ":" + fixed(s.f1());
  std::map<std::string, std::string> header{
      {"command", opt.command},
      {"seed", std::to_string(opt.seed)},
      {"train", describe_treebanks(opt.train)},
      {"dev", describe_treebanks(opt.dev)},
      {"gazetteer", "read at training time from " + opt.iso_codes.filename().string() + " and data/gazetteer/*.tsv (" +
                        std::to_string(model.gazetteer.size()) + " phrases)"},
      {"case_lexicon", describe_treebanks(opt.lexicon.empty() ? opt.train : opt.lexicon) +
                           (opt.lexicon.empty() ? "" : " and the training data") + " (" +
                           std::to_string(model.case_lexicon.size()) + " words)"},
      {"epochs", std::to_string(opt.epochs)},
      {"prune", fixed(opt.prune)},
      {"gold_names", std::string(opt.cut_titles ? "without titles (--cut-titles)" : "GUM spans cut to the name, titles kept") +
                         "; training data also names on a common-noun head (\"actor Jason Beghe\")"},
      {"context_features", opt.context ? "yes (neighbours of the same form elsewhere in the document)" : "no"},
      {"passes", opt.two_pass ? "2 (first-pass labels of the training data from " + std::to_string(opt.folds) +
                                    " jackknife folds)"
                              : "1"},
      {"best_epoch", opt.two_pass ? std::to_string(first_epoch) + " (pass 1), " + std::to_string(best_epoch) + " (pass 2)"
                                  : std::to_string(best_epoch)},
      {"dev_core_p", fixed(best.p())},
      {"dev_core_r", fixed(best.r())},
      {"dev_core_f1", fixed(best.f1())},
      {"dev_f1_by_type", per_type},
  };
  ModelWriter w("ner", header);
  write_ner_model(w, model);
  w.save(opt.output);
  log << "wrote " << opt.output.string() << " (" << w.data().size() << " bytes, " << header["best_epoch"]
      << ", dev core f1 " << fixed(best.f1()) << ")\n";
}

}  // namespace kg::nlp
