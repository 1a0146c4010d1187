#!/usr/bin/env bash
# Trains the POS tagger, the lemmatizer and the entity recogniser into models/
# exactly as committed (README, section "NLP: tagger, lemmatizer, entities").
# Run from the repository root after scripts/build.sh; ../shared/ud holds the treebanks.
set -euo pipefail
KG=${KG:-build/kg}
UD=${UD:-../shared/ud}
"$KG" train tagger --train "$UD/en_ewt-ud-train.conllu,$UD/en_gum-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu,$UD/en_gum-ud-dev.conllu" -o models/tagger.kgm --seed 1 --epochs 8
"$KG" train lemmatizer --train "$UD/en_ewt-ud-train.conllu,$UD/en_gum-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu" -o models/lemmatizer.kgm
"$KG" train ner --train "$UD/en_gum-ud-train.conllu" --dev "$UD/en_gum-ud-dev.conllu" \
  --tagger models/tagger.kgm -o models/ner.kgm --seed 1 --epochs 15 --prune 1
