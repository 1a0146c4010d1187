// kg eval-ner: named-entity scores against GUM-style gold (exact span and type).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <span>

#include "command.h"
#include "kg/nlp/ner_trainer.h"
#include "kg/nlp/tagger.h"
#include "nlp_paths.h"

namespace {

struct Options {
  std::string gold, models, tagger, ner;
  bool errors = false, cut_titles = false;
};

std::string span_text(const kg::nlp::Sentence& s, const kg::nlp::Mention& m) {
  std::string t;
  for (int i = m.first; i <= m.last; ++i) t += (t.empty() ? "" : " ") + s.words[static_cast<std::size_t>(i)].form;
  return t + "/" + m.type;
}

void register_eval_ner(CLI::App& app) {
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "eval-ner", "Entity scores on GUM-style CoNLL-U (gold tokens, predicted POS; exact span+type, named mentions)");
  cmd->add_option("gold", opt->gold, "Gold CoNLL-U file with Entity= annotations")->required();
  cmd->add_option("--models", opt->models, "Models directory (default: $KG_MODELS or models/)");
  cmd->add_option("--tagger", opt->tagger, "Tagger model (default: MODELS/tagger.kgm)");
  cmd->add_option("--ner", opt->ner, "Entity model (default: MODELS/ner.kgm)");
  cmd->add_flag("--cut-titles", opt->cut_titles, "Gold person names without their titles (as train ner --cut-titles)");
  cmd->add_flag("--errors", opt->errors, "Print missed (-) and spurious (+) mentions per sentence");
  cmd->callback([opt]() {
    const std::filesystem::path dir = kg::cli::nlp_models_dir(opt->models);
    kg::nlp::Tagger tagger =
        kg::nlp::Tagger::load(opt->tagger.empty() ? dir / "tagger.kgm" : std::filesystem::path(opt->tagger));
    kg::nlp::EntityRecognizer ner =
        kg::nlp::EntityRecognizer::load(opt->ner.empty() ? dir / "ner.kgm" : std::filesystem::path(opt->ner));
    std::vector<std::vector<kg::nlp::Mention>> gold, predicted;
    std::vector<kg::nlp::Sentence> sentences = kg::nlp::read_conllu(opt->gold);
    // Document by document, as kg parse tags an article: the second pass
    // reads the first pass's labels of the whole document.
    for (std::span<kg::nlp::Sentence> doc : kg::nlp::conllu_documents(sentences)) {
      for (kg::nlp::Sentence& s : doc) {
        gold.push_back(kg::nlp::gum_named_mentions(s, opt->gold, opt->cut_titles));
        tagger.tag(s);
      }
      // GUM's gold keeps a person's title in the mention, as the tagger
      // learned; with --cut-titles both gold and output leave it out.
      ner.tag_document(doc, opt->cut_titles ? kg::nlp::EntityRecognizer::Titles::kCut
                                            : kg::nlp::EntityRecognizer::Titles::kKeep);
      for (std::size_t k = 0; k < doc.size(); ++k) {
        const kg::nlp::Sentence& s = doc[k];
        predicted.push_back(ner.mentions(s));
        if (!opt->errors) continue;
        const auto& g = gold[gold.size() - doc.size() + k];
        for (const auto& m : g)
          if (std::find(predicted.back().begin(), predicted.back().end(), m) == predicted.back().end())
            std::printf("- %s\t%s\n", s.id.c_str(), span_text(s, m).c_str());
        for (const auto& m : predicted.back())
          if (std::find(g.begin(), g.end(), m) == g.end())
            std::printf("+ %s\t%s\n", s.id.c_str(), span_text(s, m).c_str());
      }
    }
    auto scores = kg::nlp::score_mentions(gold, predicted);
    for (const auto& [type, sc] : scores) {
      if (type == "core" || type == "all") continue;
      std::printf("%-8s gold=%zu predicted=%zu correct=%zu p=%.2f r=%.2f f1=%.2f\n", type.c_str(), sc.gold,
                  sc.predicted, sc.correct, sc.p(), sc.r(), sc.f1());
    }
    const auto& all = scores["all"];
    std::printf("all types: p=%.2f r=%.2f f1=%.2f\n", all.p(), all.r(), all.f1());
    const auto& core = scores["core"];
    std::printf("ner: p=%.2f r=%.2f f1=%.2f\n", core.p(), core.r(), core.f1());
  });
}

}  // namespace

KG_REGISTER_COMMAND(register_eval_ner);
