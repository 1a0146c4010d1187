#!/usr/bin/env bash
# Trains every model from scratch -- POS tagger, lemmatizer, entity recogniser,
# dependency parser (jackknifed tags, then pruned) -- exactly as committed
# (README, sections "NLP: tagger, lemmatizer, entities" and "NLP: parser and
# pipeline"). Run from the repository root after scripts/build.sh; ../shared/ud
# holds the treebanks. OUT=DIR writes the models there instead of models/.
set -euo pipefail
KG=${KG:-build/kg}
UD=${UD:-../shared/ud}
OUT=${OUT:-models}
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$KG" train tagger --train "$UD/en_ewt-ud-train.conllu,$UD/en_gum-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu,$UD/en_gum-ud-dev.conllu" -o "$OUT/tagger.kgm" --seed 1 --epochs 8
"$KG" train lemmatizer --train "$UD/en_ewt-ud-train.conllu,$UD/en_gum-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu" -o "$OUT/lemmatizer.kgm"
"$KG" train ner --train "$UD/en_gum-ud-train.conllu" --dev "$UD/en_gum-ud-dev.conllu" \
  --tagger "$OUT/tagger.kgm" -o "$OUT/ner.kgm" --seed 1 --epochs 25 --prune 1
"$KG" train parser --train "$UD/en_ewt-ud-train.conllu,$UD/en_gum-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu" --tagger "$OUT/tagger.kgm" \
  --jackknife 4 --tagger-epochs 5 --epochs 12 --seed 1 -o "$tmp/parser-full.kgm"
"$KG" prune-parser "$tmp/parser-full.kgm" --min-weight 1 -o "$OUT/parser.kgm"
